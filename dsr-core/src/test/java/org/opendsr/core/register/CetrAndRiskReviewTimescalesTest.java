package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentRefused;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.ParentalConsent.ChildsView;
import org.opendsr.consent.Purpose;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.policy.CetrTimescales;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.core.worklist.WorkCategory;
import org.opendsr.core.worklist.WorklistItem;
import org.opendsr.rating.Rating;

/**
 * The C(E)TR and risk-review timescales of NHS England DSR and C(E)TR policy (2023) and of local
 * practice, as a coordinator meets them on the register.
 */
class CetrAndRiskReviewTimescalesTest {

  private static final String COORDINATOR = Casework.COORDINATOR;

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static Task onlyOpen(Entry entry, TaskKind kind) {
    assertThat(entry.openTasks(kind)).as("open %s tasks", kind).hasSize(1);
    return entry.openTasks(kind).get(0);
  }

  private static Entry refuse(Casework desk, EntryId id, Task cetr, LocalDate on) {
    desk.record(id, ConsentRefused.of(Purpose.cetr(cetr.id().value()), on, COORDINATOR));
    return desk.register
        .handle(
            new Command.RecordCetrRefused(COORDINATOR, id, desk.version(id), cetr.id().value(), on))
        .entry();
  }

  // ------------------------------------------------------------ H-03: the inpatient cycle

  @Test
  void a_refused_post_admission_ctr_still_schedules_the_next_repeat_review() {
    Casework desk = Casework.openOn(date(2026, 5, 11));
    PersonDetails sam = People.sam(); // 20: an adult
    EntryId id =
        desk.refer(
            sam,
            People.bySelf(date(2026, 5, 11)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 5, 11), COORDINATOR));
    Task postAdmission = onlyOpen(desk.admit(id, date(2026, 5, 11), "RJ1", false), TaskKind.CETR);
    assertThat(postAdmission.due()).isEqualTo(date(2026, 6, 8));

    // 25 May. Sam is asked about his post-admission CTR two weeks ahead and says no.
    desk.today(date(2026, 5, 25));
    Entry entry = refuse(desk, id, postAdmission, date(2026, 5, 25));

    assertThat(entry.task(postAdmission.id()).flatMap(Task::outcome)).contains(TaskOutcome.REFUSED);
    Task next = onlyOpen(entry, TaskKind.CETR);
    assertThat(next.detail()).isEqualTo("repeat review while an inpatient");
    assertThat(next.opened()).isEqualTo(date(2026, 5, 25));
    assertThat(next.due())
        .as("6 months (adult, non-secure) from the date the refused review was due")
        .isEqualTo(date(2026, 12, 8));
    assertThat(
            desk.register
                .consent(id, Purpose.cetr(next.id().value()), date(2026, 5, 25))
                .isPermitted())
        .as("consent is asked again for the next review; the refusal does not carry over")
        .isFalse();
  }

  @Test
  void a_refused_repeat_ctr_in_a_secure_hospital_schedules_the_next_one_twelve_months_on() {
    Casework desk = Casework.openOn(date(2026, 5, 11));
    PersonDetails david = People.david(); // 52
    EntryId id =
        desk.refer(
            david,
            People.byFamily(date(2026, 5, 11)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 5, 11), COORDINATOR));
    Task postAdmission =
        onlyOpen(desk.admit(id, date(2026, 5, 11), "RX4-SECURE", true), TaskKind.CETR);
    desk.record(
        id,
        ConsentGiven.of(Purpose.cetr(postAdmission.id().value()), date(2026, 5, 11), COORDINATOR));
    Task repeat =
        onlyOpen(
            desk.holdCetr(id, postAdmission.id().value(), date(2026, 5, 11), Casework.fullPanel()),
            TaskKind.CETR);
    assertThat(repeat.due()).isEqualTo(date(2027, 5, 11));

    // A refusal recorded a month after the review was due: the cycle keeps its rhythm.
    desk.today(date(2027, 6, 14));
    Entry entry = refuse(desk, id, repeat, date(2027, 6, 14));

    assertThat(onlyOpen(entry, TaskKind.CETR).due()).isEqualTo(date(2028, 5, 11));
  }

  @Test
  void a_refused_community_cetr_opens_no_inpatient_repeat() {
    Casework desk = Casework.openOn(date(2026, 5, 11));
    PersonDetails sam = People.sam();
    EntryId id =
        desk.refer(
            sam,
            People.bySelf(date(2026, 5, 11)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 5, 11), COORDINATOR));
    Task community =
        onlyOpen(desk.rate(id, Ratings.rated(sam, date(2026, 5, 11), Rating.RED)), TaskKind.CETR);

    Entry entry = refuse(desk, id, community, date(2026, 5, 11));

    assertThat(entry.openTasks(TaskKind.CETR)).isEmpty();
  }

  // ------------------------------------------------------------ H-03: community C(E)TR after Red

  @Test
  void a_childs_community_cetr_after_red_is_due_within_one_week() {
    Casework desk = Casework.openOn(date(2026, 3, 2));
    PersonDetails maya = People.maya(); // 14
    EntryId id =
        desk.refer(
            maya,
            People.bySchoolNurse(date(2026, 3, 2)),
            ParentalConsent.withChildsView(
                Purpose.inclusion(), date(2026, 3, 2), "mother-1", ChildsView.AGREES, COORDINATOR));

    Entry entry = desk.rate(id, Ratings.rated(maya, date(2026, 3, 2), Rating.RED));

    Task cetr = onlyOpen(entry, TaskKind.CETR);
    assertThat(cetr.detail()).isEqualTo("community C(E)TR for a Red rating");
    assertThat(cetr.due()).isEqualTo(date(2026, 3, 9));
  }

  @Test
  void the_childrens_timescale_applies_until_the_18th_birthday() {
    PersonDetails sam = People.sam(); // born 1 November 2005: 18 on 1 November 2023
    LocalDate eve = date(2023, 10, 31);
    Casework desk = Casework.openOn(eve);
    EntryId id =
        desk.refer(sam, People.bySelf(eve), ConsentGiven.of(Purpose.inclusion(), eve, COORDINATOR));
    assertThat(onlyOpen(desk.rate(id, Ratings.rated(sam, eve, Rating.RED)), TaskKind.CETR).due())
        .as("17 on the day of the rating")
        .isEqualTo(date(2023, 11, 7));

    LocalDate birthday = date(2023, 11, 1);
    Casework later = Casework.openOn(birthday);
    EntryId adult =
        later.refer(
            sam,
            People.bySelf(birthday),
            ConsentGiven.of(Purpose.inclusion(), birthday, COORDINATOR));
    assertThat(
            onlyOpen(later.rate(adult, Ratings.rated(sam, birthday, Rating.RED)), TaskKind.CETR)
                .due())
        .as("18 on the day of the rating")
        .isEqualTo(date(2023, 11, 15));
  }

  @Test
  void an_adults_community_ctr_after_red_is_due_within_two_weeks() {
    // The children's timescale is its own setting: shortening it leaves adults alone.
    LocalPolicy policy =
        LocalPolicy.defaults()
            .withCetrTimescales(
                CetrTimescales.national().withCommunityCetrForRedChild(Period.ofDays(3)));
    Casework desk = Casework.openOn(date(2026, 5, 11), policy);
    PersonDetails priya = People.priya(); // 26
    EntryId id =
        desk.refer(
            priya,
            People.bySelf(date(2026, 5, 11)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 5, 11), COORDINATOR));

    Entry entry = desk.rate(id, Ratings.rated(priya, date(2026, 5, 11), Rating.RED));

    assertThat(onlyOpen(entry, TaskKind.CETR).due()).isEqualTo(date(2026, 5, 25));
  }

  @Test
  void each_community_cetr_timescale_is_set_on_its_own() {
    CetrTimescales national = CetrTimescales.national();
    assertThat(national.communityCetrAfterRed(17)).isEqualTo(Period.ofWeeks(1));
    assertThat(national.communityCetrAfterRed(18)).isEqualTo(Period.ofWeeks(2));

    CetrTimescales local =
        national
            .withCommunityCetrForRed(Period.ofDays(10))
            .withCommunityCetrForRedChild(Period.ofDays(5));
    assertThat(local.communityCetrAfterRed(17)).isEqualTo(Period.ofDays(5));
    assertThat(local.communityCetrAfterRed(18)).isEqualTo(Period.ofDays(10));
    assertThat(local.postAdmissionAdult()).isEqualTo(national.postAdmissionAdult());
  }

  // ------------------------------------------------------------ the first risk review

  @Test
  void the_first_risk_review_is_due_four_weeks_from_referral() {
    Casework desk = Casework.openOn(date(2026, 3, 2));
    PersonDetails jo = People.jo();
    // 2 March: referred by her sister; consent is not yet recorded.
    EntryId id = desk.refer(jo, People.byFamily(date(2026, 3, 2)));

    // 16 March: Jo consents and the entry is accepted.
    desk.today(date(2026, 3, 16));
    Entry entry = desk.record(id, ConsentGiven.of(Purpose.inclusion(), date(2026, 3, 16), "jo"));

    Task review = onlyOpen(entry, TaskKind.FIRST_RISK_REVIEW);
    assertThat(review.opened()).isEqualTo(date(2026, 3, 16));
    assertThat(review.due()).isEqualTo(date(2026, 3, 30));
    assertThat(review.detail()).isEqualTo("within 28 days of referral");
  }

  @Test
  void an_entry_accepted_more_than_four_weeks_after_referral_shows_its_first_risk_review_overdue() {
    Casework desk = Casework.openOn(date(2026, 3, 2));
    PersonDetails jo = People.jo();
    EntryId id = desk.refer(jo, People.byFamily(date(2026, 3, 2)));

    desk.today(date(2026, 4, 13));
    desk.record(id, ConsentGiven.of(Purpose.inclusion(), date(2026, 4, 13), "jo"));

    assertThat(desk.register.worklist(date(2026, 4, 13), 0).overdue())
        .filteredOn(i -> i.category() == WorkCategory.REVIEW)
        .extracting(WorklistItem::due)
        .containsExactly(date(2026, 3, 30));
  }

  @Test
  void recording_the_first_rating_closes_the_first_risk_review() {
    Casework desk = Casework.openOn(date(2026, 3, 2));
    PersonDetails david = People.david();
    EntryId id =
        desk.refer(
            david,
            People.byFamily(date(2026, 3, 2)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 3, 2), COORDINATOR));
    Task review = onlyOpen(desk.entry(id), TaskKind.FIRST_RISK_REVIEW);

    desk.today(date(2026, 3, 10));
    Entry entry = desk.rate(id, Ratings.rated(david, date(2026, 3, 10), Rating.GREEN));

    assertThat(entry.openTasks(TaskKind.FIRST_RISK_REVIEW)).isEmpty();
    assertThat(entry.task(review.id()))
        .hasValueSatisfying(
            t -> {
              assertThat(t.closedOn()).contains(date(2026, 3, 10));
              assertThat(t.outcome()).contains(TaskOutcome.DONE);
            });
    assertThat(desk.register.worklist(date(2027, 1, 1), 0).overdue())
        .extracting(WorklistItem::description)
        .noneMatch(d -> d.contains("first risk review"));
  }

  @Test
  void an_admission_before_any_rating_supersedes_the_first_risk_review() {
    Casework desk = Casework.openOn(date(2026, 3, 2));
    PersonDetails david = People.david();
    EntryId id =
        desk.refer(
            david,
            People.byFamily(date(2026, 3, 2)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 3, 2), COORDINATOR));
    Task review = onlyOpen(desk.entry(id), TaskKind.FIRST_RISK_REVIEW);

    desk.today(date(2026, 3, 5));
    Entry entry = desk.admit(id, date(2026, 3, 5), "RJ1", false);

    assertThat(entry.task(review.id()).flatMap(Task::outcome)).contains(TaskOutcome.SUPERSEDED);
    assertThat(onlyOpen(entry, TaskKind.CETR).detail()).isEqualTo("post-admission review");
  }
}
