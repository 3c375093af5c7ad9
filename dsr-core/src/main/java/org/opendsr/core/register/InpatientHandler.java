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
    if (entry.admissionDateToRecord()) {
      completeAdmissionDate(c, changes, today);
      return;
    }
    Violations violations = new Violations();
    EntryChecks.onTheEntry(violations, "on", c.on(), entry, today);
    EntryChecks.inRatingOrder(violations, "on", c.on(), entry);
    violations
        .check(!entry.isInpatient(), "admission", "the person is already an inpatient")
        .throwIfAny();
    changes.add(new RegisterEvent.Admitted(c.on(), c.hospitalId(), c.secure()));
    becomeBlue(changes, c.on());
    changes.closeOpen(TaskKind.CETR, c.on(), TaskOutcome.SUPERSEDED);
    openPostAdmissionTasks(changes, c.on(), c.on());
  }

  /**
   * A person known to be in hospital, the admission date not known: Blue, and a task asking for the
   * date, due at once because no post-admission review can be scheduled without it (NHS England DSR
   * and C(E)TR policy (2023): post-admission C(E)TR timescales count from the admission).
   */
  void recordStayWithoutAdmissionDate(
      Command.RecordStayWithoutAdmissionDate c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireActive(entry);
    Violations violations = new Violations();
    EntryChecks.onTheEntry(violations, "on", c.on(), entry, today);
    EntryChecks.inRatingOrder(violations, "on", c.on(), entry);
    violations
        .check(!entry.isInpatient(), "admission", "the person is already an inpatient")
        .throwIfAny();
    changes.add(new RegisterEvent.AdmittedOnUnknownDate(c.on(), c.hospitalId(), c.secure()));
    becomeBlue(changes, c.on());
    changes.openTask(TaskKind.ADMISSION_DATE, c.on(), c.on(), TaskWording.ADMISSION_DATE);
  }

  /**
   * Records the admission date of a stay carried over without one. The date may precede the
   * referral (people were often in hospital before a legacy register listed them) but not the day
   * the stay was recorded; the person is Blue already, so only the post-admission review and the
   * place lead's awareness are scheduled, counted from the admission date, and opened today.
   */
  private void completeAdmissionDate(Command.RecordAdmission c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    LocalDate recordedInHospital =
        entry.openTasks(TaskKind.ADMISSION_DATE).stream()
            .map(t -> t.opened())
            .min(LocalDate::compareTo)
            .orElse(today);
    Violations violations = new Violations();
    violations.check(!c.on().isAfter(today), "on", "must not be in the future");
    violations.check(
        !c.on().isBefore(entry.person().dateOfBirth().value()),
        "on",
        "must not be before the date of birth");
    violations.check(
        !c.on().isAfter(recordedInHospital),
        "on",
        "must not be after "
            + recordedInHospital
            + ", when the person was recorded as in hospital");
    violations.throwIfAny();
    changes.add(new RegisterEvent.Admitted(c.on(), c.hospitalId(), c.secure()));
    changes.closeOpen(TaskKind.ADMISSION_DATE, today, TaskOutcome.DONE);
    openPostAdmissionTasks(changes, c.on(), today);
  }

  private void becomeBlue(Changes changes, LocalDate on) {
    Entry entry = changes.entry();
    PersonContext person =
        new PersonContext(
            entry.person().dateOfBirth().value(), true, entry.knownToKeyworkerService());
    RatingDecision blue =
        Instruments.nationalDefinitions()
            .decide(Assessment.of(person, on, Map.of()), context.policy().ratingPolicy());
    // The inpatient review cycle takes over from a first risk review not yet held.
    changes.closeOpen(TaskKind.FIRST_RISK_REVIEW, on, TaskOutcome.SUPERSEDED);
    ratings.recordRatingEvents(changes, on, RecordedRating.asSuggested(blue));
  }

  /** The post-admission C(E)TR and the place lead's awareness, due from the admission date. */
  private void openPostAdmissionTasks(Changes changes, LocalDate admitted, LocalDate opened) {
    int age = changes.entry().person().dateOfBirth().ageOn(admitted);
    changes.openTask(
        TaskKind.CETR,
        opened,
        dueDates.postAdmissionCetr(admitted, age),
        TaskWording.CETR_AFTER_ADMISSION);
    changes.openTask(
        TaskKind.PLACE_LEAD_AWARENESS,
        opened,
        dueDates.placeLeadAwareness(admitted),
        TaskWording.PLACE_LEAD_AWARENESS);
  }

  void recordHospitalMove(Command.RecordHospitalMove c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireActive(entry);
    InpatientStay stay = EntryChecks.requireInpatient(entry);
    Violations violations = new Violations();
    EntryChecks.onTheEntry(violations, "on", c.on(), entry, today);
    violations.check(
        stay.admittedOn().filter(c.on()::isBefore).isEmpty(),
        "on",
        "must not be before the admission");
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
        .check(
            stay.admittedOn().filter(c.on()::isBefore).isEmpty(),
            "on",
            "must not be before the admission")
        .throwIfAny();
    changes.add(new RegisterEvent.Discharged(c.on()));
    changes.closeOpen(TaskKind.CETR, c.on(), TaskOutcome.CANCELLED);
    // A discharge ends the stay whose admission date was awaited: the reviews it would have dated
    // no longer apply, and the date stays unknown in the history rather than guessed.
    changes.closeOpen(TaskKind.ADMISSION_DATE, c.on(), TaskOutcome.CANCELLED);
    ratings.rerate(changes, c.on(), TaskWording.RERATE_AFTER_DISCHARGE);
  }
}
