package org.opendsr.core.access;

import org.opendsr.core.ValidationException;

/**
 * What counts as a reason for break-glass access: the reason is the professional's account of why
 * the usual rules had to be set aside, so "." or "x" is not one. A reason must be at least {@code
 * minimumLength} characters once trimmed, with at least {@code minimumLetters} letters.
 *
 * <p>The reason is free text and may hold personal data: it is stored in the audit trail (that is
 * the point), but the error this rule raises names the field and the rule only, never the text.
 *
 * @param minimumLength the fewest characters, not counting leading and trailing spaces; at least 1
 * @param minimumLetters the fewest letters; at least 0 and at most {@code minimumLength}
 */
public record BreakGlassReasons(int minimumLength, int minimumLetters) {

  /** The field a break-glass reason is reported under. */
  public static final String FIELD = "breakGlass.reason";

  /** Validates the limits. */
  public BreakGlassReasons {
    if (minimumLength < 1) {
      throw ValidationException.of("minimumLength", "must be at least 1");
    }
    if (minimumLetters < 0 || minimumLetters > minimumLength) {
      throw ValidationException.of("minimumLetters", "must be between 0 and minimumLength");
    }
  }

  /**
   * At least 10 characters with at least 3 letters: enough for "patient in A&amp;E, in crisis", not
   * for "." or "n/a".
   *
   * @return the default rule
   */
  public static BreakGlassReasons defaults() {
    // Local practice, configurable: no national source sets a length for a break-glass reason.
    return new BreakGlassReasons(10, 3);
  }

  /**
   * The rule in words, for an error or the audit trail; never the reason itself.
   *
   * @return the rule
   */
  public String rule() {
    return "must say why the usual rules are set aside: at least "
        + minimumLength
        + " characters, with at least "
        + minimumLetters
        + " letters";
  }

  /**
   * Whether a reason meets the rule.
   *
   * @param reason the reason given
   * @return true if it does
   */
  public boolean accepts(String reason) {
    if (reason == null) {
      return false;
    }
    String trimmed = reason.strip();
    long letters = trimmed.codePoints().filter(Character::isLetter).count();
    return trimmed.length() >= minimumLength && letters >= minimumLetters;
  }

  /**
   * Checks a reason.
   *
   * @param reason the reason given
   * @throws ValidationException naming {@link #FIELD} and the rule (never the reason) if it does
   *     not meet the rule
   */
  public void check(String reason) {
    if (!accepts(reason)) {
      throw ValidationException.of(FIELD, rule());
    }
  }
}
