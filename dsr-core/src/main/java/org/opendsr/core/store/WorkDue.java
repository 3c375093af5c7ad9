package org.opendsr.core.store;

import java.time.LocalDate;
import java.util.Optional;

/** Which due date of an entry's summary a worklist page follows. */
public enum WorkDue {
  /**
   * The next review work (first risk review, DSR review, re-rating): the due-review worklist,
   * {@link EntrySummary#nextReviewDue()}.
   */
  REVIEW,
  /** The next work of any kind (a task or an action): {@link EntrySummary#nextWorkDue()}. */
  ANY;

  /**
   * This due date of a summary.
   *
   * @param summary the entry's summary
   * @return the date, or empty when the entry owes no such work
   */
  public Optional<LocalDate> of(EntrySummary summary) {
    return this == REVIEW ? summary.nextReviewDue() : summary.nextWorkDue();
  }
}
