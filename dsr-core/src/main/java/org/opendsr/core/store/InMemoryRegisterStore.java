package org.opendsr.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.NhsNumber;

/**
 * A {@link RegisterStore} in memory, thread-safe by a single lock. Entry ids are {@code E-000001}
 * onwards. The person index is built from each entry's first event ({@link
 * RegisterEvent#newEntryPerson()}). As an {@link IndexedRegisterStore} it keeps each entry's {@link
 * EntrySummary} in sorted sets by due date, so worklist queries read only the entries due, and each
 * person's open entry, so the rule of {@link OneOpenEntryPerPerson} is checked under the same lock
 * as the write: of two referrals of one person at once, one is refused. As a {@link
 * PagedWorklistStore} it pages those sets from a cursor.
 */
public final class InMemoryRegisterStore implements PagedWorklistStore {

  /**
   * A position in a due-date index: the date, then the order the entry was created in; it carries
   * the summary so a query reads nothing else.
   */
  private record Due(LocalDate date, long created, EntrySummary summary) {}

  private static final Comparator<Due> BY_DATE_THEN_CREATED =
      Comparator.comparing(Due::date).thenComparingLong(Due::created);

  private final Map<EntryId, List<RecordedEvent>> events = new LinkedHashMap<>();
  private final Map<NhsNumber, List<EntryId>> byPerson = new LinkedHashMap<>();
  private final Map<EntryId, Long> created = new HashMap<>();
  private final Map<EntryId, NhsNumber> personOfEntry = new HashMap<>();
  private final Map<NhsNumber, EntryId> openByPerson = new HashMap<>();
  private final Map<EntryId, EntrySummary> summaries = new HashMap<>();
  private final NavigableSet<Due> byReviewDue = new TreeSet<>(BY_DATE_THEN_CREATED);
  private final NavigableSet<Due> byWorkDue = new TreeSet<>(BY_DATE_THEN_CREATED);
  private long issued;

  /** Creates an empty store. */
  public InMemoryRegisterStore() {}

  @Override
  public synchronized EntryId newEntryId() {
    issued++;
    return EntryId.numbered(issued);
  }

  @Override
  public synchronized void append(
      EntryId entryId, long expectedVersion, List<RecordedEvent> batch) {
    Objects.requireNonNull(batch, "batch");
    write(List.of(new Append(entryId, expectedVersion, batch, Optional.empty())));
  }

  @Override
  public synchronized void append(
      EntryId entryId, long expectedVersion, List<RecordedEvent> batch, EntrySummary after) {
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(batch, "batch");
    IndexedRegisterStore.checkSummary(entryId, expectedVersion, batch, after);
    write(List.of(new Append(entryId, expectedVersion, batch, Optional.of(after))));
  }

  /**
   * Checks every append's expected version and the one-open-entry rule first, so the batch is
   * written whole or not at all.
   */
  @Override
  public synchronized void appendAll(List<Append> appends) {
    Objects.requireNonNull(appends, "appends");
    write(appends);
  }

  private void write(List<Append> appends) {
    Map<EntryId, Long> versions = new HashMap<>();
    for (Append a : appends) {
      long current =
          versions.computeIfAbsent(
              a.entryId(), id -> (long) events.getOrDefault(id, List.of()).size());
      if (current != a.expectedVersion()) {
        throw ConcurrentUpdateException.notAtVersion(a.entryId(), current, a.expectedVersion());
      }
      versions.put(a.entryId(), a.newVersion());
    }
    Map<NhsNumber, Optional<EntryId>> holders = openPeopleAfter(Append.perEntry(appends));
    for (Append a : appends) {
      appendEvents(a.entryId(), a.expectedVersion(), a.events());
      index(a.entryId(), a.after());
    }
    holders.forEach(
        (person, holder) -> {
          if (holder.isPresent()) {
            openByPerson.put(person, holder.get());
          } else {
            openByPerson.remove(person);
          }
        });
  }

  /**
   * The open entry of each person a batch touches once it is written (empty: none), checking that
   * no person would have two (the rule of {@link OneOpenEntryPerPerson}). Entries the batch closes
   * free their person's place before entries it opens take one.
   *
   * @param perEntry the batch, one append an entry
   * @throws org.opendsr.core.ValidationException if a person would have two open entries
   */
  private Map<NhsNumber, Optional<EntryId>> openPeopleAfter(List<Append> perEntry) {
    Map<NhsNumber, Optional<EntryId>> after = new HashMap<>();
    List<Append> opening = new ArrayList<>();
    for (Append a : perEntry) {
      NhsNumber person = personOf(a);
      if (person == null) {
        continue;
      }
      if (a.after().map(s -> s.status().isOpen()).orElse(false)) {
        opening.add(a);
      } else if (a.entryId().equals(holderOf(person, after))) {
        after.put(person, Optional.empty());
      }
    }
    for (Append a : opening) {
      NhsNumber person = personOf(a);
      EntryId holder = holderOf(person, after);
      if (holder != null && !holder.equals(a.entryId())) {
        throw OneOpenEntryPerPerson.refusal(Optional.of(holder));
      }
      after.put(person, Optional.of(a.entryId()));
    }
    return after;
  }

  private EntryId holderOf(NhsNumber person, Map<NhsNumber, Optional<EntryId>> after) {
    Optional<EntryId> changed = after.get(person);
    return changed != null ? changed.orElse(null) : openByPerson.get(person);
  }

  /** The person an entry is about: known from its first event, or named by the append. */
  private NhsNumber personOf(Append a) {
    NhsNumber known = personOfEntry.get(a.entryId());
    if (known != null) {
      return known;
    }
    for (RecordedEvent e : a.events()) {
      Optional<PersonDetails> person = e.change().newEntryPerson();
      if (person.isPresent()) {
        return person.get().nhsNumber();
      }
    }
    return null;
  }

  private void appendEvents(EntryId entryId, long expectedVersion, List<RecordedEvent> batch) {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(batch, "batch");
    if (batch.isEmpty()) {
      throw new IllegalArgumentException("nothing to append");
    }
    List<RecordedEvent> current = events.getOrDefault(entryId, List.of());
    if (current.size() != expectedVersion) {
      throw ConcurrentUpdateException.notAtVersion(entryId, current.size(), expectedVersion);
    }
    long next = expectedVersion + 1;
    for (RecordedEvent e : batch) {
      if (!e.entryId().equals(entryId) || e.version() != next) {
        throw new IllegalArgumentException("events must belong to the entry and follow in order");
      }
      next++;
    }
    List<RecordedEvent> updated = new ArrayList<>(current);
    updated.addAll(batch);
    events.put(entryId, List.copyOf(updated));
    created.putIfAbsent(entryId, (long) created.size());
    for (RecordedEvent e : batch) {
      e.change()
          .newEntryPerson()
          .ifPresent(
              person -> {
                byPerson.computeIfAbsent(person.nhsNumber(), k -> new ArrayList<>()).add(entryId);
                personOfEntry.putIfAbsent(entryId, person.nhsNumber());
              });
    }
  }

  private void index(EntryId entryId, Optional<EntrySummary> summary) {
    long order = created.get(entryId);
    EntrySummary old = summaries.remove(entryId);
    if (old != null) {
      old.nextReviewDue().ifPresent(d -> byReviewDue.remove(new Due(d, order, old)));
      old.nextWorkDue().ifPresent(d -> byWorkDue.remove(new Due(d, order, old)));
    }
    summary.ifPresent(
        s -> {
          summaries.put(entryId, s);
          s.nextReviewDue().ifPresent(d -> byReviewDue.add(new Due(d, order, s)));
          s.nextWorkDue().ifPresent(d -> byWorkDue.add(new Due(d, order, s)));
        });
  }

  @Override
  public synchronized List<RecordedEvent> load(EntryId entryId) {
    Objects.requireNonNull(entryId, "entryId");
    return events.getOrDefault(entryId, List.of());
  }

  @Override
  public synchronized List<EntryId> entryIds() {
    return List.copyOf(events.keySet());
  }

  @Override
  public synchronized Optional<long[]> peopleWithEntries() {
    return Optional.of(
        byPerson.keySet().stream().mapToLong(n -> Long.parseLong(n.value())).sorted().toArray());
  }

  @Override
  public synchronized List<EntryId> entryIdsFor(NhsNumber nhsNumber) {
    Objects.requireNonNull(nhsNumber, "nhsNumber");
    return List.copyOf(byPerson.getOrDefault(nhsNumber, List.of()));
  }

  @Override
  public synchronized List<EntrySummary> dueForReviewBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    NavigableSet<Due> due = byReviewDue.headSet(new Due(date, Long.MAX_VALUE, null), true);
    List<EntrySummary> out = new ArrayList<>();
    for (Due d : due) {
      out.add(d.summary());
    }
    return out;
  }

  @Override
  public synchronized List<EntryId> withWorkDueBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    NavigableSet<Due> due = byWorkDue.headSet(new Due(date, Long.MAX_VALUE, null), true);
    List<Due> inCreationOrder = new ArrayList<>(due);
    inCreationOrder.sort(Comparator.comparingLong(Due::created));
    List<EntryId> out = new ArrayList<>(inCreationOrder.size());
    for (Due d : inCreationOrder) {
      out.add(d.summary().entryId());
    }
    return out;
  }

  @Override
  public synchronized List<EntrySummary> dueBy(
      WorkDue column, LocalDate by, Optional<DueCursor> after, int limit) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(after, "after");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    NavigableSet<Due> index = column == WorkDue.REVIEW ? byReviewDue : byWorkDue;
    NavigableSet<Due> due = index.headSet(new Due(by, Long.MAX_VALUE, null), true);
    if (after.isPresent()) {
      // An entry the store does not know has no place: the page starts after its whole day.
      long position = created.getOrDefault(after.get().entryId(), Long.MAX_VALUE);
      due = due.tailSet(new Due(after.get().due(), position, null), false);
    }
    List<EntrySummary> out = new ArrayList<>();
    for (Due d : due) {
      if (out.size() == limit) {
        break;
      }
      out.add(d.summary());
    }
    return out;
  }
}
