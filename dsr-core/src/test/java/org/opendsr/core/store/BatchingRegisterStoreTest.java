package org.opendsr.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.CommandResult;
import org.opendsr.core.register.DynamicSupportRegister;

/**
 * Staged appends for a bulk load: seen by the register at once, written to the store in batches.
 */
class BatchingRegisterStoreTest {

  private static final Instant AT = Instant.parse("2026-05-11T09:00:00Z");
  private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

  private final InMemoryRegisterStore stored = new InMemoryRegisterStore();
  private final BatchingRegisterStore staged = new BatchingRegisterStore(stored);

  private static List<RecordedEvent> events(EntryId id, long from, int count) {
    return java.util.stream.LongStream.range(from, from + count)
        .mapToObj(
            v ->
                new RecordedEvent(
                    id,
                    v,
                    "coordinator-1",
                    AT,
                    "test",
                    new RegisterEvent.DsrReviewHeld(MAY_1.plusDays(v))))
        .toList();
  }

  private static EntrySummary open(EntryId id, long version, int reviewInDays) {
    return new EntrySummary(
        id,
        version,
        EntryStatus.ACTIVE,
        Optional.of(MAY_1.plusDays(reviewInDays)),
        Optional.of(MAY_1.plusDays(reviewInDays)));
  }

  @Test
  void staged_appends_are_read_back_at_once_but_reach_the_store_only_when_flushed() {
    EntryId id = staged.newEntryId();
    staged.append(id, 0, events(id, 1, 2), open(id, 2, 3));
    staged.append(id, 2, events(id, 3, 1), open(id, 3, 4));

    assertThat(staged.load(id)).hasSize(3);
    assertThat(staged.stagedEntries()).isEqualTo(1);
    assertThat(stored.load(id)).isEmpty();

    staged.flush();

    assertThat(stored.load(id)).hasSize(3);
    assertThat(stored.dueForReviewBy(MAY_1.plusDays(4))).containsExactly(open(id, 3, 4));
    assertThat(staged.stagedEntries()).isZero();
  }

  @Test
  void an_entry_already_stored_reads_as_its_stored_events_then_its_staged_ones() {
    EntryId id = stored.newEntryId();
    stored.append(id, 0, events(id, 1, 2), open(id, 2, 3));

    staged.append(id, 2, events(id, 3, 2), open(id, 4, 9));

    assertThat(staged.load(id)).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L, 4L);
    assertThat(stored.load(id)).hasSize(2);
  }

  @Test
  void an_append_that_does_not_follow_the_staged_version_is_refused_at_once() {
    EntryId id = staged.newEntryId();
    staged.append(id, 0, events(id, 1, 2), open(id, 2, 3));

    assertThatThrownBy(() -> staged.append(id, 1, events(id, 2, 1), open(id, 2, 3)))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining("version 2");
    assertThat(staged.load(id)).hasSize(2);
  }

  @Test
  void a_stale_append_to_a_stored_entry_fails_the_flush_and_nothing_of_the_batch_is_stored() {
    EntryId id = stored.newEntryId();
    stored.append(id, 0, events(id, 1, 2), open(id, 2, 3));
    EntryId fresh = staged.newEntryId();
    staged.append(fresh, 0, events(fresh, 1, 1), open(fresh, 1, 5));
    staged.append(id, 1, events(id, 2, 1), open(id, 2, 7));

    assertThatThrownBy(staged::flush).isInstanceOf(ConcurrentUpdateException.class);

    assertThat(stored.load(fresh)).isEmpty();
    assertThat(stored.load(id)).hasSize(2);
    assertThat(staged.stagedEntries()).isZero();
  }

  @Test
  void worklist_questions_flush_first_so_they_never_miss_staged_work() {
    EntryId id = staged.newEntryId();
    staged.append(id, 0, events(id, 1, 1), open(id, 1, 3));

    assertThat(staged.dueForReviewBy(MAY_1.plusDays(3))).containsExactly(open(id, 1, 3));
    assertThat(staged.withWorkDueBy(MAY_1.plusDays(3))).containsExactly(id);
    assertThat(staged.entryIds()).containsExactly(id);
    assertThat(stored.load(id)).hasSize(1);
  }

  @Test
  void a_register_over_staged_writes_still_allows_one_open_episode_per_person() {
    DynamicSupportRegister register = registerOver(staged);
    PersonDetails jo = person("Jo", "6001234566");
    Command.Refer referral = referral(jo);

    CommandResult first = register.handle(referral);

    assertThat(stored.entryIds()).isEmpty();
    assertThat(staged.entryIdsFor(jo.nhsNumber())).containsExactly(first.entryId());
    assertThatThrownBy(() -> register.handle(referral))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("already has an open entry");

    staged.flush();

    assertThat(stored.entryIdsFor(jo.nhsNumber())).containsExactly(first.entryId());
    assertThat(register.entry(first.entryId()).status()).isEqualTo(first.entry().status());
  }

  private static DynamicSupportRegister registerOver(RegisterStore store) {
    Clock clock = Clock.fixed(Instant.parse("2026-05-11T10:00:00Z"), ZoneOffset.UTC);
    return DynamicSupportRegister.create(
        store, clock, WorkingDayCalendar.englandAndWales(), LocalPolicy.defaults());
  }

  /** The store, counting the questions asked of it by name. */
  private static IndexedRegisterStore counted(
      IndexedRegisterStore store, java.util.Map<String, Integer> asked) {
    return (IndexedRegisterStore)
        java.lang.reflect.Proxy.newProxyInstance(
            IndexedRegisterStore.class.getClassLoader(),
            new Class<?>[] {IndexedRegisterStore.class},
            (proxy, method, args) -> {
              asked.merge(method.getName(), 1, Integer::sum);
              try {
                return method.invoke(store, args);
              } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private static PersonDetails person(String given, String nhsNumber) {
    return PersonDetails.of(
        PersonName.of(given, "Evans"),
        DateOfBirth.of(LocalDate.of(1986, 4, 4)),
        NhsNumber.parse(nhsNumber),
        Residence.of("7 Hill View, Salisbury", "Wiltshire"),
        Diagnosis.LEARNING_DISABILITY);
  }

  private static Command.Refer referral(PersonDetails person) {
    return new Command.Refer(
        "coordinator-1",
        person,
        Referral.of(
            ReferralSource.PROFESSIONAL,
            LocalDate.of(2026, 5, 11),
            "community nurse",
            ContactDetails.email("nurse@example.nhs.uk")),
        List.of(ConsentGiven.of(Purpose.inclusion(), LocalDate.of(2026, 5, 11), "cn-1")));
  }

  @Test
  void people_new_to_the_register_cost_no_question_and_people_on_it_or_flushed_are_still_found() {
    PersonDetails jo = person("Jo", "6001234566");
    PersonDetails sam = person("Sam", "9434765919");
    PersonDetails kim = person("Kim", "4010232137");
    registerOver(stored).handle(referral(jo));
    java.util.Map<String, Integer> asked = new java.util.HashMap<>();
    BatchingRegisterStore bulk = new BatchingRegisterStore(counted(stored, asked));
    DynamicSupportRegister register = registerOver(bulk);

    register.handle(referral(sam));
    register.handle(referral(kim));
    bulk.flush();

    // The store listed its people once, and was asked about no one new to it.
    assertThat(asked).containsEntry("peopleWithEntries", 1).doesNotContainKey("entryIdsFor");
    // Jo, on the register before, and Sam, written in an earlier batch, are found.
    assertThatThrownBy(() -> register.handle(referral(jo)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("already has an open entry");
    assertThatThrownBy(() -> register.handle(referral(sam)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("already has an open entry");
    assertThat(asked).containsEntry("peopleWithEntries", 1).containsEntry("entryIdsFor", 2);
    // The ids came from one block: the store was asked for ids once.
    assertThat(asked).containsEntry("newEntryIds", 1).doesNotContainKey("newEntryId");
  }

  @Test
  void appends_to_one_entry_are_joined_in_order_and_a_gap_between_them_is_refused() {
    EntryId id = EntryId.of("E-000042");
    Append first = Append.of(id, 0, events(id, 1, 2), open(id, 2, 3));
    Append second = Append.of(id, 2, events(id, 3, 1), open(id, 3, 9));

    List<Append> joined = Append.perEntry(List.of(first, second));

    assertThat(joined).hasSize(1);
    assertThat(joined.get(0).expectedVersion()).isZero();
    assertThat(joined.get(0).events()).hasSize(3);
    assertThat(joined.get(0).after()).contains(open(id, 3, 9));
    assertThatThrownBy(
            () ->
                Append.perEntry(List.of(first, Append.of(id, 3, events(id, 4, 1), open(id, 4, 9)))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Append.of(id, 0, events(id, 2, 1), open(id, 1, 3)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
