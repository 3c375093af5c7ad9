package org.opendsr.core.store;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.person.NhsNumber;

/**
 * A store for bulk loads: appends are staged in memory and written to the underlying store by
 * {@link #flush()} as one {@link IndexedRegisterStore#appendAll} batch, so a JDBC store writes
 * thousands of commands in one transaction instead of one each.
 *
 * <p>A register over this store sees its own staged writes: {@link #load} returns the stored events
 * followed by the staged ones (without reading the store at all for an entry created in the batch),
 * and {@link #entryIdsFor} includes staged new entries, so the register's rules (one open episode
 * per person, expected versions) hold within the batch as they do across batches. The worklist
 * queries and {@link #entryIds()} flush first and then ask the store.
 *
 * <p>An append to an entry staged in this batch is checked against the staged version at once; an
 * append to an entry only in the store is checked when the batch is flushed, where a stale version
 * fails the whole batch (with the in-memory and JDBC stores, nothing of it is written). After a
 * failed flush the staged appends are discarded.
 *
 * <p>It asks the store for entry ids {@value #IDS_AT_ONCE} at a time ({@link
 * IndexedRegisterStore#newEntryIds}), and, when the store can list everyone with an entry ({@link
 * IndexedRegisterStore#peopleWithEntries}), reads that list once, at the first question about a
 * person, and asks the store about a person only if they are on it: people new to the register, the
 * most of a first import, cost no query. People it writes are added to the list as they are
 * flushed. Entries another writer adds for other people after that read are not seen; the store's
 * own rule of one open entry per person (the JDBC store's unique index) still refuses a second one
 * when the batch is flushed.
 *
 * <p>For one writer, such as an import: not thread-safe.
 */
public final class BatchingRegisterStore implements IndexedRegisterStore {

  /**
   * Entry ids asked of the store at once, about one batch of an import. An id not used is a gap in
   * the numbering, as after any referral the store refused.
   */
  public static final int IDS_AT_ONCE = 1_000;

  private final IndexedRegisterStore store;
  private final List<Append> staged = new ArrayList<>();
  private final Map<EntryId, List<RecordedEvent>> stagedEvents = new HashMap<>();
  private final Map<EntryId, Long> stagedFrom = new HashMap<>();
  private final Map<NhsNumber, List<EntryId>> stagedByPerson = new HashMap<>();
  private final ArrayDeque<EntryId> ids = new ArrayDeque<>();

  /** The NHS numbers of the store's people, ascending, once read; null before. */
  private long[] peopleInStore;

  /** Whether the store could list its people; if not, every person is asked about. */
  private boolean peopleListed;

  /**
   * Stages appends for a store.
   *
   * @param store the store the batches are written to
   */
  public BatchingRegisterStore(IndexedRegisterStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * Writes the staged appends to the store as one batch, and empties the stage.
   *
   * @throws ConcurrentUpdateException if an entry in the store is not at the version its staged
   *     append expects (the stage is emptied all the same)
   */
  public void flush() {
    if (staged.isEmpty()) {
      return;
    }
    List<Append> batch = List.copyOf(staged);
    long[] written =
        peopleListed
            ? stagedByPerson.keySet().stream().mapToLong(BatchingRegisterStore::number).toArray()
            : new long[0];
    staged.clear();
    stagedEvents.clear();
    stagedFrom.clear();
    stagedByPerson.clear();
    store.appendAll(batch);
    if (peopleListed && written.length > 0) {
      peopleInStore = merged(peopleInStore, written);
    }
  }

  /** Two lists of NHS numbers as one, ascending, each number once. */
  private static long[] merged(long[] sorted, long[] more) {
    Arrays.sort(more);
    long[] out = new long[sorted.length + more.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < sorted.length || j < more.length) {
      long next =
          j == more.length || (i < sorted.length && sorted[i] <= more[j]) ? sorted[i++] : more[j++];
      if (n == 0 || out[n - 1] != next) {
        out[n++] = next;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static long number(NhsNumber nhsNumber) {
    return Long.parseLong(nhsNumber.value());
  }

  /** Whether the store may hold entries of a person: false only if its list of people says not. */
  private boolean mayBeStored(NhsNumber nhsNumber) {
    if (peopleInStore == null) {
      Optional<long[]> listed = store.peopleWithEntries();
      peopleListed = listed.isPresent();
      peopleInStore = listed.map(long[]::clone).orElse(new long[0]);
      Arrays.sort(peopleInStore);
    }
    return !peopleListed || Arrays.binarySearch(peopleInStore, number(nhsNumber)) >= 0;
  }

  /**
   * How many entries have staged appends waiting for {@link #flush()}.
   *
   * @return the number of entries
   */
  public int stagedEntries() {
    return stagedEvents.size();
  }

  @Override
  public EntryId newEntryId() {
    if (ids.isEmpty()) {
      ids.addAll(store.newEntryIds(IDS_AT_ONCE));
    }
    return ids.poll();
  }

  @Override
  public void append(EntryId entryId, long expectedVersion, List<RecordedEvent> events) {
    stage(new Append(entryId, expectedVersion, events, Optional.empty()));
  }

  @Override
  public void append(
      EntryId entryId, long expectedVersion, List<RecordedEvent> events, EntrySummary after) {
    stage(Append.of(entryId, expectedVersion, events, Objects.requireNonNull(after, "after")));
  }

  @Override
  public void appendAll(List<Append> appends) {
    for (Append a : appends) {
      stage(a);
    }
  }

  private void stage(Append a) {
    List<RecordedEvent> pending = stagedEvents.get(a.entryId());
    if (pending != null) {
      long current = stagedFrom.get(a.entryId()) + pending.size();
      if (a.expectedVersion() != current) {
        throw ConcurrentUpdateException.notAtVersion(a.entryId(), current, a.expectedVersion());
      }
    }
    staged.add(a);
    stagedFrom.putIfAbsent(a.entryId(), a.expectedVersion());
    stagedEvents.computeIfAbsent(a.entryId(), id -> new ArrayList<>()).addAll(a.events());
    for (RecordedEvent e : a.events()) {
      e.change()
          .newEntryPerson()
          .ifPresent(
              person ->
                  stagedByPerson
                      .computeIfAbsent(person.nhsNumber(), n -> new ArrayList<>())
                      .add(a.entryId()));
    }
  }

  @Override
  public List<RecordedEvent> load(EntryId entryId) {
    List<RecordedEvent> pending = stagedEvents.get(Objects.requireNonNull(entryId, "entryId"));
    if (pending == null) {
      return store.load(entryId);
    }
    if (stagedFrom.get(entryId) == 0) {
      return List.copyOf(pending);
    }
    List<RecordedEvent> all = new ArrayList<>(store.load(entryId));
    all.addAll(pending);
    return List.copyOf(all);
  }

  @Override
  public List<EntryId> entryIds() {
    flush();
    return store.entryIds();
  }

  @Override
  public List<EntryId> entryIdsFor(NhsNumber nhsNumber) {
    List<EntryId> stored = mayBeStored(nhsNumber) ? store.entryIdsFor(nhsNumber) : List.of();
    List<EntryId> pending = stagedByPerson.get(nhsNumber);
    if (pending == null) {
      return stored;
    }
    List<EntryId> all = new ArrayList<>(stored);
    for (EntryId id : pending) {
      if (!all.contains(id)) {
        all.add(id);
      }
    }
    return List.copyOf(all);
  }

  @Override
  public List<EntrySummary> dueForReviewBy(LocalDate date) {
    flush();
    return store.dueForReviewBy(date);
  }

  @Override
  public List<EntryId> withWorkDueBy(LocalDate date) {
    flush();
    return store.withWorkDueBy(date);
  }
}
