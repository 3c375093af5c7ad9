package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.ConsentRequiredException;
import org.opendsr.core.DsrException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.cetr.KeyQuestion;
import org.opendsr.core.entry.ActionId;
import org.opendsr.core.entry.ActionStatus;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.schedule.TaskId;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.store.InMemoryRegisterStore;
import org.opendsr.rating.Rating;
import org.threeten.extra.MutableClock;

/**
 * Bad commands get a clear error that names the field and rule, carry no personal data, and change
 * nothing: the entry's events and the list of entries stay as they were.
 */
class BadCommandsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 11);
  private static final String COORDINATOR = Casework.COORDINATOR;

  private Casework desk;
  private PersonDetails sam;
  private EntryId id;

  @BeforeEach
  void samIsOnTheRegisterAndRatedRed() {
    desk = Casework.openOn(TODAY);
    sam = People.sam();
    id =
        desk.refer(
            sam, People.bySelf(TODAY), ConsentGiven.of(Purpose.inclusion(), TODAY, COORDINATOR));
    desk.rate(id, Ratings.rated(sam, TODAY, Rating.RED));
  }

  private <T extends DsrException> T rejectedWithoutChange(
      Class<T> type, ThrowingCallable command) {
    int events = desk.register.history(id).size();
    List<EntryId> entries = desk.store.entryIds();
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(command);
    assertThat(thrown).isInstanceOf(type);
    assertThat(desk.register.history(id)).hasSize(events);
    assertThat(desk.store.entryIds()).isEqualTo(entries);
    assertThat(thrown.getMessage())
        .doesNotContain("Sam", "Reid", "4857773457", "485 777 3457", "2005-11-01", "Station Road");
    return type.cast(thrown);
  }

  private static List<Violation> violations(ValidationException e) {
    return e.violations();
  }

  @Test
  void a_command_on_an_unknown_entry_is_not_found() {
    NotFoundException e =
        rejectedWithoutChange(
            NotFoundException.class,
            () ->
                desk.register.handle(
                    new Command.RecordFirstContact(COORDINATOR, EntryId.of("E-999999"), 1, TODAY)));
    assertThat(e).hasMessageContaining("E-999999");
    assertThatThrownBy(() -> desk.register.entry(EntryId.of("E-999999")))
        .isInstanceOf(NotFoundException.class);
    assertThat(desk.register.find(EntryId.of("E-999999"))).isEmpty();
  }

  @Test
  void a_stale_version_is_a_conflict_and_the_later_writer_loses_nothing_that_was_written() {
    long read = desk.version(id);
    desk.register.handle(new Command.RecordFirstContact(COORDINATOR, id, read, TODAY));

    ConcurrentUpdateException e =
        rejectedWithoutChange(
            ConcurrentUpdateException.class,
            () ->
                desk.register.handle(
                    new Command.RecordRating(
                        "clinician-7", id, read, Ratings.rated(sam, TODAY, Rating.AMBER))));
    assertThat(e).hasMessageContaining("version");
    assertThat(desk.entry(id).firstContactOn()).contains(TODAY);
    assertThat(desk.entry(id).currentRating()).contains(Rating.RED);
  }

  @Test
  void a_cetr_without_consent_for_that_review_cannot_be_held() {
    String review = desk.entry(id).openTasks(TaskKind.CETR).get(0).id().value();
    desk.record(id, ConsentGiven.of(Purpose.sharingWith("AWP"), TODAY, COORDINATOR));

    ConsentRequiredException e =
        rejectedWithoutChange(
            ConsentRequiredException.class,
            () -> desk.holdCetr(id, review, TODAY, Casework.fullPanel()));
    assertThat(e).hasMessageContaining(review);
  }

  @Test
  void a_date_in_the_future_names_the_field() {
    ValidationException e =
        rejectedWithoutChange(ValidationException.class, () -> desk.review(id, TODAY.plusDays(1)));
    assertThat(violations(e)).containsExactly(Violation.of("on", "must not be in the future"));
  }

  @Test
  void a_date_before_the_referral_names_the_field() {
    ValidationException e =
        rejectedWithoutChange(
            ValidationException.class, () -> desk.contact(id, TODAY.minusDays(3)));
    assertThat(violations(e)).extracting(Violation::field).containsExactly("on");
  }

  @Test
  void blue_is_refused_for_a_person_in_the_community_and_required_for_an_inpatient() {
    ValidationException notInpatient =
        rejectedWithoutChange(ValidationException.class, () -> desk.rate(id, blueFor(sam)));
    assertThat(violations(notInpatient)).extracting(Violation::field).containsExactly("rating");

    desk.admit(id, TODAY, "RJ1", false);
    ValidationException inpatient =
        rejectedWithoutChange(
            ValidationException.class, () -> desk.rate(id, Ratings.rated(sam, TODAY, Rating.RED)));
    assertThat(inpatient.violations().get(0).rule()).contains("Blue takes precedence");
  }

  private static org.opendsr.rating.RecordedRating blueFor(PersonDetails person) {
    var context = new org.opendsr.rating.PersonContext(person.dateOfBirth().value(), true, false);
    return org.opendsr.rating.RecordedRating.asSuggested(
        org.opendsr.rating.Instruments.nationalDefinitions()
            .decide(org.opendsr.rating.Assessment.of(context, TODAY, Map.of())));
  }

  @Test
  void a_rating_older_than_the_latest_one_is_refused() {
    ValidationException e =
        rejectedWithoutChange(
            ValidationException.class,
            () -> desk.rate(id, Ratings.rated(sam, TODAY.minusDays(1), Rating.AMBER)));
    assertThat(violations(e)).extracting(Violation::field).contains("rating.assessmentDate");
    ValidationException admission =
        rejectedWithoutChange(
            ValidationException.class, () -> desk.admit(id, TODAY.minusDays(1), "RJ1", false));
    assertThat(violations(admission))
        .extracting(Violation::rule)
        .contains("must not be before the latest recorded rating");
  }

  @Test
  void a_second_open_entry_for_the_same_person_is_refused_without_showing_the_nhs_number() {
    ValidationException e =
        rejectedWithoutChange(
            ValidationException.class, () -> desk.refer(sam, People.bySelf(TODAY)));
    assertThat(violations(e)).extracting(Violation::field).containsExactly("nhsNumber");
  }

  @Test
  void a_referral_reports_every_problem_at_once() {
    PersonDetails jo = People.jo();
    ValidationException e =
        rejectedWithoutChange(
            ValidationException.class,
            () ->
                desk.refer(
                    jo,
                    People.bySelf(TODAY.plusDays(2)),
                    ConsentGiven.of(Purpose.inclusion(), TODAY.plusDays(5), COORDINATOR),
                    ConsentGiven.of(Purpose.inclusion(), LocalDate.of(1980, 1, 1), COORDINATOR)));
    assertThat(violations(e))
        .extracting(Violation::field)
        .containsExactly("referral.date", "consentRecords[0].date", "consentRecords[1].date");
    assertThat(desk.register.episodesOf(jo.nhsNumber())).isEmpty();
  }

  @Test
  void withdrawal_is_not_a_reason_to_close_by_hand() {
    ValidationException e =
        rejectedWithoutChange(
            ValidationException.class,
            () ->
                desk.register.handle(
                    new Command.CloseEntry(
                        COORDINATOR, id, desk.version(id), TODAY, CloseReason.CONSENT_WITHDRAWN)));
    assertThat(violations(e)).extracting(Violation::field).containsExactly("reason");
  }

  @Test
  void nothing_more_is_recorded_on_a_closed_entry() {
    Entry closed =
        desk.register
            .handle(
                new Command.CloseEntry(
                    COORDINATOR, id, desk.version(id), TODAY, CloseReason.MOVED_OUT_OF_AREA))
            .entry();
    assertThat(closed.openTasks()).isEmpty();
    ValidationException e =
        rejectedWithoutChange(ValidationException.class, () -> desk.contact(id, TODAY));
    assertThat(violations(e)).extracting(Violation::field).containsExactly("entry.status");
    rejectedWithoutChange(
        ValidationException.class, () -> desk.rate(id, Ratings.rated(sam, TODAY, Rating.GREEN)));
  }

  @Test
  void unknown_tasks_actions_and_reviews_are_not_found() {
    rejectedWithoutChange(
        NotFoundException.class, () -> desk.complete(id, TaskId.of("E-000001-T99"), TODAY));
    rejectedWithoutChange(
        NotFoundException.class,
        () -> desk.holdCetr(id, "E-000001-T99", TODAY, Casework.fullPanel()));
    rejectedWithoutChange(
        NotFoundException.class,
        () ->
            desk.register.handle(
                new Command.UpdateActionStatus(
                    COORDINATOR,
                    id,
                    desk.version(id),
                    ActionId.of("E-000001-A9"),
                    ActionStatus.DONE,
                    TODAY)));
  }

  @Test
  void a_cetr_is_held_or_refused_through_its_own_commands_not_by_completing_the_task() {
    TaskId review = desk.entry(id).openTasks(TaskKind.CETR).get(0).id();
    ValidationException e =
        rejectedWithoutChange(ValidationException.class, () -> desk.complete(id, review, TODAY));
    assertThat(violations(e)).extracting(Violation::field).containsExactly("taskId");
    rejectedWithoutChange(
        ValidationException.class,
        () ->
            desk.register.handle(
                new Command.RecordCetrRefused(
                    COORDINATOR, id, desk.version(id), review.value(), TODAY)));
    rejectedWithoutChange(
        ValidationException.class,
        () ->
            desk.register.handle(
                new Command.PlanCetr(COORDINATOR, id, desk.version(id), TODAY.plusDays(7))));
  }

  @Test
  void a_ctr_for_a_20_year_old_without_an_ehc_plan_needs_a_finding_for_the_four_questions_asked() {
    String review = desk.entry(id).openTasks(TaskKind.CETR).get(0).id().value();
    desk.record(id, ConsentGiven.of(Purpose.cetr(review), TODAY, COORDINATOR));
    ValidationException e =
        rejectedWithoutChange(
            ValidationException.class,
            () ->
                desk.register.handle(
                    new Command.HoldCetr(
                        "chair-1",
                        id,
                        desk.version(id),
                        review,
                        TODAY,
                        Casework.fullPanel(),
                        Map.of(KeyQuestion.IS_SAFE, "yes", KeyQuestion.GOOD_CARE, " "),
                        List.of())));
    assertThat(violations(e))
        .extracting(Violation::field)
        .containsExactlyInAnyOrder(
            "findings.GOOD_CARE", "findings.FUTURE_PLANS", "findings.COMMUNITY_CARE_POSSIBLE");
  }

  @Test
  void admission_discharge_and_moves_must_follow_the_person() {
    rejectedWithoutChange(ValidationException.class, () -> desk.discharge(id, TODAY));
    rejectedWithoutChange(
        ValidationException.class,
        () ->
            desk.register.handle(
                new Command.RecordHospitalMove(
                    COORDINATOR, id, desk.version(id), TODAY, HospitalCode.of("RX2"), false)));
    ValidationException badCode =
        rejectedWithoutChange(
            ValidationException.class, () -> desk.admit(id, TODAY, "not a code!", false));
    assertThat(violations(badCode)).extracting(Violation::field).containsExactly("hospitalId");
    desk.admit(id, TODAY, "RJ1", false);
    rejectedWithoutChange(ValidationException.class, () -> desk.admit(id, TODAY, "RJ2", false));
  }

  @Test
  void a_professional_must_belong_to_the_agency_given_and_appear_once() {
    Agency awp = new Agency("AWP", "Avon and Wiltshire Partnership", Agency.Kind.HEALTH);
    Professional nurse =
        new Professional(
            "nurse-5",
            PersonName.of("Ana", "Lopes"),
            "community nurse",
            "AWP",
            ContactDetails.email("ana@example.nhs.uk"));
    Entry entry =
        desk.register
            .handle(new Command.AddProfessional(COORDINATOR, id, desk.version(id), awp, nurse))
            .entry();
    assertThat(entry.agencies()).containsExactly(awp);
    assertThat(entry.professionals()).containsExactly(nurse);

    ValidationException e =
        rejectedWithoutChange(
            ValidationException.class,
            () ->
                desk.register.handle(
                    new Command.AddProfessional(
                        COORDINATOR,
                        id,
                        desk.version(id),
                        new Agency("WILTS", "Wiltshire Council", Agency.Kind.SOCIAL_CARE),
                        nurse)));
    assertThat(violations(e))
        .extracting(Violation::field)
        .containsExactly("professional.agencyId", "professional.id");
    assertThat(e.getMessage()).doesNotContain("Ana", "Lopes");
  }

  @Test
  void the_access_gate_can_refuse_a_command_before_anything_is_written() {
    InMemoryRegisterStore store = new InMemoryRegisterStore();
    Supplier<DynamicSupportRegister> locked =
        () ->
            DynamicSupportRegister.create(
                store,
                MutableClock.of(Casework.nineOClock(TODAY), ZoneOffset.UTC),
                WorkingDayCalendar.englandAndWales(),
                LocalPolicy.defaults(),
                (command, entry) -> {
                  throw new AccessDeniedException("actor " + command.actor() + " may not refer");
                });
    assertThatThrownBy(
            () ->
                locked
                    .get()
                    .handle(new Command.Refer("visitor-1", sam, People.bySelf(TODAY), List.of())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(store.entryIds()).isEmpty();
  }

  @Test
  void a_command_without_an_actor_or_with_no_version_is_rejected_when_built() {
    assertThatThrownBy(() -> new Command.RecordFirstContact(" ", id, 1, TODAY))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("actor"));
    assertThatThrownBy(() -> new Command.RecordFirstContact(COORDINATOR, id, 0, TODAY))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("expectedVersion");
  }

  @Test
  void actions_move_through_their_statuses_but_not_to_the_same_one() {
    Entry entry =
        desk.register
            .handle(
                new Command.AddAction(
                    COORDINATOR,
                    id,
                    desk.version(id),
                    PlannedAction.of("Crisis plan", "nurse-5", "AWP", TODAY.plusDays(3))))
            .entry();
    ActionId action = entry.actions().get(0).id();
    entry =
        desk.register
            .handle(
                new Command.UpdateActionStatus(
                    COORDINATOR, id, desk.version(id), action, ActionStatus.IN_PROGRESS, TODAY))
            .entry();
    assertThat(entry.action(action).orElseThrow().status()).isEqualTo(ActionStatus.IN_PROGRESS);
    rejectedWithoutChange(
        ValidationException.class,
        () ->
            desk.register.handle(
                new Command.UpdateActionStatus(
                    COORDINATOR, id, desk.version(id), action, ActionStatus.IN_PROGRESS, TODAY)));
    entry =
        desk.register
            .handle(
                new Command.UpdateCaseSummary(
                    COORDINATOR,
                    id,
                    desk.version(id),
                    new CaseSummary(
                        "Not sleeping",
                        "Family may not cope",
                        "Respite",
                        "Positive behaviour support")))
            .entry();
    assertThat(entry.summary().toString()).doesNotContain("sleeping");
  }
}
