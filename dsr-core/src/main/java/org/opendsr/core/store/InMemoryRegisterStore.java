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
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.NhsNumber;

/**
 * A {@link RegisterStore} in memory, thread-safe by a single lock. Entry ids are {@code E-000001}
 * onwards. The person index is built from each entry's first event ({@link
 * RegisterEvent#newEntryPerson()}). As an {@link IndexedRegisterStore} it keeps each entry's {@link
 * EntrySummary} in sorted sets by due date, so worklist queries read only the entries due.
 */
public final class InMemoryRegisterStore implements IndexedRegisterStore {

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
    appendEvents(entryId, expectedVersion, batch);
    index(entryId, Optional.empty());
  }

  @Override
  public synchronized void append(
      EntryId entryId, long expectedVersion, List<RecordedEvent> batch, EntrySummary after) {
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(batch, "batch");
    IndexedRegisterStore.checkSummary(entryId, expectedVersion, batch, after);
    appendEvents(entryId, expectedVersion, batch);
    index(entryId, Optional.of(after));
  }

  /** Checks every append's expected version first, so the batch is written whole or not at all. */
  @Override
  public synchronized void appendAll(List<Append> appends) {
    Objects.requireNonNull(appends, "appends");
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
    for (Append a : appends) {
      appendEvents(a.entryId(), a.expectedVersion(), a.events());
      index(a.entryId(), a.after());
    }
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
              person ->
                  byPerson
                      .computeIfAbsent(person.nhsNumber(), k -> new ArrayList<>())
                      .add(entryId));
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
}
