package org.opendsr.core.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.NhsNumber;

/**
 * A {@link RegisterStore} in memory, thread-safe by a single lock. Entry ids are {@code E-000001}
 * onwards. The person index is built from each entry's {@link RegisterEvent.Referred} event.
 */
public final class InMemoryRegisterStore implements RegisterStore {

  private final Map<EntryId, List<RecordedEvent>> events = new LinkedHashMap<>();
  private final Map<NhsNumber, List<EntryId>> byPerson = new LinkedHashMap<>();
  private long issued;

  /** Creates an empty store. */
  public InMemoryRegisterStore() {}

  @Override
  public synchronized EntryId newEntryId() {
    issued++;
    return EntryId.of(String.format("E-%06d", issued));
  }

  @Override
  public synchronized void append(
      EntryId entryId, long expectedVersion, List<RecordedEvent> batch) {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(batch, "batch");
    if (batch.isEmpty()) {
      throw new IllegalArgumentException("nothing to append");
    }
    List<RecordedEvent> current = events.getOrDefault(entryId, List.of());
    if (current.size() != expectedVersion) {
      throw new ConcurrentUpdateException(
          "entry "
              + entryId
              + " is at version "
              + current.size()
              + ", not the expected version "
              + expectedVersion
              + "; nothing was written");
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
    for (RecordedEvent e : batch) {
      if (e.change() instanceof RegisterEvent.Referred referred) {
        byPerson
            .computeIfAbsent(referred.person().nhsNumber(), k -> new ArrayList<>())
            .add(entryId);
      }
    }
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
}
