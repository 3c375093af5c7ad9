package org.opendsr.core.entry;

import java.util.Objects;
import org.opendsr.core.Codes;
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
    if (!Codes.wellFormed(value, Codes.MAX_LENGTH)) {
      throw ValidationException.of("entryId", Codes.rule(Codes.MAX_LENGTH));
    }
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
