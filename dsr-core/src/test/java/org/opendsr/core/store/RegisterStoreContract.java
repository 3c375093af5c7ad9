package org.opendsr.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;

/**
 * The contract every {@link RegisterStore} keeps. dsr-core runs it against {@link
 * InMemoryRegisterStore}; a database adapter extends it with its own store.
 */
public abstract class RegisterStoreContract {

  private static final Instant AT = Instant.parse("2026-05-11T09:00:00Z");
  private static final NhsNumber NHS = NhsNumber.parse("9434765919");

  private RegisterStore store;

  /**
   * A new, empty store.
   *
   * @return the store under test
   */
  protected abstract RegisterStore newStore();

  @BeforeEach
  void emptyStore() {
    store = newStore();
  }

  private static RecordedEvent event(EntryId id, long version, RegisterEvent change) {
    return new RecordedEvent(id, version, "coordinator-1", AT, "test", change);
  }

  /**
   * A referral of a test person, opening an entry.
   *
   * @param id the new entry
   * @param nhs the person's NHS number
   * @return the event
   */
  protected static RegisterEvent referred(EntryId id, NhsNumber nhs) {
    return new RegisterEvent.Referred(
        id,
        1,
        PersonDetails.of(
            PersonName.of("Test", "Person"),
            DateOfBirth.of(LocalDate.of(2000, 1, 1)),
            nhs,
            Residence.of("1 Test Street", "Testshire"),
            Diagnosis.AUTISM),
        Referral.of(
            ReferralSource.SELF,
            LocalDate.of(2026, 5, 11),
            "self",
            ContactDetails.email("a@b.cd")));
  }

  private static RegisterEvent contact() {
    return new RegisterEvent.FirstContactMade(LocalDate.of(2026, 5, 12));
  }

  @Test
  void new_entry_ids_are_never_reused() {
    EntryId first = store.newEntryId();
    EntryId second = store.newEntryId();
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void events_come_back_in_the_order_they_were_appended() {
    EntryId id = store.newEntryId();
    RecordedEvent one = event(id, 1, referred(id, NHS));
    RecordedEvent two = event(id, 2, contact());
    store.append(id, 0, List.of(one));
    store.append(id, 1, List.of(two));

    assertThat(store.load(id)).containsExactly(one, two);
    assertThat(store.entryIds()).containsExactly(id);
    assertThat(store.entryIdsFor(NHS)).containsExactly(id);
  }

  @Test
  void an_unknown_entry_has_no_events() {
    assertThat(store.load(EntryId.of("E-404"))).isEmpty();
    assertThat(store.entryIdsFor(NhsNumber.parse("4010232137"))).isEmpty();
  }

  @Test
  void a_stale_expected_version_writes_nothing() {
    EntryId id = store.newEntryId();
    store.append(id, 0, List.of(event(id, 1, referred(id, NHS))));

    assertThatThrownBy(() -> store.append(id, 0, List.of(event(id, 1, contact()))))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining("version");
    assertThat(store.load(id)).hasSize(1);
  }

  @Test
  void a_batch_that_is_misnumbered_writes_nothing() {
    EntryId id = store.newEntryId();
    assertThatThrownBy(
            () ->
                store.append(
                    id, 0, List.of(event(id, 1, referred(id, NHS)), event(id, 3, contact()))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.load(id)).isEmpty();
    assertThat(store.entryIds()).isEmpty();
    assertThatThrownBy(() -> store.append(id, 0, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_person_with_two_episodes_is_found_under_both() {
    EntryId first = store.newEntryId();
    EntryId second = store.newEntryId();
    store.append(first, 0, List.of(event(first, 1, referred(first, NHS))));
    store.append(second, 0, List.of(event(second, 1, referred(second, NHS))));

    assertThat(store.entryIdsFor(NHS)).containsExactly(first, second);
  }

  @Test
  void a_person_carried_over_from_a_legacy_register_is_found_by_their_nhs_number() {
    EntryId carried = store.newEntryId();
    EntryId referredLater = store.newEntryId();
    RegisterEvent.Referred referral = (RegisterEvent.Referred) referred(carried, NHS);
    RegisterEvent carriedOver =
        new RegisterEvent.CarriedOver(
            carried,
            1,
            referral.person(),
            referral.referral(),
            List.of(),
            Optional.empty(),
            Optional.empty(),
            CaseSummary.empty(),
            List.of());
    store.append(carried, 0, List.of(event(carried, 1, carriedOver)));
    store.append(referredLater, 0, List.of(event(referredLater, 1, referred(referredLater, NHS))));

    assertThat(store.load(carried)).extracting(RecordedEvent::change).containsExactly(carriedOver);
    assertThat(store.entryIdsFor(NHS)).containsExactly(carried, referredLater);
  }
}
