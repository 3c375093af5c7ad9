package org.opendsr.core.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opendsr.consent.ConsentDecision;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.Purpose;
import org.opendsr.core.ConsentRequiredException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.cetr.CetrKind;
import org.opendsr.core.cetr.CetrPlan;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.cetr.CetrRefusal;
import org.opendsr.core.cetr.KeyQuestion;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.referral.ReferralRules;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;

/**
 * Care (Education) and Treatment Reviews: planning one, recording one held (with its findings and
 * agreed actions) or refused, and the repeat cycle while the person is an inpatient.
 */
final class CetrHandler {

  private final RegisterContext context;
  private final RatingHandler ratings;

  CetrHandler(RegisterContext context, RatingHandler ratings) {
    this.context = context;
    this.ratings = ratings;
  }

  void planCetr(Command.PlanCetr c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireActive(entry);
    List<Task> planned = entry.openTasks(TaskKind.CETR);
    Violations violations = new Violations();
    if (c.plan().isEmpty()) {
      violations.check(!c.due().isBefore(today), "due", "must not be in the past");
      if (!planned.isEmpty()) {
        violations.add(
            Violation.of("cetr", "a C(E)TR is already planned (" + planned.get(0).id() + ")"));
      }
      violations.throwIfAny();
      changes.openTask(TaskKind.CETR, today, c.due(), TaskWording.CETR_PLANNED);
      return;
    }
    CetrPlan plan = c.plan().get();
    violations.check(!plan.on().isBefore(today), "plan.on", "must not be in the past");
    plan.papersSentOn()
        .ifPresent(
            sent -> {
              violations.check(
                  !sent.isAfter(today), "plan.papersSentOn", "must not be in the future");
              violations.check(
                  !sent.isAfter(plan.on()),
                  "plan.papersSentOn",
                  "must not be after the day the review is booked for");
            });
    if (planned.isEmpty()) {
      violations.check(!c.due().isBefore(today), "due", "must not be in the past");
    }
    violations.throwIfAny();
    Task task =
        planned.isEmpty()
            ? changes.openTask(TaskKind.CETR, today, c.due(), TaskWording.CETR_PLANNED)
            : planned.get(0);
    changes.add(new RegisterEvent.CetrPlanned(task.id().value(), plan));
  }

  void holdCetr(Command.HoldCetr c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireActive(entry);
    Task task = openCetrTask(entry, c.reviewId());
    EntryChecks.checkDate("on", c.on(), entry, today);
    ConsentDecision consent = context.consentOn(entry, Purpose.cetr(c.reviewId()), c.on());
    if (consent instanceof ConsentDecision.NotPermitted notPermitted) {
      throw new ConsentRequiredException(
          "C(E)TR "
              + c.reviewId()
              + " cannot be held without a permitted basis for this review on its date ("
              + String.join("; ", notPermitted.reasons())
              + "); record consent, or record the refusal");
    }
    int age = entry.person().dateOfBirth().ageOn(c.on());
    boolean education =
        CetrKind.hasEducationElement(age, entry.person().educationHealthAndCarePlan());
    Violations violations = new Violations();
    for (KeyQuestion q : KeyQuestion.values()) {
      String finding = c.findings().get(q);
      violations.check(
          !q.isAskedAt(education) || (finding != null && !finding.isBlank()),
          "findings." + q,
          "needs a finding");
    }
    violations.throwIfAny();
    CetrRecord record =
        new CetrRecord(
            task.id().value(), c.on(), CetrKind.forAge(age), education, c.panel(), c.findings());
    changes.add(new RegisterEvent.CetrHeld(record));
    changes.add(new RegisterEvent.TaskClosed(task.id(), c.on(), TaskOutcome.DONE));
    changes.closeOpen(TaskKind.MULTI_AGENCY_MEETING_OR_CETR, c.on(), TaskOutcome.DONE);
    for (PlannedAction action : c.agreedActions()) {
      EntryRecordHandler.addAction(changes, action);
    }
    ratings.rerate(changes, c.on(), TaskWording.rerateAfterCetr(task));
    entry
        .currentStay()
        .ifPresent(
            stay ->
                changes.openTask(
                    TaskKind.CETR,
                    c.on(),
                    context.dueDates().repeatCetr(c.on(), age, stay.secure()),
                    TaskWording.CETR_REPEAT_AS_INPATIENT));
  }

  void recordCetrRefused(Command.RecordCetrRefused c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireActive(entry);
    Task task = openCetrTask(entry, c.reviewId());
    EntryChecks.checkDate("on", c.on(), entry, today);
    Purpose purpose = Purpose.cetr(c.reviewId());
    Optional<ConsentRecord> last =
        entry.consentRecords().stream()
            .filter(r -> r.purpose().equals(purpose) && !r.date().isAfter(c.on()))
            .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
    if (context.consentOn(entry, purpose, c.on()).isPermitted()
        || last.filter(ReferralRules::refuses).isEmpty()) {
      throw ValidationException.of(
          "reviewId", "no refusal of consent to this C(E)TR is recorded; record it first");
    }
    changes.add(new RegisterEvent.CetrRefused(new CetrRefusal(task.id().value(), c.on())));
    changes.add(new RegisterEvent.TaskClosed(task.id(), c.on(), TaskOutcome.REFUSED));
    // NHS England DSR and C(E)TR policy (2023): consent is asked for every C(E)TR and a refusal
    // changes nothing but the consent record, so an inpatient's cycle goes on. The next repeat
    // counts from the date the refused review was due: the cycle keeps its rhythm, a refusal
    // recorded early does not bring the next review forward and one recorded late does not push
    // it back. Consent is asked again for the new review, which has its own id.
    entry
        .currentStay()
        .ifPresent(
            stay ->
                changes.openTask(
                    TaskKind.CETR,
                    c.on(),
                    context
                        .dueDates()
                        .repeatCetr(
                            task.due(),
                            entry.person().dateOfBirth().ageOn(task.due()),
                            stay.secure()),
                    TaskWording.CETR_REPEAT_AS_INPATIENT));
  }

  private static Task openCetrTask(Entry entry, String reviewId) {
    Task task =
        entry
            .task(reviewId)
            .filter(t -> t.kind() == TaskKind.CETR)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "C(E)TR " + reviewId + " does not exist on entry " + entry.id()));
    if (!task.isOpen()) {
      throw ValidationException.of("reviewId", "this C(E)TR is already closed");
    }
    return task;
  }
}
