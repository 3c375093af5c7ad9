package org.opendsr.core.entry;

import java.util.Objects;
import org.opendsr.core.ValidationException;

/**
 * The register's identifier of one entry (one episode). Opaque and free of personal data.
 *
 * @param value letters, digits, dots, hyphens or underscores, 1-40 characters
 */
public record EntryId(String value) {

  /** Validates the shape. */
  public EntryId {
    Objects.requireNonNull(value, "value");
    if (!wellFormed(value)) {
      throw ValidationException.of(
          "entryId", "must be 1-40 letters, digits, dots, hyphens or underscores");
    }
  }

  /** Letters, digits, dots, hyphens or underscores, 1-40 characters; without a regex per id. */
  private static boolean wellFormed(String value) {
    int length = value.length();
    if (length < 1 || length > 40) {
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
   * The id a store issues to its n-th entry: {@code E-000001} onwards, the number padded to six
   * digits and growing beyond them.
   *
   * @param number the entry's number, from 1
   * @return the id
   * @throws IllegalArgumentException if the number is below 1
   */
  public static EntryId numbered(long number) {
    if (number < 1) {
      throw new IllegalArgumentException("entry numbers start at 1");
    }
    String digits = Long.toString(number);
    StringBuilder id = new StringBuilder(8 + digits.length()).append("E-");
    for (int i = digits.length(); i < 6; i++) {
      id.append('0');
    }
    return new EntryId(id.append(digits).toString());
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier
   * @return the id
   */
  public static EntryId of(String value) {
    return new EntryId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
