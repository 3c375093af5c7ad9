package org.opendsr.core.person;

import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.ValidationException;

/**
 * An NHS number: ten digits whose last digit is a modulus-11 check over the first nine, weighted 10
 * down to 2 (NHS Data Dictionary). A remainder of 0 gives check digit 0; {@code 11 - r == 10} means
 * the number is invalid. Numbers whose ten digits are all the same pass the arithmetic but are
 * rejected by policy (NHS number check digit).
 *
 * <p>Accepted spellings: ten ASCII digits, optionally grouped 3-3-4 with single spaces or hyphens,
 * with blanks around the whole. Anything else (letters, other digit scripts, other groupings, wrong
 * length) is rejected. Error messages never repeat the input. {@link #toString()} masks all but the
 * last four digits; use {@link #formatted()} to display it to an authorised user.
 */
public final class NhsNumber implements Comparable<NhsNumber> {

  private static final String FIELD = "nhsNumber";
  private static final String SHAPE_RULE =
      "must be 10 digits, optionally grouped 3 3 4 with spaces or hyphens";

  private final String digits;

  private NhsNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Parses and checks an NHS number.
   *
   * @param text the number as typed, e.g. {@code "943 476 5919"} or {@code "9434765919"}
   * @return the number
   * @throws ValidationException naming {@code nhsNumber} and the rule broken; the message does not
   *     contain the input
   */
  public static NhsNumber parse(String text) {
    Objects.requireNonNull(text, "text");
    String digits = normalise(text);
    if (digits == null) {
      throw ValidationException.of(FIELD, SHAPE_RULE);
    }
    if (allSame(digits)) {
      throw ValidationException.of(FIELD, "must not be ten identical digits");
    }
    if (!checkDigitMatches(digits)) {
      throw ValidationException.of(FIELD, "check digit does not match (modulus 11)");
    }
    return new NhsNumber(digits);
  }

  /**
   * Parses an NHS number, returning empty instead of throwing when it is not valid.
   *
   * @param text the number as typed
   * @return the number, or empty
   */
  public static Optional<NhsNumber> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String digits = normalise(text);
    if (digits == null || allSame(digits) || !checkDigitMatches(digits)) {
      return Optional.empty();
    }
    return Optional.of(new NhsNumber(digits));
  }

  /**
   * Whether the text is a valid NHS number in an accepted spelling.
   *
   * @param text the text
   * @return true if {@link #parse(String)} would accept it
   */
  public static boolean isValid(String text) {
    return tryParse(text).isPresent();
  }

  /**
   * Computes the modulus-11 check digit for nine leading digits.
   *
   * @param firstNine nine ASCII digits
   * @return the check digit 0-9, or empty where the remainder makes the number impossible
   */
  public static Optional<Integer> checkDigitFor(String firstNine) {
    Objects.requireNonNull(firstNine, "firstNine");
    if (firstNine.length() != 9 || !firstNine.chars().allMatch(NhsNumber::isAsciiDigit)) {
      throw ValidationException.of("firstNine", "must be 9 digits");
    }
    int check = computeCheck(firstNine);
    return check == 10 ? Optional.empty() : Optional.of(check);
  }

  /**
   * The ten digits without separators, for storage and exchange.
   *
   * @return ten ASCII digits
   */
  public String value() {
    return digits;
  }

  /**
   * The number as people read it: {@code 943 476 5919}.
   *
   * @return the grouped form
   */
  public String formatted() {
    return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
  }

  /**
   * Whether the number lies in the range 999 000 0000 to 999 999 9999 that NHS England keeps for
   * testing and synthetic data; the demo register uses only these.
   *
   * @return true for test-range numbers
   */
  public boolean isTestRange() {
    return digits.startsWith("999");
  }

  /** Masked for logs: {@code *** *** 5919}. */
  @Override
  public String toString() {
    return "*** *** " + digits.substring(6);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NhsNumber n && n.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public int compareTo(NhsNumber other) {
    return digits.compareTo(other.digits);
  }

  /** Returns the ten digits, or null when the text is not an accepted spelling. */
  private static String normalise(String text) {
    String s = text.strip();
    StringBuilder out = new StringBuilder(10);
    int i = 0;
    for (int group : new int[] {3, 3, 4}) {
      if (out.length() > 0 && i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '-')) {
        i++;
      }
      for (int k = 0; k < group; k++, i++) {
        if (i >= s.length() || !isAsciiDigit(s.charAt(i))) {
          return null;
        }
        out.append(s.charAt(i));
      }
    }
    return i == s.length() ? out.toString() : null;
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean allSame(String digits) {
    return digits.chars().allMatch(c -> c == digits.charAt(0));
  }

  private static boolean checkDigitMatches(String digits) {
    int check = computeCheck(digits.substring(0, 9));
    return check != 10 && check == digits.charAt(9) - '0';
  }

  private static int computeCheck(String firstNine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (firstNine.charAt(i) - '0') * (10 - i);
    }
    int remainder = sum % 11;
    return remainder == 0 ? 0 : 11 - remainder;
  }
}
