package org.opendsr.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The contract of an {@link IndexedRegisterStore}: everything a {@link RegisterStore} promises, and
 * summaries written with the events and found by their due dates. A database adapter extends it
 * with its own store.
 */
public abstract class IndexedRegisterStoreContract extends RegisterStoreContract {

  private static final Instant AT = Instant.parse("2026-05-11T09:00:00Z");
  private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

  private IndexedRegisterStore indexed;

  /**
   * A new, empty indexed store.
   *
   * @return the store under test
   */
  @Override
  protected abstract IndexedRegisterStore newStore();

  @BeforeEach
  void emptyIndexedStore() {
    indexed = newStore();
  }

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

  private static EntrySummary open(EntryId id, long version, int reviewInDays, int workInDays) {
    return new EntrySummary(
        id,
        version,
        EntryStatus.ACTIVE,
        Optional.of(MAY_1.plusDays(reviewInDays)),
        Optional.of(MAY_1.plusDays(workInDays)));
  }

  /** A summary for an entry at a version. */
  @FunctionalInterface
  private interface SummaryOf {
    EntrySummary of(EntryId id, long version);
  }

  private EntryId entryWith(SummaryOf summary) {
    EntryId id = indexed.newEntryId();
    indexed.append(id, 0, events(id, 1, 2), summary.of(id, 2));
    return id;
  }

  @Test
  void entries_due_for_review_are_found_by_date_earliest_first() {
    EntryId late = entryWith((id, v) -> open(id, v, 20, 20));
    EntryId early = entryWith((id, v) -> open(id, v, 3, 1));
    EntryId sameDayAsEarly = entryWith((id, v) -> open(id, v, 3, 3));
    EntryId noReview =
        entryWith(
            (id, v) ->
                new EntrySummary(
                    id, v, EntryStatus.REFERRED, Optional.empty(), Optional.of(MAY_1)));

    assertThat(indexed.dueForReviewBy(MAY_1.plusDays(3)))
        .extracting(EntrySummary::entryId)
        .containsExactly(early, sameDayAsEarly);
    assertThat(indexed.dueForReviewBy(MAY_1.plusDays(20)))
        .extracting(EntrySummary::entryId)
        .containsExactly(early, sameDayAsEarly, late);
    assertThat(indexed.dueForReviewBy(MAY_1.plusDays(2))).isEmpty();
    assertThat(indexed.withWorkDueBy(MAY_1.plusDays(1))).containsExactly(early, noReview);
  }

  @Test
  void a_summary_comes_back_as_it_was_written() {
    EntryId id = entryWith((e, v) -> open(e, v, 7, 2));
    assertThat(indexed.dueForReviewBy(MAY_1.plusDays(7))).containsExactly(open(id, 2, 7, 2));
  }

  @Test
  void the_latest_summary_replaces_the_earlier_one() {
    EntryId id = entryWith((e, v) -> open(e, v, 3, 3));
    indexed.append(
        id,
        2,
        events(id, 3, 1),
        new EntrySummary(id, 3, EntryStatus.CLOSED, Optional.empty(), Optional.empty()));

    assertThat(indexed.dueForReviewBy(MAY_1.plusDays(365))).isEmpty();
    assertThat(indexed.withWorkDueBy(MAY_1.plusDays(365))).isEmpty();
    assertThat(indexed.load(id)).hasSize(3);
  }

  @Test
  void an_append_without_a_summary_takes_the_entry_out_of_the_worklist_indexes() {
    EntryId id = entryWith((e, v) -> open(e, v, 3, 3));
    indexed.append(id, 2, events(id, 3, 1));

    assertThat(indexed.dueForReviewBy(MAY_1.plusDays(365))).isEmpty();
    assertThat(indexed.withWorkDueBy(MAY_1.plusDays(365))).isEmpty();
    assertThat(indexed.load(id)).hasSize(3);
  }

  @Test
  void a_stale_append_with_a_summary_changes_neither_events_nor_summary() {
    EntryId id = entryWith((e, v) -> open(e, v, 3, 3));

    assertThatThrownBy(() -> indexed.append(id, 1, events(id, 2, 2), open(id, 3, 90, 90)))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining("version");
    assertThat(indexed.load(id)).hasSize(2);
    assertThat(indexed.dueForReviewBy(MAY_1.plusDays(3))).containsExactly(open(id, 2, 3, 3));
  }

  @Test
  void a_summary_of_another_version_or_entry_is_refused_and_nothing_is_written() {
    EntryId id = indexed.newEntryId();
    EntryId other = indexed.newEntryId();

    assertThatThrownBy(() -> indexed.append(id, 0, events(id, 1, 2), open(id, 1, 3, 3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> indexed.append(id, 0, events(id, 1, 2), open(other, 2, 3, 3)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(indexed.load(id)).isEmpty();
    assertThat(indexed.entryIds()).isEmpty();
    assertThat(indexed.dueForReviewBy(MAY_1.plusDays(3))).isEmpty();
  }

  @Test
  void a_new_entry_with_a_summary_cannot_be_created_twice() {
    EntryId id = entryWith((e, v) -> open(e, v, 3, 3));

    assertThatThrownBy(() -> indexed.append(id, 0, events(id, 1, 2), open(id, 2, 9, 9)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(indexed.dueForReviewBy(MAY_1.plusDays(3))).containsExactly(open(id, 2, 3, 3));
  }

  @Test
  void a_batch_writes_new_and_existing_entries_with_their_latest_summaries() {
    EntryId existing = entryWith((e, v) -> open(e, v, 30, 30));
    EntryId fresh = indexed.newEntryId();

    indexed.appendAll(
        List.of(
            Append.of(fresh, 0, events(fresh, 1, 2), open(fresh, 2, 40, 40)),
            Append.of(existing, 2, events(existing, 3, 1), open(existing, 3, 5, 5)),
            Append.of(fresh, 2, events(fresh, 3, 1), open(fresh, 3, 6, 6))));

    assertThat(indexed.load(fresh)).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L);
    assertThat(indexed.load(existing)).hasSize(3);
    assertThat(indexed.dueForReviewBy(MAY_1.plusDays(10)))
        .containsExactly(open(existing, 3, 5, 5), open(fresh, 3, 6, 6));
  }

  @Test
  void a_large_batch_keeps_each_entrys_own_events_and_summary() {
    // Large enough for a store to split the work (the JDBC store encodes in parallel from 64).
    List<EntryId> ids = new java.util.ArrayList<>();
    List<Append> batch = new java.util.ArrayList<>();
    for (int day = 0; day < 300; day++) {
      EntryId id = indexed.newEntryId();
      ids.add(id);
      batch.add(
          Append.of(
              id,
              0,
              List.of(
                  new RecordedEvent(
                      id,
                      1,
                      "coordinator-1",
                      AT,
                      "test",
                      new RegisterEvent.DsrReviewHeld(MAY_1.plusDays(day)))),
              open(id, 1, day, day)));
    }

    indexed.appendAll(batch);

    for (int day = 0; day < 300; day++) {
      assertThat(indexed.load(ids.get(day)))
          .extracting(RecordedEvent::change)
          .containsExactly(new RegisterEvent.DsrReviewHeld(MAY_1.plusDays(day)));
    }
    assertThat(indexed.dueForReviewBy(MAY_1.plusDays(299)))
        .extracting(EntrySummary::entryId)
        .containsExactlyElementsOf(ids);
  }

  @Test
  void a_batch_with_one_stale_append_writes_nothing_at_all() {
    EntryId existing = entryWith((e, v) -> open(e, v, 30, 30));
    EntryId fresh = indexed.newEntryId();

    assertThatThrownBy(
            () ->
                indexed.appendAll(
                    List.of(
                        Append.of(fresh, 0, events(fresh, 1, 2), open(fresh, 2, 4, 4)),
                        Append.of(existing, 1, events(existing, 2, 1), open(existing, 2, 5, 5)))))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(indexed.load(fresh)).isEmpty();
    assertThat(indexed.load(existing)).hasSize(2);
    assertThat(indexed.dueForReviewBy(MAY_1.plusDays(40)))
        .containsExactly(open(existing, 2, 30, 30));
  }

  @Test
  void a_batch_that_creates_an_existing_entry_again_writes_nothing_at_all() {
    EntryId existing = entryWith((e, v) -> open(e, v, 30, 30));
    EntryId fresh = indexed.newEntryId();

    assertThatThrownBy(
            () ->
                indexed.appendAll(
                    List.of(
                        Append.of(fresh, 0, events(fresh, 1, 1), open(fresh, 1, 4, 4)),
                        Append.of(existing, 0, events(existing, 1, 1), open(existing, 1, 5, 5)))))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(indexed.load(fresh)).isEmpty();
    assertThat(indexed.entryIds()).containsExactly(existing);
  }

  // ------------------------------------------------ one open entry per person (H-18)

  private static final NhsNumber PERSON = NhsNumber.parse("9434765919");

  /** An entry opened by a referral of a person, with the summary the register would write. */
  private static Append referral(EntryId id, NhsNumber nhs, EntryStatus status) {
    return Append.of(
        id,
        0,
        List.of(new RecordedEvent(id, 1, "coordinator-1", AT, "test", referred(id, nhs))),
        new EntrySummary(id, 1, status, Optional.empty(), Optional.empty()));
  }

  private static void assertRefusedAsAlreadyOpen(Throwable thrown, Optional<EntryId> open) {
    assertThat(thrown).isExactlyInstanceOf(ValidationException.class);
    assertThat(((ValidationException) thrown).violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("nhsNumber");
              assertThat(v.rule()).startsWith("already has an open entry on the register");
              open.ifPresent(id -> assertThat(v.rule()).contains(id.value()));
            });
    assertThat(thrown.getMessage()).doesNotContain(PERSON.value());
  }

  @Test
  void a_second_open_entry_for_a_person_is_refused_naming_the_open_one_and_nothing_is_written() {
    EntryId first = indexed.newEntryId();
    indexed.appendAll(List.of(referral(first, PERSON, EntryStatus.REFERRED)));
    EntryId second = indexed.newEntryId();
    Append again = referral(second, PERSON, EntryStatus.ACTIVE);

    Throwable thrown =
        catchThrowable(
            () -> indexed.append(second, 0, again.events(), again.after().orElseThrow()));

    assertRefusedAsAlreadyOpen(thrown, Optional.of(first));
    assertThat(indexed.load(second)).isEmpty();
    assertThat(indexed.entryIdsFor(PERSON)).containsExactly(first);
  }

  @Test
  void a_batch_with_a_second_open_entry_for_a_person_writes_nothing_at_all() {
    EntryId first = indexed.newEntryId();
    indexed.appendAll(List.of(referral(first, PERSON, EntryStatus.ACTIVE)));
    EntryId someoneElse = indexed.newEntryId();
    EntryId second = indexed.newEntryId();

    Throwable thrown =
        catchThrowable(
            () ->
                indexed.appendAll(
                    List.of(
                        referral(someoneElse, NhsNumber.parse("4010232137"), EntryStatus.REFERRED),
                        referral(second, PERSON, EntryStatus.REFERRED))));

    assertRefusedAsAlreadyOpen(thrown, Optional.of(first));
    assertThat(indexed.entryIds()).containsExactly(first);
  }

  @Test
  void ids_issued_in_a_block_are_new_each_and_never_issued_again() {
    EntryId before = indexed.newEntryId();

    List<EntryId> block = indexed.newEntryIds(5);
    EntryId after = indexed.newEntryId();

    assertThat(block).hasSize(5).doesNotHaveDuplicates().doesNotContain(before, after);
    assertThat(indexed.newEntryIds(3)).doesNotContainAnyElementsOf(block).doesNotContain(after);
    assertThatThrownBy(() -> indexed.newEntryIds(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyone_with_an_entry_open_or_closed_is_listed_in_ascending_order_when_the_store_can() {
    NhsNumber other = NhsNumber.parse("4010232137");
    indexed.appendAll(
        List.of(
            referral(indexed.newEntryId(), PERSON, EntryStatus.DECLINED),
            referral(indexed.newEntryId(), other, EntryStatus.ACTIVE),
            referral(indexed.newEntryId(), PERSON, EntryStatus.REFERRED)));

    assertThat(indexed.peopleWithEntries())
        .hasValueSatisfying(people -> assertThat(people).containsExactly(4010232137L, 9434765919L));
  }

  @Test
  void a_person_whose_entries_were_closed_or_declined_can_be_referred_again() {
    EntryId declined = indexed.newEntryId();
    indexed.appendAll(List.of(referral(declined, PERSON, EntryStatus.DECLINED)));
    EntryId closed = indexed.newEntryId();
    indexed.appendAll(List.of(referral(closed, PERSON, EntryStatus.ACTIVE)));
    indexed.append(
        closed,
        1,
        events(closed, 2, 1),
        new EntrySummary(closed, 2, EntryStatus.CLOSED, Optional.empty(), Optional.empty()));
    EntryId again = indexed.newEntryId();

    indexed.appendAll(List.of(referral(again, PERSON, EntryStatus.REFERRED)));

    assertThat(indexed.entryIdsFor(PERSON)).containsExactly(declined, closed, again);
  }

  @Test
  void two_simultaneous_referrals_of_one_person_leave_one_open_entry_and_refuse_the_other()
      throws Exception {
    DynamicSupportRegister register =
        DynamicSupportRegister.create(
            indexed,
            Clock.fixed(AT, ZoneOffset.UTC),
            WorkingDayCalendar.englandAndWales(),
            LocalPolicy.defaults());
    int rounds = 20;
    int writers = 4;
    ExecutorService threads = Executors.newFixedThreadPool(writers);
    try {
      for (int round = 0; round < rounds; round++) {
        PersonDetails person = person(round);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CommandResult>> attempts = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
          String actor = "coordinator-" + w;
          attempts.add(
              threads.submit(
                  () -> {
                    start.await();
                    return register.handle(
                        new Command.Refer(
                            actor,
                            person,
                            Referral.of(
                                ReferralSource.SELF, MAY_1, "self", ContactDetails.email("a@b.cd")),
                            List.of()));
                  }));
        }
        start.countDown();
        int accepted = 0;
        for (Future<CommandResult> attempt : attempts) {
          try {
            attempt.get(1, TimeUnit.MINUTES);
            accepted++;
          } catch (ExecutionException e) {
            assertRefusedAsAlreadyOpen(e.getCause(), Optional.empty());
          }
        }
        assertThat(accepted).as("referrals accepted in round %d", round).isEqualTo(1);
        assertThat(register.episodesOf(person.nhsNumber()))
            .as("entries of the person in round %d", round)
            .singleElement()
            .satisfies(entry -> assertThat(entry.status().isOpen()).isTrue());
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** A person with a valid NHS number of their own for each number given. */
  private static PersonDetails person(int n) {
    long nine = 600_000_000L + n * 11L;
    Optional<Integer> check = NhsNumber.checkDigitFor(String.valueOf(nine));
    while (check.isEmpty()) {
      nine++;
      check = NhsNumber.checkDigitFor(String.valueOf(nine));
    }
    return PersonDetails.of(
        PersonName.of("Test", "Person"),
        DateOfBirth.of(LocalDate.of(2000, 1, 1)),
        NhsNumber.parse(nine + "" + check.get()),
        Residence.of("1 Test Street", "Testshire"),
        Diagnosis.AUTISM);
  }
}
