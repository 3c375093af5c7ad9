package org.opendsr.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendsr.consent.AttorneyDecision;
import org.opendsr.consent.BestInterestsDecision;
import org.opendsr.consent.CapacityAssessment;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentRefused;
import org.opendsr.consent.GillickAssessment;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.Purpose;
import org.opendsr.consent.Withdrawal;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Closure;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.person.Residence;
import org.opendsr.rating.Answer;
import org.opendsr.rating.ClinicianOverride;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.RatingPolicy;
import org.opendsr.rating.Reason;
import org.opendsr.rating.RecordedRating;

/** Sam, 19, on the register with every kind of record the register holds. */
final class Fixtures {

  private Fixtures() {}

  static final String NAME_GIVEN = "Samira";
  static final String NHS = "9434765919";

  static DsrRecord sam() {
    return sam(Diagnosis.LEARNING_DISABILITY_AND_AUTISM);
  }

  static DsrRecord sam(Diagnosis diagnosis) {
    LocalDate referred = LocalDate.of(2024, 3, 4);
    RatingPolicy policy = RatingPolicy.nationalDefaults();
    RatingDecision amber =
        new RatingDecision(
            Rating.AMBER,
            List.of(
                new Reason(
                    "amber-1",
                    "Risk of placement breakdown without urgent intervention",
                    Rating.AMBER,
                    Map.of("placement-at-risk", Answer.yes()))),
            LinkedProcess.applicableTo(Rating.AMBER, true, policy),
            "national-2023",
            "1",
            referred.plusDays(7),
            true,
            policy);
    RatingDecision green =
        new RatingDecision(
            Rating.GREEN,
            List.of(new Reason(Reason.BASELINE_RULE_ID, "No rule fired", Rating.GREEN, Map.of())),
            LinkedProcess.applicableTo(Rating.GREEN, true, policy),
            "national-2023",
            "1",
            referred.plusDays(60),
            true,
            policy);
    return new DsrRecord(
        "p1",
        NhsNumber.parse(NHS),
        new PersonName(NAME_GIVEN, "Okafor", Optional.of("Sam")),
        DateOfBirth.of(LocalDate.of(2005, 2, 28)),
        new Residence(
            "12 Station Road, Swindon",
            Optional.of("SN1 2AB"),
            "Swindon",
            Residence.Setting.FAMILY_HOME),
        diagnosis,
        List.of(
            new Agency(
                "ICB1", "Bath and North East Somerset, Swindon and Wiltshire ICB", Agency.Kind.ICB),
            new Agency("AWP", "Avon and Wiltshire Mental Health Partnership", Agency.Kind.HEALTH)),
        List.of(
            new Professional(
                "prof-1",
                PersonName.of("Priya", "Shah"),
                "community nurse",
                "AWP",
                ContactDetails.email("priya.shah@example.org"))),
        List.of(
            ConsentGiven.of(Purpose.inclusion(), referred, "coord-1"),
            ConsentGiven.of(Purpose.sharingWith("AWP"), referred, "coord-1"),
            ConsentRefused.of(Purpose.keyworkerReferral(), referred, "coord-1"),
            CapacityAssessment.lacksCapacity(
                Purpose.cetr("cetr-1"),
                referred.plusDays(20),
                "nurse-1",
                Set.of(CapacityAssessment.Inability.RETAIN)),
            BestInterestsDecision.inFavour(
                Purpose.cetr("cetr-1"),
                referred.plusDays(21),
                "dm-1",
                List.of(
                    new BestInterestsDecision.ConsultedParty(
                        BestInterestsDecision.Role.FAMILY, "mother-1")),
                "The review is the way to keep Sam at home"),
            ParentalConsent.withChildsView(
                Purpose.sharingWith("ICB1"),
                referred,
                "parent-1",
                ParentalConsent.ChildsView.AGREES,
                "coord-1"),
            GillickAssessment.notCompetent(Purpose.sharingWith("ICB1"), referred, "nurse-1"),
            AttorneyDecision.consents(
                Purpose.keyworkerReferral(),
                referred.plusDays(30),
                "att-1",
                LocalDate.of(1970, 5, 5),
                LocalDate.of(2023, 1, 10)),
            Withdrawal.of(Purpose.sharingWith("AWP"), referred.plusDays(90), "p1", "coord-1")),
        List.of(
            RecordedRating.overridden(
                amber,
                ClinicianOverride.of(
                    Rating.RED,
                    "Family in crisis this week",
                    "clin-1",
                    Instant.parse("2024-03-11T10:15:30.123Z"))),
            RecordedRating.asSuggested(green)),
        List.of(
            RegisterEpisode.closed(
                "ep-1",
                LocalDate.of(2022, 1, 5),
                new Closure(LocalDate.of(2022, 9, 1), CloseReason.NO_LONGER_AT_RISK)),
            RegisterEpisode.open("ep-2", referred)),
        List.of(
            new PlannedAction(
                "act-1",
                "Arrange short breaks",
                "ICB1",
                Optional.of(referred.plusDays(30)),
                PlannedAction.Status.IN_PROGRESS),
            new PlannedAction(
                "act-2",
                "Positive behaviour support plan",
                "AWP",
                Optional.empty(),
                PlannedAction.Status.NOT_STARTED)),
        List.of(
            new CetrReview(
                "cetr-1",
                CetrReview.Kind.CETR,
                CetrReview.Setting.COMMUNITY,
                referred.plusDays(28),
                List.of(
                    new CetrReview.Finding(
                        CetrReview.Question.SAFE,
                        CetrReview.Answer.PARTLY,
                        "Safe at home with support"),
                    new CetrReview.Finding(
                        CetrReview.Question.EDUCATION_NEEDS_MET,
                        CetrReview.Answer.NO,
                        "College placement not yet in place")),
                List.of("act-1", "act-2"))),
        List.of(
            new AuditRecord(
                Instant.parse("2024-03-04T09:00:00Z"),
                "coord-1",
                Role.DSR_COORDINATOR,
                Optional.of("ICB1"),
                AccessPurpose.REGISTER_ADMINISTRATION,
                Operation.REFER,
                Optional.of("entry-1"),
                AuditRecord.Outcome.ALLOWED,
                false,
                "role allows"),
            new AuditRecord(
                Instant.parse("2024-03-05T22:10:00.500Z"),
                "clin-9",
                Role.CLINICIAN,
                Optional.of("AWP"),
                AccessPurpose.BREAK_GLASS,
                Operation.VIEW_ENTRY,
                Optional.of("entry-1"),
                AuditRecord.Outcome.ALLOWED,
                true,
                "break-glass")));
  }
}
