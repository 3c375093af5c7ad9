package org.opendsr.core.register;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.opendsr.consent.ConsentDecision;
import org.opendsr.consent.ConsentRules;
import org.opendsr.consent.Purpose;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.schedule.DueDates;
import org.opendsr.core.store.RegisterStore;

/** What every use case of the register reads: the store, the clock, local policy, due dates. */
final class RegisterContext {

  private final RegisterStore store;
  private final Clock clock;
  private final LocalPolicy policy;
  private final DueDates dueDates;

  RegisterContext(RegisterStore store, Clock clock, LocalPolicy policy, DueDates dueDates) {
    this.store = store;
    this.clock = clock;
    this.policy = policy;
    this.dueDates = dueDates;
  }

  RegisterStore store() {
    return store;
  }

  Clock clock() {
    return clock;
  }

  LocalPolicy policy() {
    return policy;
  }

  DueDates dueDates() {
    return dueDates;
  }

  /** Today: the clock's date in its zone. */
  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone());
  }

  ZoneId zone() {
    return clock.getZone();
  }

  /** An entry as it is now, replayed from the store, if it exists. */
  Optional<Entry> find(EntryId entryId) {
    List<RecordedEvent> events = store.load(entryId);
    return events.isEmpty() ? Optional.empty() : Optional.of(EntryProjection.replay(events));
  }

  /** An entry as it is now; {@link NotFoundException} if there is none. */
  Entry entry(EntryId entryId) {
    return find(entryId).orElseThrow(() -> notFound(entryId));
  }

  static NotFoundException notFound(EntryId id) {
    return new NotFoundException("entry " + id + " does not exist");
  }

  /** The consent decision for a purpose on a date, from the entry's consent history. */
  ConsentDecision consentOn(Entry entry, Purpose purpose, LocalDate date) {
    return ConsentRules.decide(
        entry.person().dateOfBirth().value(),
        purpose,
        entry.consentRecords(),
        date,
        policy.consentPolicy());
  }
}
