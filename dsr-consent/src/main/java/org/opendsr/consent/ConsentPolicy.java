package org.opendsr.consent;

import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.Objects;

/**
 * Local policy for consent: how long a basis lasts before it must be re-checked, and how long a
 * capacity (or Gillick competence) assessment may be relied on.
 *
 * <p>Neither interval is set nationally; both are local practice and configurable. Use {@link
 * #defaults()} unless the local system has agreed otherwise. The components carry Jakarta Bean
 * Validation constraints for configuration forms; the constructor checks that both are positive.
 *
 * @param recheckInterval how long after it was given a basis must be re-checked; positive
 * @param capacityAssessmentStaleness how long after its date a capacity or Gillick competence
 *     assessment goes out of date and must be redone; positive
 */
public record ConsentPolicy(
    @NotNull Period recheckInterval, @NotNull Period capacityAssessmentStaleness) {

  /** Local practice, configurable: consent re-checked yearly, as local systems do. */
  private static final Period DEFAULT_RECHECK = Period.ofMonths(12);

  /**
   * Local practice, configurable: capacity is time-specific (MCA 2005 s2(1)), so an assessment is
   * relied on for at most six months, half the re-check interval, before it is redone.
   */
  private static final Period DEFAULT_STALENESS = Period.ofMonths(6);

  /** Validates both intervals. */
  public ConsentPolicy {
    requirePositive(recheckInterval, "recheckInterval");
    requirePositive(capacityAssessmentStaleness, "capacityAssessmentStaleness");
  }

  /**
   * The documented defaults: re-check after 12 months, assessments out of date after 6 months.
   *
   * @return the default policy
   */
  public static ConsentPolicy defaults() {
    return new ConsentPolicy(DEFAULT_RECHECK, DEFAULT_STALENESS);
  }

  /**
   * This policy with another re-check interval.
   *
   * @param interval the new interval, positive
   * @return a new policy
   */
  public ConsentPolicy withRecheckInterval(Period interval) {
    return new ConsentPolicy(interval, capacityAssessmentStaleness);
  }

  /**
   * This policy with another assessment staleness.
   *
   * @param staleness the new staleness, positive
   * @return a new policy
   */
  public ConsentPolicy withCapacityAssessmentStaleness(Period staleness) {
    return new ConsentPolicy(recheckInterval, staleness);
  }

  private static void requirePositive(Period period, String field) {
    Objects.requireNonNull(period, field);
    if (period.isZero()
        || period.getYears() < 0
        || period.getMonths() < 0
        || period.getDays() < 0) {
      throw ConsentException.of(field, "must be positive", field + " must be positive");
    }
  }
}
