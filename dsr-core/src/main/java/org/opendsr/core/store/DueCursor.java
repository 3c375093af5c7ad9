package org.opendsr.core.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.opendsr.core.ValidationException;
import org.opendsr.core.entry.EntryId;

/**
 * Where a page of a worklist ended: the due date and the entry of its last row. The next page
 * starts after it, in the order of the due date and then of the entry's creation (keyset paging),
 * so a page costs the same however deep it is and rows written meanwhile neither repeat nor go
 * missing. An entry id and a date only, never personal data, so it can travel in a link.
 *
 * @param due the due date of the last row
 * @param entryId the entry of the last row
 */
public record DueCursor(LocalDate due, EntryId entryId) {

  /** The separator of the two parts in {@link #token()}. */
  private static final char SEPARATOR = '_';

  /** Validates. */
  public DueCursor {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(entryId, "entryId");
  }

  /**
   * The position after a row.
   *
   * @param column the due date the page follows
   * @param summary the row
   * @return the cursor
   * @throws IllegalArgumentException if the entry owes no such work
   */
  public static DueCursor after(WorkDue column, EntrySummary summary) {
    return new DueCursor(
        column
            .of(summary)
            .orElseThrow(() -> new IllegalArgumentException("the row owes no such work")),
        summary.entryId());
  }

  /**
   * The cursor as text for a link: {@code 2026-03-01_E-000123}.
   *
   * @return the token
   */
  public String token() {
    return due + String.valueOf(SEPARATOR) + entryId.value();
  }

  /**
   * Reads a cursor written by {@link #token()}.
   *
   * @param field the name of the field the token came in, for the error
   * @param token the token
   * @return the cursor
   * @throws ValidationException naming the field if the token is not a cursor's
   */
  public static DueCursor parse(String field, String token) {
    Objects.requireNonNull(token, "token");
    int at = token.indexOf(SEPARATOR);
    try {
      if (at > 0) {
        return new DueCursor(
            LocalDate.parse(token.substring(0, at)), EntryId.of(token.substring(at + 1)));
      }
    } catch (DateTimeParseException | ValidationException malformed) {
      // Reported below, without echoing the token.
    }
    throw ValidationException.of(
        field, "must be a worklist position: a due date and an entry id, as a page link gives");
  }

  @Override
  public String toString() {
    return "DueCursor[" + token() + "]";
  }
}
