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
    if (!value.matches("[A-Za-z0-9._-]{1,40}")) {
      throw ValidationException.of(
          "entryId", "must be 1-40 letters, digits, dots, hyphens or underscores");
    }
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
