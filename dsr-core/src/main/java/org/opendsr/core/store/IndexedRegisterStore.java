package org.opendsr.core.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.event.RecordedEvent;

/**
 * A {@link RegisterStore} that also keeps an {@link EntrySummary} per entry, written in the same
 * transaction as the events, and answers worklist questions from an index on its due dates.
 *
 * <p>The register passes the summary of the entry after each append. An append without one (the
 * plain {@link RegisterStore#append}, for example from a tool writing events directly) clears the
 * entry's summary, so the entry is left out of {@link #dueForReviewBy} and {@link #withWorkDueBy}
 * until its next append with a summary: an index never reports work that may no longer be due.
 */
public interface IndexedRegisterStore extends RegisterStore {

  /**
   * This store: it keeps the worklist index.
   *
   * @return this store
   */
  @Override
  default Optional<IndexedRegisterStore> indexed() {
    return Optional.of(this);
  }

  /**
   * Appends events to an entry and records its summary after them, all or nothing.
   *
   * @param entryId the entry
   * @param expectedVersion the version the caller read (0 for a new entry)
   * @param events the events, versions {@code expectedVersion + 1} onwards, in order; not empty
   * @param after the entry's summary after the events: same entry, version {@code expectedVersion +
   *     events.size()}
   * @throws ConcurrentUpdateException if the entry's version is not {@code expectedVersion}
   * @throws IllegalArgumentException if the events or the summary do not belong to the entry or are
   *     misnumbered
   */
  @Override
  void append(
      EntryId entryId, long expectedVersion, List<RecordedEvent> events, EntrySummary after);

  /**
   * Entry ids for new entries, {@code count} at once: for a bulk writer that would otherwise ask
   * {@link #newEntryId()} once a person. Like that method's, the ids are never issued again, and an
   * id not used is a gap in the numbering. This default asks once an id.
   *
   * @param count how many ids, at least 1
   * @return the ids, in the order they were issued
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  default List<EntryId> newEntryIds(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    List<EntryId> ids = new java.util.ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ids.add(newEntryId());
    }
    return List.copyOf(ids);
  }

  /**
   * The NHS numbers of everyone with an entry in the store (open or closed), as numbers in
   * ascending order, if the store can list them in one read: for a bulk writer that would otherwise
   * ask {@link #entryIdsFor} once a person, most of whom are new to the register. This default
   * cannot.
   *
   * @return the NHS numbers, or empty if the store cannot list them at once
   */
  default Optional<long[]> peopleWithEntries() {
    return Optional.empty();
  }

  /**
   * Writes a batch of appends: for a bulk load, where one transaction for many entries costs far
   * less than one each. The in-memory and JDBC stores write the whole batch or nothing: if any
   * append is stale, none is written. This default writes one append after another and stops at the
   * first that fails, leaving the earlier ones written.
   *
   * @param appends the appends, in the order they were made; several may be to one entry, each
   *     following on from the one before
   * @throws ConcurrentUpdateException if an entry is not at the version its append expects
   */
  default void appendAll(List<Append> appends) {
    for (Append a : appends) {
      if (a.after().isPresent()) {
        append(a.entryId(), a.expectedVersion(), a.events(), a.after().get());
      } else {
        append(a.entryId(), a.expectedVersion(), a.events());
      }
    }
  }

  /**
   * The summaries of open entries whose next review work is due on or before a date: the due-review
   * worklist, served by an index on the review due date.
   *
   * @param date the last due date included
   * @return the summaries, earliest due first, then in the order entries were created
   */
  List<EntrySummary> dueForReviewBy(LocalDate date);

  /**
   * The open entries with any work (a task or an action) due on or before a date, served by an
   * index on the next due date.
   *
   * @param date the last due date included
   * @return the entry ids, in the order entries were created
   */
  List<EntryId> withWorkDueBy(LocalDate date);

  /**
   * Checks that a summary belongs after a batch; shared by implementations.
   *
   * @param entryId the entry
   * @param expectedVersion the version before the batch
   * @param events the batch
   * @param after the summary
   * @throws IllegalArgumentException if it does not
   */
  static void checkSummary(
      EntryId entryId, long expectedVersion, List<RecordedEvent> events, EntrySummary after) {
    if (!after.entryId().equals(entryId) || after.version() != expectedVersion + events.size()) {
      throw new IllegalArgumentException(
          "the summary must describe the entry at the version after the events");
    }
  }
}
