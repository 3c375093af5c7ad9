package org.opendsr.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendsr.consent.AttorneyDecision;
import org.opendsr.consent.BestInterestsDecision;
import org.opendsr.consent.CapacityAssessment;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.ConsentRefused;
import org.opendsr.consent.GillickAssessment;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.Purpose;
import org.opendsr.consent.Withdrawal;
import org.opendsr.core.Violation;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.cetr.KeyQuestion;
import org.opendsr.core.cetr.Panel;
import org.opendsr.core.entry.ActionId;
import org.opendsr.core.entry.ActionStatus;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.person.Residence;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.schedule.TaskId;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.store.InMemoryRegisterStore;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.ClinicianOverride;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.RatingPolicy;
import org.opendsr.rating.RecordedRating;
import org.threeten.extra.MutableClock;

/**
 * Sam, 19, with two episodes on a register driven through its facade: the first stepped down, the
 * second with every kind of record the register holds (consents of every kind, a professional, the
 * case summary, an action plan, an overridden rating, a C(E)TR held with its panel and findings, a
 * DSR review, the keyworker referral done, an admission with a C(E)TR refused, a discharge).
 */
final class Fixtures {

  private Fixtures() {}

  static final String NAME_GIVEN = "Samira";
  static final String NHS = "9434765919";
  static final String COORDINATOR = "coord-1";

  /**
   * A clock the story moves forward by hand, at 09:00 UTC each day.
   *
   * @param today the first day of the story
   * @return the clock
   */
  static MutableClock storyClock(LocalDate today) {
    return MutableClock.of(nineOClock(today), ZoneOffset.UTC);
  }

  private static Instant nineOClock(LocalDate day) {
    return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  static DsrRecord sam() {
    return sam(Diagnosis.LEARNING_DISABILITY_AND_AUTISM);
  }

  static PersonDetails samAsReferred(Diagnosis diagnosis) {
    return new PersonDetails(
        new PersonName(NAME_GIVEN, "Okafor", Optional.of("Sam")),
        DateOfBirth.of(LocalDate.of(2005, 2, 28)),
        NhsNumber.parse(NHS),
        new Residence(
            "12 Station Road, Swindon",
            Optional.of("SN1 2AB"),
            "Swindon",
            Residence.Setting.FAMILY_HOME),
        diagnosis,
        false);
  }

  static DsrRecord sam(Diagnosis diagnosis) {
    MutableClock clock = storyClock(LocalDate.of(2022, 1, 5));
    DynamicSupportRegister register =
        DynamicSupportRegister.create(
            new InMemoryRegisterStore(),
            clock,
            WorkingDayCalendar.englandAndWales(),
            LocalPolicy.defaults());
    Story story = new Story(register, clock);
    PersonDetails earlier =
        new PersonDetails(
            new PersonName(NAME_GIVEN, "Okafor", Optional.empty()),
            DateOfBirth.of(LocalDate.of(2005, 2, 28)),
            NhsNumber.parse(NHS),
            new Residence("", Optional.empty(), "Chippenham", Residence.Setting.SUPPORTED_LIVING),
            Diagnosis.AUTISM,
            true);

    // First episode: referred by school, stepped down.
    EntryId first =
        story.refer(
            earlier,
            Referral.of(
                ReferralSource.PROFESSIONAL,
                LocalDate.of(2022, 1, 5),
                "school nurse",
                ContactDetails.telephone("01632 960001")),
            ConsentGiven.of(Purpose.inclusion(), LocalDate.of(2022, 1, 5), COORDINATOR));
    story.on(LocalDate.of(2022, 9, 1));
    story.handle(
        v ->
            new Command.CloseEntry(
                COORDINATOR, first, v, LocalDate.of(2022, 9, 1), CloseReason.NO_LONGER_AT_RISK),
        first);

    // Second episode: referred by family, the whole journey.
    LocalDate referred = LocalDate.of(2024, 3, 4);
    PersonDetails sam = samAsReferred(diagnosis);
    story.on(referred);
    EntryId id =
        story.refer(
            sam,
            Referral.of(
                ReferralSource.FAMILY_OR_CARER,
                referred,
                "mother",
                new ContactDetails(Optional.of("01632 960002"), Optional.of("family@example.org"))),
            ConsentGiven.of(Purpose.inclusion(), referred, COORDINATOR),
            ConsentGiven.of(Purpose.sharingWith("AWP"), referred, COORDINATOR));
    story.on(referred.plusDays(2));
    story.handle(v -> new Command.RecordFirstContact(COORDINATOR, id, v, referred.plusDays(2)), id);
    Agency awp =
        new Agency("AWP", "Avon and Wiltshire Mental Health Partnership", Agency.Kind.HEALTH);
    story.handle(
        v ->
            new Command.AddProfessional(
                COORDINATOR,
                id,
                v,
                awp,
                new Professional(
                    "prof-1",
                    PersonName.of("Priya", "Shah"),
                    "community nurse",
                    "AWP",
                    ContactDetails.email("priya.shah@example.org"))),
        id);
    story.handle(
        v ->
            new Command.UpdateCaseSummary(
                COORDINATOR,
                id,
                v,
                new CaseSummary(
                    "Placement at home under strain",
                    "Admission likely without more support at home",
                    "",
                    "Short breaks; positive behaviour support")),
        id);
    story.handle(
        v ->
            new Command.AddAction(
                COORDINATOR,
                id,
                v,
                new PlannedAction(
                    "Arrange short breaks",
                    "prof-1",
                    "AWP",
                    referred.plusDays(30),
                    Optional.of("short breaks service"))),
        id);
    story.on(referred.plusDays(3));
    for (ConsentRecord record : everyOtherKindOfConsent(referred.plusDays(3))) {
      story.handle(v -> new Command.RecordConsent(COORDINATOR, id, v, record), id);
    }
    LocalDate rated = referred.plusDays(7);
    story.on(rated);
    story.handle(
        v ->
            new Command.RecordRating(
                "clin-1",
                id,
                v,
                RecordedRating.overridden(
                    decision(sam, rated, Rating.AMBER),
                    ClinicianOverride.of(
                        Rating.RED,
                        "Family in crisis this week",
                        "clin-1",
                        Instant.parse("2024-03-11T10:15:30.123Z")))),
        id);
    String cetr = register.entry(id).openTasks(TaskKind.CETR).get(0).id().value();
    story.handle(
        v ->
            new Command.RecordConsent(
                COORDINATOR, id, v, ConsentGiven.of(Purpose.cetr(cetr), rated, COORDINATOR)),
        id);
    LocalDate held = referred.plusDays(21);
    story.on(held);
    story.handle(
        v ->
            new Command.HoldCetr(
                "chair-1",
                id,
                v,
                cetr,
                held,
                Panel.of("chair-1", "clinical-expert-2", "expert-by-experience-3"),
                Map.of(
                    KeyQuestion.IS_SAFE, "Safe at home with support",
                    KeyQuestion.GOOD_CARE, "Care is good but stretched",
                    KeyQuestion.FUTURE_PLANS, "Wants to stay at home and go to college",
                    KeyQuestion.COMMUNITY_CARE_POSSIBLE, "Yes, with intensive support"),
                List.of(
                    PlannedAction.of(
                        "Positive behaviour support plan", "prof-1", "AWP", held.plusDays(28)))),
        id);
    story.on(referred.plusDays(28));
    story.handle(v -> new Command.RecordDsrReview(COORDINATOR, id, v, referred.plusDays(28)), id);
    TaskId keyworker = register.entry(id).openTasks(TaskKind.KEYWORKER_REFERRAL).get(0).id();
    story.handle(
        v -> new Command.CompleteTask(COORDINATOR, id, v, keyworker, referred.plusDays(28)), id);
    ActionId action = register.entry(id).actions().get(0).id();
    story.handle(
        v ->
            new Command.UpdateActionStatus(
                COORDINATOR, id, v, action, ActionStatus.IN_PROGRESS, referred.plusDays(28)),
        id);
    LocalDate admitted = LocalDate.of(2024, 5, 1);
    story.on(admitted);
    story.handle(
        v ->
            new Command.RecordAdmission(
                COORDINATOR, id, v, admitted, HospitalCode.of("RV3"), false),
        id);
    String postAdmission = register.entry(id).openTasks(TaskKind.CETR).get(0).id().value();
    story.on(admitted.plusDays(3));
    story.handle(
        v ->
            new Command.RecordConsent(
                COORDINATOR,
                id,
                v,
                ConsentRefused.of(Purpose.cetr(postAdmission), admitted.plusDays(3), COORDINATOR)),
        id);
    story.handle(
        v -> new Command.RecordCetrRefused(COORDINATOR, id, v, postAdmission, admitted.plusDays(3)),
        id);
    story.on(LocalDate.of(2024, 6, 3));
    story.handle(
        v -> new Command.RecordDischarge(COORDINATOR, id, v, LocalDate.of(2024, 6, 3)), id);
    return DsrRecord.fromRegister(register, NhsNumber.parse(NHS), "p1", audit());
  }

  /** Drives the register: each command is built for the entry's current version. */
  private static final class Story {
    private final DynamicSupportRegister register;
    private final MutableClock clock;

    Story(DynamicSupportRegister register, MutableClock clock) {
      this.register = register;
      this.clock = clock;
    }

    void on(LocalDate today) {
      clock.setInstant(nineOClock(today));
    }

    EntryId refer(PersonDetails person, Referral referral, ConsentRecord... consents) {
      return register
          .handle(new Command.Refer(COORDINATOR, person, referral, List.of(consents)))
          .entryId();
    }

    void handle(java.util.function.LongFunction<Command> command, EntryId id) {
      register.handle(command.apply(register.entry(id).version()));
    }
  }

  static RatingDecision decision(PersonDetails person, LocalDate on, Rating wanted) {
    Map<String, Answer> answers =
        Map.of(
            // Red by the national definition's first criterion: an immediate risk of admission.
            Instruments.IMMEDIATE_RISK_OF_ADMISSION, Answer.of(wanted == Rating.RED),
            Instruments.IN_CRISIS, Answer.no(),
            Instruments.RISK_NOT_MANAGED_IN_COMMUNITY, Answer.no(),
            Instruments.IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION,
                Answer.of(wanted == Rating.AMBER),
            Instruments.SIGNIFICANTLY_INCREASED_RISK, Answer.no(),
            Instruments.SOME_RISKS_CURRENTLY_MANAGED, Answer.of(wanted == Rating.GREEN));
    return Instruments.nationalDefinitions()
        .decide(
            Assessment.of(PersonContext.inCommunity(person.dateOfBirth().value()), on, answers),
            RatingPolicy.nationalDefaults());
  }

  /** Consent records of every other kind, for purposes that do not change the entry's course. */
  private static List<ConsentRecord> everyOtherKindOfConsent(LocalDate on) {
    return List.of(
        ConsentRefused.of(Purpose.keyworkerReferral(), on, COORDINATOR),
        CapacityAssessment.lacksCapacity(
            Purpose.sharingWith("ICB1"),
            on,
            "nurse-1",
            Set.of(CapacityAssessment.Inability.RETAIN)),
        BestInterestsDecision.inFavour(
            Purpose.sharingWith("ICB1"),
            on,
            "dm-1",
            List.of(
                new BestInterestsDecision.ConsultedParty(
                    BestInterestsDecision.Role.FAMILY, "mother-1")),
            "Sharing keeps Sam's support joined up"),
        ParentalConsent.withChildsView(
            Purpose.sharingWith("SCHOOL1"),
            on,
            "parent-1",
            ParentalConsent.ChildsView.AGREES,
            COORDINATOR),
        GillickAssessment.notCompetent(Purpose.sharingWith("SCHOOL1"), on, "nurse-1"),
        AttorneyDecision.consents(
            Purpose.keyworkerReferral(),
            on,
            "att-1",
            LocalDate.of(1970, 5, 5),
            LocalDate.of(2023, 1, 10)),
        Withdrawal.of(Purpose.sharingWith("SCHOOL1"), on, "p1", COORDINATOR));
  }

  private static List<AuditRecord> audit() {
    Actor coordinator = Actor.professional(COORDINATOR, Role.DSR_COORDINATOR, "ICB1");
    Actor clinician = Actor.professional("clin-9", Role.CLINICIAN, "AWP");
    return List.of(
        AuditRecord.allowed(
                Instant.parse("2024-03-04T09:00:00Z"),
                coordinator,
                AccessPurpose.REGISTER_ADMINISTRATION,
                Operation.REFER,
                Optional.empty(),
                false,
                "role allows")
            .onEntry("E-000002"),
        AuditRecord.allowed(
                Instant.parse("2024-03-04T09:05:00Z"),
                coordinator,
                AccessPurpose.REGISTER_ADMINISTRATION,
                Operation.RECORD_RATING,
                Optional.of("E-000002"),
                false,
                "role allows")
            .refused(
                List.of(
                    Violation.of(
                        "entry.status", "must be ACTIVE for this command; entry is REFERRED"))),
        AuditRecord.allowed(
                Instant.parse("2024-03-05T22:10:00.500Z"),
                clinician,
                AccessPurpose.BREAK_GLASS,
                Operation.VIEW_ENTRY,
                Optional.of("E-000002"),
                true,
                "break-glass")
            .withBreakGlassReason("Attending A&E at night, in crisis"));
  }
}
