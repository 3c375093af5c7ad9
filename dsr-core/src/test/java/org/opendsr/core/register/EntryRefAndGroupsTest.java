package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.entry.ActionId;
import org.opendsr.core.entry.ActionStatus;
import org.opendsr.core.entry.CareTeam;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryRef;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.entry.Lifecycle;
import org.opendsr.core.entry.WorkPlan;
import org.opendsr.core.person.Agency;
import org.opendsr.core.schedule.TaskId;
import org.opendsr.rating.Rating;

/**
 * Entry commands name the entry and the version read as one {@link EntryRef}, and may still be
 * built from the id and version, and from ids given as text; an entry's grouped parts change one
 * group at a time.
 */
class EntryRefAndGroupsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 11);
  private static final String COORDINATOR = Casework.COORDINATOR;

  private Casework desk;
  private EntryId id;

  @BeforeEach
  void samIsOnTheRegisterAndRatedAmber() {
    desk = Casework.openOn(TODAY);
    id =
        desk.refer(
            People.sam(),
            People.bySelf(TODAY),
            ConsentGiven.of(Purpose.inclusion(), TODAY, COORDINATOR));
    desk.rate(id, Ratings.rated(People.sam(), TODAY, Rating.AMBER));
  }

  @Test
  void a_command_carries_the_entry_and_the_version_read_as_one_reference() {
    Command.RecordFirstContact contact = new Command.RecordFirstContact(COORDINATOR, id, 4, TODAY);

    assertThat(contact.ref()).isEqualTo(EntryRef.of(id, 4));
    assertThat(contact.entryId()).isEqualTo(id);
    assertThat(contact.expectedVersion()).isEqualTo(4);
    assertThat(new Command.RecordFirstContact(COORDINATOR, EntryRef.of(id, 4), TODAY))
        .isEqualTo(contact);
  }

  @Test
  void a_command_given_ids_and_codes_as_text_is_the_command_given_them_typed() {
    assertThat(new Command.CompleteTask(COORDINATOR, id, 3, "E-000001-T2", TODAY))
        .isEqualTo(new Command.CompleteTask(COORDINATOR, id, 3, TaskId.of("E-000001-T2"), TODAY));
    assertThat(
            new Command.UpdateActionStatus(
                COORDINATOR, id, 3, "E-000001-A1", ActionStatus.DONE, TODAY))
        .isEqualTo(
            new Command.UpdateActionStatus(
                COORDINATOR, id, 3, ActionId.of("E-000001-A1"), ActionStatus.DONE, TODAY));
    assertThat(new Command.RecordAdmission(COORDINATOR, id, 3, TODAY, "RX1RA", true))
        .isEqualTo(
            new Command.RecordAdmission(COORDINATOR, id, 3, TODAY, HospitalCode.of("RX1RA"), true));
    assertThat(new Command.RecordHospitalMove(COORDINATOR, id, 3, TODAY, "RX2", false).hospitalId())
        .isEqualTo(HospitalCode.of("RX2"));
    assertThatThrownBy(() -> new Command.RecordAdmission(COORDINATOR, id, 3, TODAY, "R X", true))
        .hasMessageContaining("hospitalId");
  }

  @Test
  void a_command_for_a_version_the_entry_has_left_is_refused_and_writes_nothing() {
    long read = desk.version(id);
    desk.contact(id, TODAY);
    long now = desk.version(id);
    int events = desk.register.history(id).size();

    assertThatThrownBy(
            () ->
                desk.register.handle(
                    new Command.RecordDsrReview(COORDINATOR, EntryRef.of(id, read), TODAY)))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining("is at version " + now)
        .hasMessageContaining("not the expected version " + read);
    assertThat(desk.register.history(id)).hasSize(events);
    assertThat(now).isGreaterThan(read);
    assertThat(EntryRef.to(desk.entry(id))).isEqualTo(EntryRef.of(id, now));
  }

  @Test
  void changing_one_group_of_an_entry_keeps_every_other_part() {
    Entry entry = desk.entry(id);
    Agency school = new Agency("SCH-1", "Hill School", Agency.Kind.EDUCATION);

    Entry changed = entry.withCareTeam(entry.careTeam().withAgencies(List.of(school)));

    assertThat(changed.agencies()).containsExactly(school);
    assertThat(changed.professionals()).isEqualTo(entry.professionals());
    assertThat(changed).usingRecursiveComparison().ignoringFields("careTeam").isEqualTo(entry);
    assertThat(entry.withCareTeam(entry.careTeam())).isEqualTo(entry);
  }

  @Test
  void the_flat_accessors_read_through_the_groups() {
    Entry entry = desk.entry(id);
    Entry closedWithoutWork =
        entry
            .withLifecycle(entry.lifecycle().withStatus(EntryStatus.CLOSED))
            .withWorkPlan(WorkPlan.none())
            .withCareTeam(CareTeam.none().withKnownToKeyworkerService(true));

    assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(entry.tasks()).isNotEmpty().isEqualTo(entry.workPlan().tasks());
    assertThat(entry.ratings()).isEqualTo(entry.ratingHistory().ratings());
    assertThat(closedWithoutWork.status()).isEqualTo(EntryStatus.CLOSED);
    assertThat(closedWithoutWork.tasks()).isEmpty();
    assertThat(closedWithoutWork.openTasks()).isEmpty();
    assertThat(closedWithoutWork.knownToKeyworkerService()).isTrue();
    assertThat(closedWithoutWork.acceptedOn()).isEqualTo(entry.acceptedOn());
    assertThat(Lifecycle.referred().status()).isEqualTo(EntryStatus.REFERRED);
  }
}
