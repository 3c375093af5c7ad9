package org.opendsr.core.entry;

import org.opendsr.core.Codes;

/**
 * The code of a hospital: an ODS code (e.g. {@code RX1RA}) or a local code. An organisation's code,
 * free of personal data, so it prints as itself.
 *
 * @param value letters, digits, dots, hyphens or underscores, 1-40 characters
 */
public record HospitalCode(String value) {

  /** Validates the shape; an error names the field {@code hospitalId}. */
  public HospitalCode {
    Codes.require("hospitalId", value, Codes.MAX_LENGTH);
  }

  /**
   * A hospital code.
   *
   * @param value the code
   * @return the code
   * @throws org.opendsr.core.ValidationException if it is not well formed
   */
  public static HospitalCode of(String value) {
    return new HospitalCode(value);
  }

  /**
   * A hospital code given from outside (a form, a file), with surrounding spaces ignored.
   *
   * @param text the code as given
   * @return the code
   * @throws NullPointerException if the text is null
   * @throws org.opendsr.core.ValidationException if it is not well formed
   */
  public static HospitalCode parse(String text) {
    return new HospitalCode(text == null ? null : text.strip());
  }

  /**
   * Whether a text is a well-formed hospital code, for readers that report problems rather than
   * throw.
   *
   * @param text the text; may be null
   * @return true if {@link #of(String)} would accept it
   */
  public static boolean isWellFormed(String text) {
    return Codes.wellFormed(text, Codes.MAX_LENGTH);
  }

  @Override
  public String toString() {
    return value;
  }
}
