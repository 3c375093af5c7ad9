package org.opendsr.core.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An {@link IndexedRegisterStore} that also answers a worklist a page at a time, by keyset: the
 * summaries due by a date, ordered by the due date and then by the entry's creation, starting after
 * a {@link DueCursor}, at most a number of rows. The store pages (a database with {@code ORDER BY
 * ... LIMIT} on its due-date index), so a first page costs the same however long the worklist is.
 *
 * <p>An optional capability, found through {@link RegisterStore#paged()} rather than by testing the
 * store's type. Like the index it pages, it leaves out entries whose summary an append without one
 * cleared.
 */
public interface PagedWorklistStore extends IndexedRegisterStore {

  /**
   * This store: it pages worklists.
   *
   * @return this store
   */
  @Override
  default Optional<PagedWorklistStore> paged() {
    return Optional.of(this);
  }

  /**
   * One page of a worklist.
   *
   * @param column which due date the worklist follows: review work ({@link #dueForReviewBy}'s
   *     worklist) or any work
   * @param by the last due date included
   * @param after where the previous page ended; empty for the first page
   * @param limit the most rows to return, at least 1
   * @return the summaries, earliest due first, then in the order entries were created
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  List<EntrySummary> dueBy(WorkDue column, LocalDate by, Optional<DueCursor> after, int limit);
}
