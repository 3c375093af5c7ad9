package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.Basis;
import org.opendsr.consent.BestInterestsDecision;
import org.opendsr.consent.BestInterestsDecision.ConsultedParty;
import org.opendsr.consent.CapacityAssessment;
import org.opendsr.consent.ConsentDecision;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentRefused;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.ParentalConsent.ChildsView;
import org.opendsr.consent.Purpose;
import org.opendsr.consent.Withdrawal;
import org.opendsr.core.ConsentRequiredException;
import org.opendsr.core.cetr.CetrKind;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.cetr.CetrRefusal;
import org.opendsr.core.cetr.Panel;
import org.opendsr.core.cetr.PanelRole;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.entry.RatingRecord;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskId;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.core.worklist.WorkCategory;
import org.opendsr.core.worklist.WorklistItem;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingChange;

/** Journeys through the register, written as a coordinator's case notes. */
class CaseNotesTest {

  private static final String COORDINATOR = Casework.COORDINATOR;

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static Task onlyOpen(Entry entry, TaskKind kind) {
    assertThat(entry.openTasks(kind)).as("open %s tasks", kind).hasSize(1);
    return entry.openTasks(kind).get(0);
  }

  @Test
  void maya_14_referred_by_her_school_nurse_goes_from_amber_to_red_to_cetr_admission_and_home() {
    Casework desk = Casework.openOn(date(2026, 3, 2)); // a Monday
    PersonDetails maya = People.maya();

    // 2 March. The school nurse refers Maya. Her mother consents; Maya is asked and agrees.
    EntryId id =
        desk.refer(
            maya,
            People.bySchoolNurse(date(2026, 3, 2)),
            ParentalConsent.withChildsView(
                Purpose.inclusion(), date(2026, 3, 2), "mother-1", ChildsView.AGREES, COORDINATOR));
    Entry entry = desk.entry(id);
    assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(entry.consentRecords())
        .singleElement()
        .isInstanceOfSatisfying(
            ParentalConsent.class, p -> assertThat(p.childsView()).contains(ChildsView.AGREES));
    assertThat(desk.register.consent(id, Purpose.inclusion(), date(2026, 3, 2)))
        .isInstanceOfSatisfying(
            ConsentDecision.Permitted.class,
            p -> assertThat(p.basis()).isEqualTo(Basis.PARENTAL_RESPONSIBILITY));
    assertThat(onlyOpen(entry, TaskKind.FIRST_CONTACT).due()).isEqualTo(date(2026, 3, 9));
    assertThat(onlyOpen(entry, TaskKind.FIRST_RISK_REVIEW).due()).isEqualTo(date(2026, 3, 30));

    // 4 March. The coordinator phones Maya's mother.
    desk.today(date(2026, 3, 4));
    entry = desk.contact(id, date(2026, 3, 4));
    assertThat(entry.firstContactOn()).contains(date(2026, 3, 4));
    assertThat(entry.openTasks(TaskKind.FIRST_CONTACT)).isEmpty();

    // 10 March. Rated Amber: a multi-agency meeting or C(E)TR, and a keyworker referral at 14.
    desk.today(date(2026, 3, 10));
    entry = desk.rate(id, Ratings.rated(maya, date(2026, 3, 10), Rating.AMBER));
    assertThat(entry.currentRating()).contains(Rating.AMBER);
    assertThat(onlyOpen(entry, TaskKind.MULTI_AGENCY_MEETING_OR_CETR).due())
        .isEqualTo(date(2026, 4, 7));
    Task keyworker = onlyOpen(entry, TaskKind.KEYWORKER_REFERRAL);
    assertThat(onlyOpen(entry, TaskKind.DSR_REVIEW).due()).isEqualTo(date(2026, 4, 7));

    // 20 March. Things at home break down: rated Red, so a C(E)TR must take place.
    desk.today(date(2026, 3, 20));
    entry = desk.rate(id, Ratings.rated(maya, date(2026, 3, 20), Rating.RED));
    assertThat(entry.ratings())
        .extracting(RatingRecord::change)
        .last()
        .isEqualTo(RatingChange.ESCALATED);
    Task communityCetr = onlyOpen(entry, TaskKind.CETR);
    assertThat(communityCetr.due()).as("children: within a week").isEqualTo(date(2026, 3, 27));
    assertThat(onlyOpen(entry, TaskKind.DSR_REVIEW).due()).isEqualTo(date(2026, 4, 3));
    assertThat(desk.register.escalatedSince(date(2026, 3, 15)))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.entryId()).isEqualTo(id);
              assertThat(e.from()).isEqualTo(Rating.AMBER);
              assertThat(e.to()).isEqualTo(Rating.RED);
            });
    entry = desk.complete(id, keyworker.id(), date(2026, 3, 20));
    assertThat(entry.knownToKeyworkerService()).isTrue();

    // 27 March. Consent is asked again for the CETR itself; it is held within the week, with a
    // full panel.
    desk.today(date(2026, 3, 27));
    desk.record(
        id,
        ParentalConsent.withChildsView(
            Purpose.cetr(communityCetr.id().value()),
            date(2026, 3, 27),
            "mother-1",
            ChildsView.AGREES,
            COORDINATOR));
    entry =
        desk.holdCetr(
            id,
            communityCetr.id().value(),
            date(2026, 3, 27),
            Casework.fullPanel(),
            PlannedAction.of("Intensive support at home", "nurse-5", "AWP", date(2026, 4, 10)));
    CetrRecord held = entry.cetrs().get(0);
    assertThat(held.kind()).isEqualTo(CetrKind.CETR);
    assertThat(held.educationElement()).isTrue();
    assertThat(held.isPanelIncomplete()).isFalse();
    assertThat(entry.actions())
        .singleElement()
        .satisfies(a -> assertThat(a.plan().agencyId()).isEqualTo("AWP"));
    assertThat(entry.task(communityCetr.id()).flatMap(Task::outcome)).contains(TaskOutcome.DONE);
    assertThat(entry.openTasks(TaskKind.MULTI_AGENCY_MEETING_OR_CETR)).isEmpty();
    // Re-rating within 5 working days crosses Good Friday and Easter Monday 2026.
    assertThat(onlyOpen(entry, TaskKind.RERATE).due()).isEqualTo(date(2026, 4, 7));

    // 10 April. Admitted to an adolescent unit: Maya is Blue.
    desk.today(date(2026, 4, 10));
    entry = desk.admit(id, date(2026, 4, 10), "RJ1-ADOLESCENT", false);
    assertThat(entry.isInpatient()).isTrue();
    assertThat(entry.currentRating()).contains(Rating.BLUE);
    assertThat(entry.openTasks(TaskKind.RERATE)).isEmpty();
    assertThat(onlyOpen(entry, TaskKind.PLACE_LEAD_AWARENESS).due()).isEqualTo(date(2026, 5, 8));
    Task postAdmission = onlyOpen(entry, TaskKind.CETR);
    assertThat(postAdmission.due()).as("children: within 2 weeks").isEqualTo(date(2026, 4, 24));

    // 22 April. Post-admission CETR, consent asked again.
    desk.today(date(2026, 4, 22));
    desk.record(
        id,
        ParentalConsent.withChildsView(
            Purpose.cetr(postAdmission.id().value()),
            date(2026, 4, 22),
            "mother-1",
            ChildsView.AGREES,
            COORDINATOR));
    entry = desk.holdCetr(id, postAdmission.id().value(), date(2026, 4, 22), Casework.fullPanel());
    assertThat(onlyOpen(entry, TaskKind.CETR).due())
        .as("children: repeat every 3 months while an inpatient")
        .isEqualTo(date(2026, 7, 22));

    // 1 June. Home again: the repeat review is no longer due and a new rating is asked for.
    desk.today(date(2026, 6, 1));
    entry = desk.discharge(id, date(2026, 6, 1));
    assertThat(entry.isInpatient()).isFalse();
    assertThat(entry.openTasks(TaskKind.CETR)).isEmpty();
    assertThat(onlyOpen(entry, TaskKind.RERATE).due()).isEqualTo(date(2026, 6, 8));
    entry = desk.rate(id, Ratings.rated(maya, date(2026, 6, 1), Rating.AMBER));
    assertThat(entry.ratings())
        .extracting(RatingRecord::rating)
        .containsExactly(Rating.AMBER, Rating.RED, Rating.BLUE, Rating.AMBER);
    assertThat(entry.ratings())
        .extracting(RatingRecord::change)
        .last()
        .isEqualTo(RatingChange.DE_ESCALATED);
    assertThat(entry.stays())
        .singleElement()
        .satisfies(s -> assertThat(s.dischargedOn()).contains(date(2026, 6, 1)));
  }

  @Test
  void david_who_lacks_capacity_is_included_on_a_best_interests_decision() {
    Casework desk = Casework.openOn(date(2026, 5, 11));
    PersonDetails david = People.david();

    // His sister refers him; consent cannot be asked of David for this decision yet.
    EntryId id = desk.refer(david, People.byFamily(date(2026, 5, 11)));
    assertThat(desk.entry(id).status()).isEqualTo(EntryStatus.REFERRED);

    // The psychiatrist finds he cannot understand or weigh the information about the register.
    desk.record(
        id,
        CapacityAssessment.lacksCapacity(
            Purpose.inclusion(),
            date(2026, 5, 11),
            "psychiatrist-4",
            Set.of(
                CapacityAssessment.Inability.UNDERSTAND,
                CapacityAssessment.Inability.USE_OR_WEIGH)));
    assertThat(desk.entry(id).status()).isEqualTo(EntryStatus.REFERRED);

    // His social worker decides, after consulting his brother and an IMCA, that inclusion is in
    // his best interests.
    Entry entry =
        desk.record(
            id,
            BestInterestsDecision.inFavour(
                Purpose.inclusion(),
                date(2026, 5, 11),
                "social-worker-9",
                List.of(
                    new ConsultedParty(BestInterestsDecision.Role.FAMILY, "brother-1"),
                    new ConsultedParty(BestInterestsDecision.Role.ADVOCATE, "imca-2")),
                "Agencies need to plan together to keep his tenancy"));
    assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(entry.acceptedOn()).contains(date(2026, 5, 11));
    assertThat(desk.register.consent(id, Purpose.inclusion(), date(2026, 5, 11)))
        .isInstanceOfSatisfying(
            ConsentDecision.Permitted.class,
            p -> assertThat(p.basis()).isEqualTo(Basis.BEST_INTERESTS));
    assertThat(onlyOpen(entry, TaskKind.CONSENT_RECHECK).due())
        .isBeforeOrEqualTo(date(2027, 5, 11));
  }

  @Test
  void sam_at_20_rated_red_gets_a_keyworker_referral_and_priya_at_26_does_not() {
    Casework desk = Casework.openOn(date(2026, 5, 11));
    EntryId sam =
        desk.refer(
            People.sam(),
            People.bySelf(date(2026, 5, 11)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 5, 11), COORDINATOR));
    EntryId priya =
        desk.refer(
            People.priya(),
            People.bySelf(date(2026, 5, 11)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 5, 11), COORDINATOR));

    Entry samNow = desk.rate(sam, Ratings.rated(People.sam(), date(2026, 5, 11), Rating.RED));
    Entry priyaNow = desk.rate(priya, Ratings.rated(People.priya(), date(2026, 5, 11), Rating.RED));

    assertThat(samNow.openTasks(TaskKind.KEYWORKER_REFERRAL)).hasSize(1);
    assertThat(priyaNow.openTasks(TaskKind.KEYWORKER_REFERRAL)).isEmpty();
    assertThat(samNow.openTasks(TaskKind.CETR)).hasSize(1);
    assertThat(priyaNow.openTasks(TaskKind.CETR)).hasSize(1);
    assertThat(samNow.openTasks(TaskKind.DSR_REVIEW).get(0).due()).isEqualTo(date(2026, 5, 25));
  }

  @Test
  void jo_withdraws_consent_and_the_entry_closes_while_its_history_stays() {
    Casework desk = Casework.openOn(date(2026, 6, 1));
    PersonDetails jo = People.jo();
    EntryId id =
        desk.refer(
            jo,
            People.bySelf(date(2026, 6, 1)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 6, 1), COORDINATOR));
    desk.rate(id, Ratings.rated(jo, date(2026, 6, 1), Rating.GREEN));
    long eventsBefore = desk.register.history(id).size();

    // 1 July. Jo tells the coordinator she no longer wants to be on the register.
    desk.today(date(2026, 7, 1));
    Entry entry =
        desk.record(id, Withdrawal.of(Purpose.inclusion(), date(2026, 7, 1), "jo-1", COORDINATOR));

    assertThat(entry.status()).isEqualTo(EntryStatus.CLOSED);
    assertThat(entry.closure())
        .hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo(CloseReason.CONSENT_WITHDRAWN));
    assertThat(entry.ratings()).extracting(RatingRecord::rating).containsExactly(Rating.GREEN);
    assertThat(entry.openTasks()).isEmpty();
    assertThat(desk.register.history(id)).hasSizeGreaterThan((int) eventsBefore);
    assertThat(desk.register.statusOn(id, date(2026, 6, 15))).isEqualTo(EntryStatus.ACTIVE);
    assertThat(desk.register.statusOn(id, date(2026, 7, 1))).isEqualTo(EntryStatus.CLOSED);
    assertThat(desk.register.worklist(date(2026, 7, 1), 365).items()).isEmpty();

    // 1 September. Jo asks to come back: a new episode, the old one untouched.
    desk.today(date(2026, 9, 1));
    EntryId again =
        desk.refer(
            jo,
            People.bySelf(date(2026, 9, 1)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 9, 1), COORDINATOR));
    assertThat(again).isNotEqualTo(id);
    assertThat(desk.register.episodesOf(jo.nhsNumber()))
        .extracting(Entry::episode, Entry::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, EntryStatus.CLOSED),
            org.assertj.core.groups.Tuple.tuple(2, EntryStatus.ACTIVE));
  }

  @Test
  void a_referral_on_christmas_eve_2026_has_first_contact_due_on_5_january_2027() {
    Casework desk = Casework.openOn(date(2026, 12, 24));
    EntryId id = desk.refer(People.jo(), People.byFamily(date(2026, 12, 24)));

    assertThat(onlyOpen(desk.entry(id), TaskKind.FIRST_CONTACT).due()).isEqualTo(date(2027, 1, 5));
    assertThat(desk.register.worklist(date(2027, 1, 4), 1).in(WorkCategory.FIRST_CONTACT))
        .singleElement()
        .satisfies(i -> assertThat(i.overdue()).isFalse());
    assertThat(desk.register.worklist(date(2027, 1, 6), 0).overdue())
        .extracting(WorklistItem::category)
        .containsExactly(WorkCategory.FIRST_CONTACT);
  }

  @Test
  void a_refused_cetr_is_recorded_with_outcome_code_8_and_changes_nothing_else() {
    Casework desk = Casework.openOn(date(2026, 5, 11));
    PersonDetails sam = People.sam();
    EntryId id =
        desk.refer(
            sam,
            People.bySelf(date(2026, 5, 11)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 5, 11), COORDINATOR));
    Entry entry = desk.rate(id, Ratings.rated(sam, date(2026, 5, 11), Rating.RED));
    Task cetr = onlyOpen(entry, TaskKind.CETR);

    desk.today(date(2026, 5, 18));
    assertThatThrownBy(
            () -> desk.holdCetr(id, cetr.id().value(), date(2026, 5, 18), Casework.fullPanel()))
        .isInstanceOf(ConsentRequiredException.class)
        .hasMessageContaining(cetr.id().value());

    desk.record(
        id, ConsentRefused.of(Purpose.cetr(cetr.id().value()), date(2026, 5, 18), COORDINATOR));
    entry =
        desk.register
            .handle(
                new Command.RecordCetrRefused(
                    COORDINATOR, id, desk.version(id), cetr.id().value(), date(2026, 5, 18)))
            .entry();

    assertThat(entry.cetrRefusals())
        .singleElement()
        .extracting(CetrRefusal::assuringTransformationOutcomeCode)
        .isEqualTo(8);
    assertThat(entry.task(cetr.id()).flatMap(Task::outcome)).contains(TaskOutcome.REFUSED);
    assertThat(entry.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(entry.currentRating()).contains(Rating.RED);
    assertThat(desk.register.consent(id, Purpose.inclusion(), date(2026, 5, 18)).isPermitted())
        .isTrue();
  }

  @Test
  void a_ctr_for_an_adult_missing_its_expert_by_experience_is_flagged() {
    Casework desk = Casework.openOn(date(2026, 5, 11));
    PersonDetails priya = People.priya();
    EntryId id =
        desk.refer(
            priya,
            People.bySelf(date(2026, 5, 11)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 5, 11), COORDINATOR));
    Task cetr =
        onlyOpen(desk.rate(id, Ratings.rated(priya, date(2026, 5, 11), Rating.RED)), TaskKind.CETR);
    desk.record(
        id, ConsentGiven.of(Purpose.cetr(cetr.id().value()), date(2026, 5, 11), COORDINATOR));

    Entry entry =
        desk.holdCetr(
            id,
            cetr.id().value(),
            date(2026, 5, 11),
            new Panel(
                Map.of(
                    PanelRole.CHAIR,
                    "chair-1",
                    PanelRole.INDEPENDENT_CLINICAL_EXPERT,
                    "expert-2")));

    CetrRecord held = entry.cetrs().get(0);
    assertThat(held.kind()).isEqualTo(CetrKind.CTR);
    assertThat(held.educationElement()).as("26, no EHC plan").isFalse();
    assertThat(held.isPanelIncomplete()).isTrue();
    assertThat(held.missingPanelRoles()).containsExactly(PanelRole.EXPERT_BY_EXPERIENCE);
    assertThat(held.toString()).doesNotContain("Safe with current support");
  }

  @Test
  void
      a_person_awaiting_an_autism_assessment_is_declined_by_default_and_accepted_where_local_policy_allows() {
    Casework strict = Casework.openOn(date(2026, 5, 11));
    EntryId declined =
        strict.refer(
            People.lee(),
            People.bySelf(date(2026, 5, 11)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 5, 11), COORDINATOR));
    assertThat(strict.entry(declined).status()).isEqualTo(EntryStatus.DECLINED);
    assertThat(strict.entry(declined).declineReasons())
        .singleElement()
        .asString()
        .startsWith("diagnosis");
    assertThat(strict.entry(declined).openTasks()).isEmpty();

    Casework permissive =
        Casework.openOn(date(2026, 5, 11), LocalPolicy.defaults().withSuspectedAutismAllowed(true));
    EntryId accepted =
        permissive.refer(
            People.lee(),
            People.bySelf(date(2026, 5, 11)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 5, 11), COORDINATOR));
    assertThat(permissive.entry(accepted).status()).isEqualTo(EntryStatus.ACTIVE);
  }

  @Test
  void a_person_who_refuses_inclusion_at_referral_is_declined_and_care_is_unchanged() {
    Casework desk = Casework.openOn(date(2026, 5, 11));
    EntryId id =
        desk.refer(
            People.priya(),
            People.bySelf(date(2026, 5, 11)),
            ConsentRefused.of(Purpose.inclusion(), date(2026, 5, 11), COORDINATOR));
    assertThat(desk.entry(id).status()).isEqualTo(EntryStatus.DECLINED);
    assertThat(desk.entry(id).declineReasons()).isNotEmpty();
  }

  @Test
  void a_clinician_override_is_kept_with_its_reason_and_drives_the_linked_processes() {
    Casework desk = Casework.openOn(date(2026, 5, 11));
    PersonDetails priya = People.priya();
    EntryId id =
        desk.refer(
            priya,
            People.bySelf(date(2026, 5, 11)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 5, 11), COORDINATOR));

    Entry entry =
        desk.rate(
            id,
            Ratings.overridden(
                priya, date(2026, 5, 11), Rating.AMBER, Rating.RED, "placement notice served"));

    assertThat(entry.currentRating()).contains(Rating.RED);
    assertThat(entry.ratings().get(0).recorded().isOverridden()).isTrue();
    assertThat(entry.openTasks(TaskKind.CETR)).hasSize(1);
    assertThat(desk.register.history(id))
        .last()
        .satisfies(e -> assertThat(e.actor()).isEqualTo("clinician-7"));
  }

  @Test
  void an_adult_in_a_secure_hospital_is_reviewed_on_a_move_and_then_yearly() {
    Casework desk = Casework.openOn(date(2026, 5, 11));
    PersonDetails david = People.david();
    EntryId id =
        desk.refer(
            david,
            People.byFamily(date(2026, 5, 11)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 5, 11), COORDINATOR));
    Entry entry = desk.admit(id, date(2026, 5, 11), "RX4-SECURE", true);
    assertThat(onlyOpen(entry, TaskKind.CETR).due())
        .as("adults: within 4 weeks")
        .isEqualTo(date(2026, 6, 8));
    TaskId placeLead = onlyOpen(entry, TaskKind.PLACE_LEAD_AWARENESS).id();
    entry = desk.complete(id, placeLead, date(2026, 5, 11));
    assertThat(entry.openTasks(TaskKind.PLACE_LEAD_AWARENESS)).isEmpty();

    desk.today(date(2026, 5, 20));
    entry =
        desk.register
            .handle(
                new Command.RecordHospitalMove(
                    COORDINATOR,
                    id,
                    desk.version(id),
                    date(2026, 5, 20),
                    HospitalCode.of("RX5-SECURE"),
                    true))
            .entry();
    Task onMove = onlyOpen(entry, TaskKind.CETR);
    assertThat(onMove.detail()).contains("move of hospital");
    assertThat(onMove.due()).isEqualTo(date(2026, 6, 17));
    assertThat(entry.currentStay())
        .hasValueSatisfying(
            s -> assertThat(s.hospitalId()).isEqualTo(HospitalCode.of("RX5-SECURE")));

    desk.record(
        id, ConsentGiven.of(Purpose.cetr(onMove.id().value()), date(2026, 5, 20), COORDINATOR));
    entry = desk.holdCetr(id, onMove.id().value(), date(2026, 5, 20), Casework.fullPanel());
    assertThat(onlyOpen(entry, TaskKind.CETR).due())
        .as("adults in secure settings: every 12 months")
        .isEqualTo(date(2027, 5, 20));
  }

  @Test
  void a_crisis_meeting_of_another_kind_is_not_the_cetr_a_red_rating_needs() {
    Casework desk = Casework.openOn(date(2026, 5, 11));
    PersonDetails sam = People.sam();
    EntryId id =
        desk.refer(
            sam,
            People.bySelf(date(2026, 5, 11)),
            ConsentGiven.of(Purpose.inclusion(), date(2026, 5, 11), COORDINATOR));
    Task cetr =
        onlyOpen(desk.rate(id, Ratings.rated(sam, date(2026, 5, 11), Rating.RED)), TaskKind.CETR);

    // 13 May. An urgent multi-agency meeting is held about Sam.
    desk.today(date(2026, 5, 13));
    Entry entry = desk.review(id, date(2026, 5, 13));

    assertThat(entry.reviewsHeld()).containsExactly(date(2026, 5, 13));
    assertThat(entry.openTasks(TaskKind.FIRST_RISK_REVIEW)).isEmpty();
    assertThat(entry.openTasks(TaskKind.CETR)).containsExactly(cetr);
    assertThat(onlyOpen(entry, TaskKind.DSR_REVIEW).due()).isEqualTo(date(2026, 5, 27));
    assertThat(onlyOpen(entry, TaskKind.RERATE).due()).isEqualTo(date(2026, 5, 20));
  }
}
