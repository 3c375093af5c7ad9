package org.opendsr.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DuePage;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.schedule.TaskKind;

/**
 * The register answers worklists from an indexed store exactly as it does by replaying every entry
 * of a plain store.
 */
class RegisterOnAnIndexedStoreTest {

  private static final LocalDate MAY_11 = LocalDate.of(2026, 5, 11);

  /** A store without the index: the register has to replay every entry. */
  private static RegisterStore plain(RegisterStore inner) {
    return new RegisterStore() {
      @Override
      public EntryId newEntryId() {
        return inner.newEntryId();
      }

      @Override
      public void append(EntryId entryId, long expectedVersion, List<RecordedEvent> events) {
        inner.append(entryId, expectedVersion, events);
      }

      @Override
      public List<RecordedEvent> load(EntryId entryId) {
        return inner.load(entryId);
      }

      @Override
      public List<EntryId> entryIds() {
        return inner.entryIds();
      }

      @Override
      public List<EntryId> entryIdsFor(NhsNumber nhsNumber) {
        return inner.entryIdsFor(nhsNumber);
      }
    };
  }

  private static DynamicSupportRegister on(RegisterStore store, LocalDate today) {
    Clock clock = Clock.fixed(today.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    return DynamicSupportRegister.create(
        store, clock, WorkingDayCalendar.englandAndWales(), LocalPolicy.defaults());
  }

  private static PersonDetails person(String nhs) {
    return PersonDetails.of(
        PersonName.of("Test", "Person"),
        DateOfBirth.of(LocalDate.of(2001, 2, 3)),
        NhsNumber.parse(nhs),
        Residence.of("1 Test Street", "Testshire"),
        Diagnosis.AUTISM);
  }

  /** Three people referred on different days; the second is accepted, then closed. */
  private static void casework(RegisterStore store) {
    String[] numbers = {"9434765919", "4010232137", "9990000018"};
    for (int i = 0; i < numbers.length; i++) {
      LocalDate day = MAY_11.plusDays(7L * i);
      on(store, day)
          .handle(
              new Command.Refer(
                  "coordinator-1",
                  person(numbers[i]),
                  Referral.of(ReferralSource.SELF, day, "self", ContactDetails.email("a@b.cd")),
                  i == 2
                      ? List.of()
                      : List.of(ConsentGiven.of(Purpose.inclusion(), day, "coordinator-1"))));
    }
    DynamicSupportRegister later = on(store, MAY_11.plusDays(20));
    EntryId second = store.entryIds().get(1);
    later.handle(
        new Command.CloseEntry(
            "coordinator-1",
            second,
            later.entry(second).version(),
            MAY_11.plusDays(20),
            CloseReason.MOVED_OUT_OF_AREA));
  }

  @Test
  void a_store_offers_its_worklist_index_only_when_it_keeps_one() {
    InMemoryRegisterStore indexed = new InMemoryRegisterStore();

    assertThat(indexed.indexed()).containsSame(indexed);
    assertThat(plain(indexed).indexed()).isEmpty();
  }

  @Test
  void the_worklist_from_the_index_is_the_worklist_from_replaying_every_entry() {
    InMemoryRegisterStore indexed = new InMemoryRegisterStore();
    RegisterStore plain = plain(new InMemoryRegisterStore());
    casework(indexed);
    casework(plain);

    for (int days = 0; days < 120; days += 3) {
      LocalDate asOf = MAY_11.plusDays(days);
      assertThat(on(indexed, asOf).worklist(asOf, 14))
          .isEqualTo(on(plain, asOf).worklist(asOf, 14));
      assertThat(on(indexed, asOf).dueForReviewBy(asOf))
          .isEqualTo(on(plain, asOf).dueForReviewBy(asOf));
    }
  }

  @Test
  void a_store_offers_paging_only_when_it_pages() {
    InMemoryRegisterStore paging = new InMemoryRegisterStore();

    assertThat(paging.paged()).containsSame(paging);
    assertThat(plain(paging).paged()).isEmpty();
  }

  @Test
  void the_pages_from_the_store_are_the_pages_from_replaying_every_entry() {
    InMemoryRegisterStore paging = new InMemoryRegisterStore();
    RegisterStore plain = plain(new InMemoryRegisterStore());
    casework(paging);
    casework(plain);
    LocalDate asOf = MAY_11.plusDays(90);

    for (WorkDue column : WorkDue.values()) {
      List<EntrySummary> whole =
          on(paging, asOf).dueBy(column, asOf, java.util.Optional.empty(), 100);
      assertThat(whole).as("%s", column).isNotEmpty();
      for (RegisterStore store : List.of(paging, plain)) {
        DynamicSupportRegister register = on(store, asOf);
        List<EntrySummary> pageByPage = new java.util.ArrayList<>();
        java.util.Optional<DueCursor> after = java.util.Optional.empty();
        List<EntrySummary> page;
        while (!(page = register.dueBy(column, asOf, after, 1)).isEmpty()) {
          pageByPage.addAll(page);
          after = java.util.Optional.of(DueCursor.after(column, page.get(0)));
        }
        assertThat(pageByPage).as("%s", column).isEqualTo(whole);
      }
    }
    assertThat(on(paging, asOf).dueBy(WorkDue.ANY, asOf, java.util.Optional.empty(), 100))
        .as("more than one page of one")
        .hasSizeGreaterThan(1);
  }

  @Test
  void a_page_skips_entries_the_narrowing_refuses_and_reads_on_until_it_is_full() {
    InMemoryRegisterStore store = new InMemoryRegisterStore();
    casework(store);
    LocalDate asOf = MAY_11.plusDays(90);
    DynamicSupportRegister register = on(store, asOf);
    AccessControlledRegister users =
        AccessControlledRegister.of(
            register,
            new org.opendsr.core.audit.InMemoryAuditTrail(),
            Clock.fixed(asOf.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
            id -> java.util.Set.of());
    Actor coordinator = Actor.professional("coordinator-1", Role.DSR_COORDINATOR, "ICB");
    EntryId first = store.entryIds().get(0);
    EntryId third = store.entryIds().get(2);

    DuePage page =
        users.worklistPage(
            coordinator,
            AccessPurpose.REGISTER_ADMINISTRATION,
            WorkDue.ANY,
            asOf,
            java.util.Optional.empty(),
            1,
            e -> !e.id().equals(first));
    DuePage both =
        users.worklistPage(
            coordinator,
            AccessPurpose.REGISTER_ADMINISTRATION,
            WorkDue.ANY,
            asOf,
            java.util.Optional.empty(),
            1,
            e -> true);

    assertThat(page.entries()).extracting(e -> e.id()).containsExactly(third);
    assertThat(page.next()).isEmpty();
    assertThat(both.entries()).extracting(e -> e.id()).containsExactly(first);
    assertThat(both.next()).map(DueCursor::entryId).contains(first);
    assertThat(
            users
                .worklistPage(
                    coordinator,
                    AccessPurpose.REGISTER_ADMINISTRATION,
                    WorkDue.ANY,
                    asOf,
                    both.next(),
                    1,
                    e -> true)
                .entries())
        .extracting(e -> e.id())
        .containsExactly(third);
  }

  @Test
  void the_due_review_worklist_lists_open_entries_whose_first_risk_review_is_due() {
    InMemoryRegisterStore store = new InMemoryRegisterStore();
    casework(store);
    DynamicSupportRegister register = on(store, MAY_11.plusDays(60));
    EntryId first = store.entryIds().get(0);
    LocalDate due = register.entry(first).openTasks(TaskKind.FIRST_RISK_REVIEW).get(0).due();

    assertThat(register.dueForReviewBy(due))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.entryId()).isEqualTo(first);
              assertThat(s.nextReviewDue()).contains(due);
              assertThat(s.version()).isEqualTo(register.entry(first).version());
            });
    assertThat(register.dueForReviewBy(due.minusDays(1))).isEmpty();
  }
}
