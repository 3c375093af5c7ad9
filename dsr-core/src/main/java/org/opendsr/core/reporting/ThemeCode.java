package org.opendsr.core.reporting;

import java.util.Objects;
import org.opendsr.core.ValidationException;

/**
 * A coded theme or service gap recorded against an episode, such as {@code HOUSING} or {@code
 * SHORT_BREAKS}. Codes, never free text, feed reports: free text may name a person.
 *
 * @param value upper-case letters, digits and underscores, starting with a letter, 2-40 characters
 */
public record ThemeCode(String value) {

  /**
   * Validates the code.
   *
   * @throws ValidationException naming {@code themeCode} if the code is not in the code shape
   */
  public ThemeCode {
    Objects.requireNonNull(value, "value");
    if (!isWellFormed(value)) {
      throw ValidationException.of(
          "themeCode", "must be 2-40 upper-case letters, digits or underscores, starting a letter");
    }
  }

  /**
   * Creates a code.
   *
   * @param value the code text
   * @return the code
   * @throws ValidationException as the constructor
   */
  public static ThemeCode of(String value) {
    return new ThemeCode(value);
  }

  /**
   * Whether a text has the shape of a code, so free text can be told apart from a code without an
   * exception.
   *
   * @param value the text
   * @return true for 2-40 upper-case letters, digits or underscores starting with a letter
   */
  public static boolean isWellFormed(String value) {
    return value != null && value.matches("[A-Z][A-Z0-9_]{1,39}");
  }

  @Override
  public String toString() {
    return value;
  }
}
