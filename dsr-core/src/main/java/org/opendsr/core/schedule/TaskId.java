package org.opendsr.core.schedule;

import org.opendsr.core.Codes;

/**
 * The register's identifier of one task of an entry, unique within the entry (e.g. {@code
 * E-000001-T3}); for a C(E)TR it is also the review id. Free of personal data, so it prints as
 * itself.
 *
 * @param value letters, digits, dots, hyphens or underscores, 1-64 characters
 */
public record TaskId(String value) {

  /** Validates the shape. */
  public TaskId {
    Codes.require("taskId", value, Codes.MAX_NUMBERED_LENGTH);
  }

  /**
   * A task id the register made.
   *
   * @param value the id
   * @return the id
   * @throws org.opendsr.core.ValidationException if it is not well formed
   */
  public static TaskId of(String value) {
    return new TaskId(value);
  }

  /**
   * A task id given from outside (a form, a link, a file), with surrounding spaces ignored.
   *
   * @param text the id as given
   * @return the id
   * @throws NullPointerException if the text is null
   * @throws org.opendsr.core.ValidationException if it is not well formed
   */
  public static TaskId parse(String text) {
    return new TaskId(text == null ? null : text.strip());
  }

  @Override
  public String toString() {
    return value;
  }
}
