package org.opendsr.core.worklist;

import java.time.LocalDate;
import java.util.Objects;
import org.opendsr.core.entry.EntryId;

/**
 * One line of a worklist: identifiers, what is due and when, never personal data.
 *
 * @param entryId the entry
 * @param category the column
 * @param itemId the task or action id
 * @param description what is due, e.g. "C(E)TR: post-admission review"
 * @param due the due date
 * @param overdue true if the due date is before the worklist's date
 */
public record WorklistItem(
    EntryId entryId,
    WorkCategory category,
    String itemId,
    String description,
    LocalDate due,
    boolean overdue) {

  /** Validates every part. */
  public WorklistItem {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(due, "due");
  }
}
