package org.opendsr.core.reporting;

import java.util.ArrayList;
import java.util.List;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * The local rule for publishing a count: small counts are hidden, the rest are rounded.
 *
 * <p>Default ({@link #nhsDefault()}): counts from 1 to 7 are shown as {@value #MASK}, zero is shown
 * as {@code 0}, and every other count is rounded to the nearest 5, halves upwards (8 becomes 10, 12
 * becomes 10, 13 becomes 15, 22 becomes 20, 23 becomes 25). Source: NHS England statistical
 * disclosure control practice for published aggregate counts, (NHS small-number suppression); every
 * part is configurable because systems apply local variants.
 *
 * <p>This policy decides <em>primary</em> suppression of single counts. A {@link Table} with totals
 * adds secondary suppression on top, so that a hidden count cannot be worked out by subtraction.
 *
 * @param threshold the largest count that is hidden; counts from 1 to {@code threshold} are masked
 *     (0 means nothing but, optionally, zero is masked)
 * @param roundingBase counts that are shown are rounded to the nearest multiple of this (1 means no
 *     rounding)
 * @param showZero whether a count of zero is shown as {@code 0}; when false it is masked too
 */
public record SuppressionPolicy(int threshold, int roundingBase, boolean showZero) {

  /** What a hidden count is published as. */
  public static final String MASK = "*";

  /** Default threshold: counts 1-7 are hidden (NHS small-number suppression; configurable). */
  public static final int DEFAULT_THRESHOLD = 7;

  /** Default rounding: to the nearest 5 (NHS small-number suppression; configurable). */
  public static final int DEFAULT_ROUNDING_BASE = 5;

  /**
   * Validates the policy and reports every problem at once.
   *
   * @throws ValidationException if the threshold is negative, the base is below 1, or the smallest
   *     count that is shown would round to zero (it would then read as "nobody")
   */
  public SuppressionPolicy {
    List<Violation> problems = new ArrayList<>();
    if (threshold < 0) {
      problems.add(Violation.of("suppression.threshold", "must not be negative"));
    }
    if (roundingBase < 1) {
      problems.add(Violation.of("suppression.roundingBase", "must be at least 1"));
    } else if (threshold >= 0 && roundHalfUp(threshold + 1, roundingBase) == 0) {
      problems.add(
          Violation.of(
              "suppression.roundingBase",
              "must not round the smallest count shown to zero; raise the threshold"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /**
   * The default policy: 1-7 hidden, zero shown, others rounded to the nearest 5.
   *
   * @return the default policy
   */
  public static SuppressionPolicy nhsDefault() {
    return new SuppressionPolicy(DEFAULT_THRESHOLD, DEFAULT_ROUNDING_BASE, true);
  }

  /**
   * Creates a local policy.
   *
   * @param threshold the largest count hidden
   * @param roundingBase the rounding base, 1 for none
   * @param showZero whether zero is shown
   * @return the policy
   * @throws ValidationException as the constructor
   */
  public static SuppressionPolicy of(int threshold, int roundingBase, boolean showZero) {
    return new SuppressionPolicy(threshold, roundingBase, showZero);
  }

  /**
   * Whether a count is hidden on its own account (primary suppression).
   *
   * @param count a count; not negative
   * @return true for 1 to the threshold, and for 0 when zero is not shown
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public boolean suppresses(int count) {
    requireCount(count);
    return count == 0 ? !showZero : count <= threshold;
  }

  /**
   * A count rounded to the nearest multiple of the rounding base, halves upwards.
   *
   * @param count a count; not negative
   * @return the rounded count
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public int round(int count) {
    requireCount(count);
    return roundHalfUp(count, roundingBase);
  }

  /**
   * A single count as published on its own, with no totals beside it.
   *
   * @param count a count; not negative
   * @return {@value #MASK} when suppressed, otherwise the rounded count
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public String publish(int count) {
    return suppresses(count) ? MASK : Integer.toString(round(count));
  }

  private static int roundHalfUp(int count, int base) {
    // Integer arithmetic: (n + base/2) / base gives half-up rounding without floating point.
    return (count + base / 2) / base * base;
  }

  private static void requireCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count must not be negative");
    }
  }
}
