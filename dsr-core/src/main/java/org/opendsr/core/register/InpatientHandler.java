package org.opendsr.core.register;

import java.time.LocalDate;
import java.util.Map;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.InpatientStay;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.schedule.DueDates;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.RecordedRating;

/**
 * Inpatient stays: an admission (the person becomes Blue and the inpatient C(E)TR cycle starts), a
 * move of hospital (a review follows) and a discharge (a new rating is asked for).
 */
final class InpatientHandler {

  private final RegisterContext context;
  private final DueDates dueDates;
  private final RatingHandler ratings;

  InpatientHandler(RegisterContext context, RatingHandler ratings) {
    this.context = context;
    this.dueDates = context.dueDates();
    this.ratings = ratings;
  }

  void recordAdmission(Command.RecordAdmission c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireActive(entry);
    Violations violations = new Violations();
    EntryChecks.onTheEntry(violations, "on", c.on(), entry, today);
    EntryChecks.inRatingOrder(violations, "on", c.on(), entry);
    violations
        .check(!entry.isInpatient(), "admission", "the person is already an inpatient")
        .throwIfAny();
    changes.add(new RegisterEvent.Admitted(c.on(), c.hospitalId(), c.secure()));
    PersonContext person =
        new PersonContext(
            entry.person().dateOfBirth().value(), true, entry.knownToKeyworkerService());
    RatingDecision blue =
        Instruments.nationalDefinitions()
            .decide(Assessment.of(person, c.on(), Map.of()), context.policy().ratingPolicy());
    // The inpatient review cycle takes over from a first risk review not yet held.
    changes.closeOpen(TaskKind.FIRST_RISK_REVIEW, c.on(), TaskOutcome.SUPERSEDED);
    ratings.recordRatingEvents(changes, c.on(), RecordedRating.asSuggested(blue));
    int age = entry.person().dateOfBirth().ageOn(c.on());
    changes.closeOpen(TaskKind.CETR, c.on(), TaskOutcome.SUPERSEDED);
    changes.openTask(
        TaskKind.CETR,
        c.on(),
        dueDates.postAdmissionCetr(c.on(), age),
        TaskWording.CETR_AFTER_ADMISSION);
    changes.openTask(
        TaskKind.PLACE_LEAD_AWARENESS,
        c.on(),
        dueDates.placeLeadAwareness(c.on()),
        TaskWording.PLACE_LEAD_AWARENESS);
  }

  void recordHospitalMove(Command.RecordHospitalMove c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireActive(entry);
    InpatientStay stay = EntryChecks.requireInpatient(entry);
    Violations violations = new Violations();
    EntryChecks.onTheEntry(violations, "on", c.on(), entry, today);
    violations.check(!c.on().isBefore(stay.admittedOn()), "on", "must not be before the admission");
    violations.throwIfAny();
    changes.add(new RegisterEvent.HospitalMoved(c.on(), c.hospitalId(), c.secure()));
    changes.closeOpen(TaskKind.CETR, c.on(), TaskOutcome.SUPERSEDED);
    changes.openTask(
        TaskKind.CETR,
        c.on(),
        dueDates.postAdmissionCetr(c.on(), entry.person().dateOfBirth().ageOn(c.on())),
        TaskWording.CETR_ON_HOSPITAL_MOVE);
  }

  void recordDischarge(Command.RecordDischarge c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireActive(entry);
    InpatientStay stay = EntryChecks.requireInpatient(entry);
    Violations violations = new Violations();
    EntryChecks.onTheEntry(violations, "on", c.on(), entry, today);
    violations
        .check(!c.on().isBefore(stay.admittedOn()), "on", "must not be before the admission")
        .throwIfAny();
    changes.add(new RegisterEvent.Discharged(c.on()));
    changes.closeOpen(TaskKind.CETR, c.on(), TaskOutcome.CANCELLED);
    ratings.rerate(changes, c.on(), TaskWording.RERATE_AFTER_DISCHARGE);
  }
}
