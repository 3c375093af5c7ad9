package org.opendsr.core.store;

import java.util.List;
import java.util.Optional;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.person.NhsNumber;

/**
 * Where the register keeps its events. Narrow on purpose: the register derives everything else.
 *
 * <p>Contract (checked by the shared contract test suite for every implementation): events are
 * append-only and come back in the order appended; an append whose expected version is not the
 * entry's current version writes nothing and throws {@link ConcurrentUpdateException}; a batch is
 * written entirely or not at all.
 */
public interface RegisterStore {

  /**
   * A fresh entry id that has never been used.
   *
   * @return the id
   */
  EntryId newEntryId();

  /**
   * Appends events to an entry, all or nothing.
   *
   * @param entryId the entry
   * @param expectedVersion the version the caller read (0 for a new entry)
   * @param events the events, versions {@code expectedVersion + 1} onwards, in order; not empty
   * @throws ConcurrentUpdateException if the entry's version is not {@code expectedVersion}
   * @throws IllegalArgumentException if the events do not belong to the entry or are not numbered
   *     from {@code expectedVersion + 1}
   */
  void append(EntryId entryId, long expectedVersion, List<RecordedEvent> events);

  /**
   * Appends events to an entry with the entry's summary after them, all or nothing: the register
   * writes through this method, so a store that keeps a worklist index ({@link
   * IndexedRegisterStore}) records the summary in the same transaction. A store that keeps no index
   * ignores the summary, as this default does.
   *
   * @param entryId the entry
   * @param expectedVersion the version the caller read (0 for a new entry)
   * @param events the events, versions {@code expectedVersion + 1} onwards, in order; not empty
   * @param after the entry's summary after the events
   * @throws ConcurrentUpdateException if the entry's version is not {@code expectedVersion}
   * @throws IllegalArgumentException if the events do not belong to the entry or are not numbered
   *     from {@code expectedVersion + 1}
   */
  default void append(
      EntryId entryId, long expectedVersion, List<RecordedEvent> events, EntrySummary after) {
    append(entryId, expectedVersion, events);
  }

  /**
   * The events of an entry, in order.
   *
   * @param entryId the entry
   * @return the events; empty if the entry does not exist
   */
  List<RecordedEvent> load(EntryId entryId);

  /**
   * Every entry id, in the order entries were created.
   *
   * @return the ids
   */
  List<EntryId> entryIds();

  /**
   * The entries (episodes) of one person, found by NHS number, oldest first.
   *
   * @param nhsNumber the person's NHS number
   * @return the entry ids; empty if none
   */
  List<EntryId> entryIdsFor(NhsNumber nhsNumber);

  /**
   * The worklist index this store keeps, if it keeps one: an optional capability, found through
   * this method rather than by testing the store's type. A store that keeps the index implements
   * {@link IndexedRegisterStore}, which answers with itself; any other store answers empty, and the
   * register then answers worklist questions by replaying every entry.
   *
   * @return this store as an indexed store, or empty
   */
  default Optional<IndexedRegisterStore> indexed() {
    return Optional.empty();
  }

  /**
   * The keyset paging of worklists this store does, if it does: an optional capability, found like
   * {@link #indexed()}. A store that pages implements {@link PagedWorklistStore}, which answers
   * with itself; any other store answers empty, and the register then pages in memory.
   *
   * @return this store as a paging store, or empty
   */
  default Optional<PagedWorklistStore> paged() {
    return Optional.empty();
  }
}
