package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.ConsentRefused;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.Purpose;
import org.opendsr.core.ValidationException;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.schedule.DueDates;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.core.worklist.WorkCategory;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingChange;
import org.opendsr.rating.RecordedRating;

/**
 * Carrying people over from a legacy register: one fact per person, an entry that reads like one
 * built by referral, consent and rating, and no first-contact work for people already known.
 */
class CarryOverTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // a Monday
  private static final Instant TODAY_AT_NINE = TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
  private static final LocalDate JOINED_LEGACY = LocalDate.of(2024, 6, 3);
  private static final LocalDate LAST_REVIEW = LocalDate.of(2026, 11, 9);
  private static final CaseSummary NOTES =
      new CaseSummary("From the legacy register. Key workers: community LD nurse.", "", "", "");

  private final Casework desk = Casework.openOn(TODAY);
  private final DueDates due =
      DueDates.of(WorkingDayCalendar.englandAndWales(), LocalPolicy.defaults());

  private static ConsentRecord consentGiven(LocalDate on) {
    return ConsentGiven.of(Purpose.inclusion(), on, Casework.COORDINATOR);
  }

  private static Command.CarryOver carryOver(
      PersonDetails person, Optional<RecordedRating> rating, ConsentRecord... consents) {
    return new Command.CarryOver(
        Casework.COORDINATOR,
        person,
        People.bySchoolNurse(JOINED_LEGACY),
        List.of(consents),
        rating,
        NOTES);
  }

  private static Optional<RecordedRating> legacyRating(PersonDetails person, Rating rating) {
    return Optional.of(Ratings.rated(person, LAST_REVIEW, rating));
  }

  private Entry carry(Command.CarryOver command) {
    return desk.register.handle(command).entry();
  }

  @Test
  void a_person_carried_over_with_consent_and_a_red_rating_is_active_rated_red_with_a_cetr_due() {
    PersonDetails sam = People.sam();
    Entry entry = carry(carryOver(sam, legacyRating(sam, Rating.RED), consentGiven(LAST_REVIEW)));

    assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(entry.currentRating()).contains(Rating.RED);
    assertThat(entry.ratings().get(0).on()).isEqualTo(LAST_REVIEW);
    assertThat(entry.summary()).isEqualTo(NOTES);
    assertThat(entry.referral().date()).isEqualTo(JOINED_LEGACY);
    assertThat(entry.openTasks(TaskKind.CETR))
        .extracting(Task::due)
        .containsExactly(
            due.communityCetr(LAST_REVIEW, People.sam().dateOfBirth().ageOn(LAST_REVIEW)));
    assertThat(entry.openTasks(TaskKind.DSR_REVIEW))
        .extracting(Task::due)
        .containsExactly(due.nextReview(LAST_REVIEW, Rating.RED));
    assertThat(entry.openTasks(TaskKind.CONSENT_RECHECK)).hasSize(1);
  }

  @Test
  void a_person_already_known_to_services_gets_no_first_contact_or_first_risk_review_task() {
    PersonDetails sam = People.sam();
    Entry entry = carry(carryOver(sam, legacyRating(sam, Rating.GREEN), consentGiven(LAST_REVIEW)));

    assertThat(entry.openTasks(TaskKind.FIRST_CONTACT)).isEmpty();
    assertThat(entry.openTasks(TaskKind.FIRST_RISK_REVIEW)).isEmpty();
    assertThat(desk.register.worklist(TODAY, 0).in(WorkCategory.FIRST_CONTACT)).isEmpty();
  }

  @Test
  void the_whole_carry_over_is_one_event_in_the_history() {
    PersonDetails sam = People.sam();
    Entry entry = carry(carryOver(sam, legacyRating(sam, Rating.AMBER), consentGiven(LAST_REVIEW)));

    List<RecordedEvent> history = desk.register.history(entry.id());
    assertThat(history).hasSize(1);
    assertThat(history.get(0).change()).isInstanceOf(RegisterEvent.CarriedOver.class);
    assertThat(history.get(0).why()).isEqualTo("carried over from a legacy register");
    assertThat(entry.version()).isEqualTo(1);
  }

  @Test
  void a_carried_over_entry_reads_like_the_same_facts_recorded_one_by_one() {
    PersonDetails sam = People.sam();
    Entry carried = carry(carryOver(sam, legacyRating(sam, Rating.RED), consentGiven(LAST_REVIEW)));
    RegisterEvent.CarriedOver event =
        (RegisterEvent.CarriedOver) desk.register.history(carried.id()).get(0).change();
    List<RecordedEvent> oneByOne = new ArrayList<>();
    for (RegisterEvent fact : event.facts()) {
      oneByOne.add(
          new RecordedEvent(
              carried.id(), oneByOne.size() + 1L, Casework.COORDINATOR, TODAY_AT_NINE, "", fact));
    }
    Entry replayed = EntryProjection.replay(oneByOne);

    assertThat(event.facts()).hasSizeGreaterThan(5);
    assertThat(replayed.status()).isEqualTo(carried.status());
    assertThat(replayed.person()).isEqualTo(carried.person());
    assertThat(replayed.consentRecords()).isEqualTo(carried.consentRecords());
    assertThat(replayed.ratings()).isEqualTo(carried.ratings());
    assertThat(replayed.tasks()).isEqualTo(carried.tasks());
    assertThat(replayed.summary()).isEqualTo(carried.summary());
    assertThat(replayed.acceptedOn()).isEqualTo(carried.acceptedOn());
  }

  @Test
  void without_a_basis_the_person_waits_for_one_with_first_contact_due_from_today() {
    Entry entry = carry(carryOver(People.sam(), Optional.empty()));

    assertThat(entry.status()).isEqualTo(EntryStatus.REFERRED);
    assertThat(entry.openTasks(TaskKind.FIRST_CONTACT))
        .extracting(Task::due)
        .containsExactly(due.firstContact(TODAY));
    assertThat(desk.register.worklist(TODAY, 0).overdue()).isEmpty();
  }

  @Test
  void
      a_childs_first_contact_task_says_the_childs_view_must_be_recorded_with_the_parents_consent() {
    Entry entry =
        carry(
            carryOver(
                People.maya(),
                Optional.empty(),
                ParentalConsent.withoutChildsView(
                    Purpose.inclusion(), LAST_REVIEW, "parent-1", Casework.COORDINATOR)));

    assertThat(entry.status()).isEqualTo(EntryStatus.REFERRED);
    assertThat(entry.openTasks(TaskKind.FIRST_CONTACT))
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.detail())
                    .isEqualTo(
                        "to seek a basis for inclusion (child's view not recorded): the child's"
                            + " view must be recorded with the parental consent, 5 working days"
                            + " from carrying over"));
  }

  @Test
  void a_first_contact_task_after_carrying_over_names_what_the_basis_lacks() {
    Entry entry = carry(carryOver(People.sam(), Optional.empty()));

    assertThat(entry.openTasks(TaskKind.FIRST_CONTACT))
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.detail())
                    .isEqualTo(
                        "to seek a basis for inclusion (no consent recorded for inclusion on the"
                            + " register), 5 working days from carrying over"));
  }

  @Test
  void accepted_without_a_rating_a_first_risk_review_is_due_from_carrying_over() {
    Entry entry = carry(carryOver(People.sam(), Optional.empty(), consentGiven(LAST_REVIEW)));

    assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(entry.ratings()).isEmpty();
    assertThat(entry.openTasks(TaskKind.FIRST_RISK_REVIEW))
        .extracting(Task::due)
        .containsExactly(due.firstRiskReview(TODAY));
  }

  @Test
  void a_rating_is_refused_without_a_basis_for_inclusion_and_nothing_is_written() {
    PersonDetails sam = People.sam();
    Command.CarryOver command = carryOver(sam, legacyRating(sam, Rating.RED));

    assertThatThrownBy(() -> desk.register.handle(command))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).violations())
                    .anySatisfy(v -> assertThat(v.field()).isEqualTo("rating")));
    assertThat(desk.store.entryIds()).isEmpty();
  }

  @Test
  void a_person_the_register_would_decline_is_refused_naming_the_diagnosis() {
    LocalPolicy strict = LocalPolicy.defaults().withSuspectedAutismAllowed(false);
    Casework strictDesk = Casework.openOn(TODAY, strict);
    Command.CarryOver command =
        carryOver(People.lee(), Optional.empty(), consentGiven(LAST_REVIEW));

    assertThatThrownBy(() -> strictDesk.register.handle(command))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).violations())
                    .anySatisfy(v -> assertThat(v.field()).isEqualTo("person.diagnosis")));
    assertThat(strictDesk.store.entryIds()).isEmpty();
  }

  @Test
  void a_refusal_carried_over_is_refused_rather_than_copied() {
    ConsentRecord refused = ConsentRefused.of(Purpose.inclusion(), JOINED_LEGACY, "coordinator-1");

    assertThatThrownBy(() -> carry(carryOver(People.sam(), Optional.empty(), refused)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("consentRecords");
  }

  @Test
  void blue_and_future_ratings_are_refused() {
    PersonDetails sam = People.sam();
    Optional<RecordedRating> blue = Optional.of(Ratings.inHospital(sam, LAST_REVIEW));
    Command.CarryOver fromTomorrow =
        new Command.CarryOver(
            Casework.COORDINATOR,
            sam,
            People.bySchoolNurse(JOINED_LEGACY),
            List.of(consentGiven(LAST_REVIEW)),
            Optional.of(Ratings.rated(sam, TODAY.plusDays(1), Rating.RED)),
            NOTES);

    assertThatThrownBy(() -> carry(carryOver(sam, blue, consentGiven(LAST_REVIEW))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Blue");
    assertThatThrownBy(() -> carry(fromTomorrow))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("rating.assessmentDate");
    assertThat(desk.store.entryIds()).isEmpty();
  }

  @Test
  void a_person_with_an_open_entry_is_not_carried_over_twice() {
    PersonDetails sam = People.sam();
    EntryId first =
        carry(carryOver(sam, legacyRating(sam, Rating.GREEN), consentGiven(LAST_REVIEW))).id();

    assertThat(desk.register.episodesOf(sam.nhsNumber())).extracting(Entry::id).contains(first);
    assertThatThrownBy(() -> carry(carryOver(sam, Optional.empty(), consentGiven(LAST_REVIEW))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(first.value());
    assertThatThrownBy(() -> desk.refer(sam, People.bySchoolNurse(TODAY), consentGiven(TODAY)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(first.value());
  }

  @Test
  void a_carried_over_event_holds_no_rating_without_acceptance_and_no_closed_task() {
    PersonDetails sam = People.sam();
    EntryId id = EntryId.of("E-000001");
    RegisterEvent.RatingRecorded rating =
        new RegisterEvent.RatingRecorded(
            LAST_REVIEW, Ratings.rated(sam, LAST_REVIEW, Rating.GREEN), RatingChange.UNCHANGED);
    Task done =
        Task.open(id + "-T1", TaskKind.DSR_REVIEW, TODAY, TODAY.plusDays(7), "review")
            .close(TODAY, TaskOutcome.DONE);

    assertThatThrownBy(
            () ->
                new RegisterEvent.CarriedOver(
                    id,
                    1,
                    sam,
                    People.bySchoolNurse(JOINED_LEGACY),
                    List.of(),
                    Optional.empty(),
                    Optional.of(rating),
                    CaseSummary.empty(),
                    List.of()))
        .hasMessageContaining("accepted entry");
    assertThatThrownBy(
            () ->
                new RegisterEvent.CarriedOver(
                    id,
                    1,
                    sam,
                    People.bySchoolNurse(JOINED_LEGACY),
                    List.of(),
                    Optional.empty(),
                    Optional.empty(),
                    CaseSummary.empty(),
                    List.of(done)))
        .hasMessageContaining("must be open");
  }
}
