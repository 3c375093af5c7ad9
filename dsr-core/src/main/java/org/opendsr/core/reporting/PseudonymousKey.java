package org.opendsr.core.reporting;

import java.util.Objects;
import org.opendsr.core.ValidationException;

/**
 * An opaque key that tells the records of one person apart in reporting without saying who they
 * are, for example a random id the register keeps beside the entry. It lets reports count people
 * rather than episodes and drop every episode of a person who opted out.
 *
 * <p>It is never published. To stop an identifier being used by mistake, a key that is ten digits
 * (the shape of an NHS number, with or without spaces) is rejected.
 *
 * @param value 1-64 letters, digits, dots, hyphens or underscores; not ten digits
 */
public record PseudonymousKey(String value) {

  /**
   * Validates the key.
   *
   * @throws ValidationException naming {@code reportRecord.key} if the key is malformed or looks
   *     like an NHS number
   */
  public PseudonymousKey {
    Objects.requireNonNull(value, "value");
    if (!value.matches("[A-Za-z0-9._-]{1,64}")) {
      throw ValidationException.of(
          "reportRecord.key", "must be 1-64 letters, digits, dots, hyphens or underscores");
    }
    if (value.matches("[0-9]{10}")) {
      throw ValidationException.of("reportRecord.key", "must be an opaque key, not an NHS number");
    }
  }

  /**
   * Creates a key.
   *
   * @param value the key text
   * @return the key
   * @throws ValidationException as the constructor
   */
  public static PseudonymousKey of(String value) {
    return new PseudonymousKey(value);
  }

  /** Reveals nothing, so that a key cannot be linked back through logs. */
  @Override
  public String toString() {
    return "PseudonymousKey[***]";
  }
}
