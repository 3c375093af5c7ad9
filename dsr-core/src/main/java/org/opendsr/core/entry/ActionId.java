package org.opendsr.core.entry;

import org.opendsr.core.Codes;

/**
 * The register's identifier of one action of an entry's action plan, unique within the entry (e.g.
 * {@code E-000001-A1}). Free of personal data, so it prints as itself.
 *
 * @param value letters, digits, dots, hyphens or underscores, 1-64 characters
 */
public record ActionId(String value) {

  /** Validates the shape. */
  public ActionId {
    Codes.require("actionId", value, Codes.MAX_NUMBERED_LENGTH);
  }

  /**
   * An action id the register made.
   *
   * @param value the id
   * @return the id
   * @throws org.opendsr.core.ValidationException if it is not well formed
   */
  public static ActionId of(String value) {
    return new ActionId(value);
  }

  /**
   * An action id given from outside (a form, a link, a file), with surrounding spaces ignored.
   *
   * @param text the id as given
   * @return the id
   * @throws NullPointerException if the text is null
   * @throws org.opendsr.core.ValidationException if it is not well formed
   */
  public static ActionId parse(String text) {
    return new ActionId(text == null ? null : text.strip());
  }

  /**
   * The n-th action of an entry.
   *
   * @param entry the entry
   * @param number the action's number within the entry, from 1
   * @return {@code <entry id>-A<number>}
   */
  public static ActionId numbered(EntryId entry, int number) {
    return new ActionId(entry.value() + "-A" + number);
  }

  @Override
  public String toString() {
    return value;
  }
}
