package org.opendsr.core.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.event.RecordedEvent;

/**
 * One append of a batch written by {@link IndexedRegisterStore#appendAll}: events for one entry
 * from an expected version, and the entry's summary after them if the writer has one.
 *
 * @param entryId the entry
 * @param expectedVersion the version the writer read (0 for a new entry)
 * @param events the events, versions {@code expectedVersion + 1} onwards, in order; not empty
 * @param after the entry's summary after the events, or empty to clear it (as {@link
 *     RegisterStore#append} does)
 */
public record Append(
    EntryId entryId,
    long expectedVersion,
    List<RecordedEvent> events,
    Optional<EntrySummary> after) {

  /**
   * Checks that the events and summary belong to the entry and are numbered from the expected
   * version, and copies the events.
   *
   * @throws IllegalArgumentException if they do not, or there are no events
   */
  public Append {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(after, "after");
    events = List.copyOf(Objects.requireNonNull(events, "events"));
    if (events.isEmpty()) {
      throw new IllegalArgumentException("nothing to append");
    }
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative");
    }
    long next = expectedVersion + 1;
    for (RecordedEvent e : events) {
      if (!e.entryId().equals(entryId) || e.version() != next) {
        throw new IllegalArgumentException("events must belong to the entry and follow in order");
      }
      next++;
    }
    if (after.isPresent()) {
      IndexedRegisterStore.checkSummary(entryId, expectedVersion, events, after.get());
    }
  }

  /**
   * An append with the entry's summary after it.
   *
   * @param entryId the entry
   * @param expectedVersion the version the writer read
   * @param events the events
   * @param after the summary after them
   * @return the append
   */
  public static Append of(
      EntryId entryId, long expectedVersion, List<RecordedEvent> events, EntrySummary after) {
    return new Append(entryId, expectedVersion, events, Optional.of(after));
  }

  /**
   * The entry's version once the events are written.
   *
   * @return {@code expectedVersion + events.size()}
   */
  public long newVersion() {
    return expectedVersion + events.size();
  }

  /**
   * The same writes with the appends to each entry joined into one, in the order each entry was
   * first appended to: the events of every append to an entry, from the first one's expected
   * version, with the last one's summary.
   *
   * @param appends appends in the order they were made
   * @return one append an entry
   * @throws IllegalArgumentException if an append to an entry does not follow on from the one
   *     before it
   */
  public static List<Append> perEntry(List<Append> appends) {
    Map<EntryId, Append> joined = new LinkedHashMap<>();
    for (Append a : appends) {
      Append earlier = joined.get(a.entryId());
      if (earlier == null) {
        joined.put(a.entryId(), a);
      } else {
        if (a.expectedVersion() != earlier.newVersion()) {
          throw new IllegalArgumentException(
              "appends to entry " + a.entryId() + " must follow on from one another");
        }
        List<RecordedEvent> events = new ArrayList<>(earlier.events());
        events.addAll(a.events());
        joined.put(
            a.entryId(), new Append(a.entryId(), earlier.expectedVersion(), events, a.after()));
      }
    }
    return List.copyOf(joined.values());
  }
}
