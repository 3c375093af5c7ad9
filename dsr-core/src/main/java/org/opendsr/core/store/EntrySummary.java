package org.opendsr.core.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.entry.Action;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.worklist.WorkCategory;

/**
 * What an indexed store keeps about an entry beside its events, so worklists can be found by an
 * index instead of by replaying every entry. Derived from the entry after an append ({@link
 * #of(Entry)}); identifiers, a status and dates only, never personal data.
 *
 * @param entryId the entry
 * @param version the entry's version this summary describes
 * @param status the entry's status
 * @param nextReviewDue the earliest due date of the entry's open review work (first risk review,
 *     DSR review, re-rating: {@link WorkCategory#REVIEW}); empty when none is open or the entry is
 *     not open
 * @param nextWorkDue the earliest due date of any open task or outstanding action; empty when there
 *     is none or the entry is not open
 */
public record EntrySummary(
    EntryId entryId,
    long version,
    EntryStatus status,
    Optional<LocalDate> nextReviewDue,
    Optional<LocalDate> nextWorkDue) {

  /** Validates every part. */
  public EntrySummary {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(nextReviewDue, "nextReviewDue");
    Objects.requireNonNull(nextWorkDue, "nextWorkDue");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1");
    }
    if (nextReviewDue.isPresent() && nextWorkDue.isEmpty()) {
      throw new IllegalArgumentException("review work due is work due");
    }
    if (nextReviewDue.isPresent() && nextWorkDue.get().isAfter(nextReviewDue.get())) {
      throw new IllegalArgumentException("the next work due cannot be after the next review due");
    }
  }

  /**
   * The summary of an entry as it is. A closed or declined entry owes nothing, so both dates are
   * empty; an open entry's dates are those {@link org.opendsr.core.worklist.Worklist} would list.
   *
   * @param entry the entry
   * @return its summary
   */
  public static EntrySummary of(Entry entry) {
    Objects.requireNonNull(entry, "entry");
    LocalDate review = null;
    LocalDate work = null;
    if (entry.status().isOpen()) {
      for (Task task : entry.openTasks()) {
        work = earlier(work, task.due());
        if (WorkCategory.of(task.kind()) == WorkCategory.REVIEW) {
          review = earlier(review, task.due());
        }
      }
      for (Action action : entry.actions()) {
        if (action.status().isOutstanding()) {
          work = earlier(work, action.plan().due());
        }
      }
    }
    return new EntrySummary(
        entry.id(),
        entry.version(),
        entry.status(),
        Optional.ofNullable(review),
        Optional.ofNullable(work));
  }

  private static LocalDate earlier(LocalDate current, LocalDate candidate) {
    return current == null || candidate.isBefore(current) ? candidate : current;
  }

  /**
   * Whether review work is due on or before a date.
   *
   * @param date the date
   * @return true if the next review is due by then
   */
  public boolean reviewDueBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return nextReviewDue.filter(due -> !due.isAfter(date)).isPresent();
  }

  /**
   * Whether any work is due on or before a date.
   *
   * @param date the date
   * @return true if the next work is due by then
   */
  public boolean workDueBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return nextWorkDue.filter(due -> !due.isAfter(date)).isPresent();
  }
}
