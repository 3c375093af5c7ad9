package org.opendsr.consent;

import java.util.Objects;

/** Argument checks shared by the records of this package. */
final class Checks {

  private Checks() {}

  /**
   * Rejects a null or blank identifier.
   *
   * @param value the value to check
   * @param field the field name used in the message
   * @return the value, unchanged
   * @throws ConsentException if the value is blank
   */
  static String nonBlank(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw ConsentException.of(field, "must not be blank", field + " must not be blank");
    }
    return value;
  }
}
