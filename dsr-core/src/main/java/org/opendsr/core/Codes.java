package org.opendsr.core;

import java.util.Objects;

/**
 * The one shape of the register's codes and identifiers: entry, task and action ids, agency and
 * hospital codes (an ODS code or a local code). Letters, digits, dots, hyphens or underscores, from
 * one character up to a maximum length; in regular-expression terms {@code [A-Za-z0-9._-]{1,n}}.
 * The check runs a character at a time, so checking an id costs no regular expression.
 */
public final class Codes {

  /**
   * The longest code or id the register takes from outside: entry ids, agency and hospital codes.
   */
  public static final int MAX_LENGTH = 40;

  /**
   * The longest id the register makes by numbering within an entry (task and action ids): the entry
   * id, a hyphen, a letter and the number.
   */
  public static final int MAX_NUMBERED_LENGTH = 64;

  private Codes() {}

  /**
   * Whether a text has the shape of a code.
   *
   * @param value the text; may be null
   * @param maxLength the longest it may be
   * @return true for 1 to {@code maxLength} letters, digits, dots, hyphens or underscores
   */
  public static boolean wellFormed(String value, int maxLength) {
    if (value == null) {
      return false;
    }
    int length = value.length();
    if (length < 1 || length > maxLength) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      boolean allowed =
          (c >= 'A' && c <= 'Z')
              || (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-'
              || c == '_';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /**
   * The shape of a code, in words.
   *
   * @param maxLength the longest it may be
   * @return the shape, e.g. "1-40 letters, digits, dots, hyphens or underscores"
   */
  public static String shape(int maxLength) {
    return "1-" + maxLength + " letters, digits, dots, hyphens or underscores";
  }

  /**
   * The rule a code breaks when it is not well formed, in words.
   *
   * @param maxLength the longest it may be
   * @return the rule, e.g. "must be 1-40 letters, digits, dots, hyphens or underscores"
   */
  public static String rule(int maxLength) {
    return "must be " + shape(maxLength);
  }

  /**
   * Checks a code, naming the field if it is missing or not well formed. The value itself is never
   * repeated in the error.
   *
   * @param field the field, for the error
   * @param value the code
   * @param maxLength the longest it may be
   * @return the code
   * @throws ValidationException if it is not well formed
   */
  public static String require(String field, String value, int maxLength) {
    Objects.requireNonNull(value, field);
    if (!wellFormed(value, maxLength)) {
      throw ValidationException.of(field, rule(maxLength));
    }
    return value;
  }
}
