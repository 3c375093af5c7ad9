package org.opendsr.core.register;

import java.time.LocalDate;
import java.util.List;
import org.opendsr.consent.ConsentDecision;
import org.opendsr.consent.Purpose;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.entry.Action;
import org.opendsr.core.entry.ActionId;
import org.opendsr.core.entry.ActionStatus;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;

/**
 * The entry's record: the person's details, consent, first contact, the case summary, key
 * professionals, the action plan, tasks completed directly, and closing the entry.
 */
final class EntryRecordHandler {

  private final RegisterContext context;
  private final ReferralHandler referrals;

  EntryRecordHandler(RegisterContext context, ReferralHandler referrals) {
    this.context = context;
    this.referrals = referrals;
  }

  void updatePersonDetails(Command.UpdatePersonDetails c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireOpen(entry);
    new Violations()
        .check(
            c.person().nhsNumber().equals(entry.person().nhsNumber()),
            "person.nhsNumber",
            "cannot change; it links the person's episodes")
        .check(
            c.person().dateOfBirth().equals(entry.person().dateOfBirth())
                || !c.person().dateOfBirth().value().isAfter(entry.referral().date()),
            "person.dateOfBirth",
            "must not be after the referral date")
        .check(!c.person().equals(entry.person()), "person", "is unchanged")
        .throwIfAny();
    changes.add(new RegisterEvent.PersonDetailsUpdated(c.person()));
    if (entry.status() == EntryStatus.REFERRED) {
      referrals.decideReferral(changes, today);
    }
  }

  void recordConsent(Command.RecordConsent c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireOpen(entry);
    Violations violations = new Violations();
    EntryChecks.consentDate(
        violations, "record.date", c.record(), entry.person().dateOfBirth().value(), today);
    violations.throwIfAny();
    changes.add(new RegisterEvent.ConsentRecorded(c.record()));
    if (!c.record().purpose().equals(Purpose.inclusion())) {
      return;
    }
    if (entry.status() == EntryStatus.REFERRED) {
      referrals.decideReferral(changes, today);
      return;
    }
    ConsentDecision inclusion = context.consentOn(changes.entry(), Purpose.inclusion(), today);
    if (!(inclusion instanceof ConsentDecision.Permitted permitted)) {
      close(changes, today, CloseReason.CONSENT_WITHDRAWN);
      return;
    }
    List<Task> rechecks = changes.entry().openTasks(TaskKind.CONSENT_RECHECK);
    boolean sameDue = rechecks.size() == 1 && rechecks.get(0).due().equals(permitted.validUntil());
    if (!sameDue) {
      changes.closeOpen(TaskKind.CONSENT_RECHECK, today, TaskOutcome.DONE);
      changes.openTask(
          TaskKind.CONSENT_RECHECK, today, permitted.validUntil(), TaskWording.CONSENT_RECHECK);
    }
  }

  void recordFirstContact(Command.RecordFirstContact c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireOpen(entry);
    EntryChecks.checkDate("on", c.on(), entry, today);
    if (entry.firstContactOn().isPresent()) {
      throw ValidationException.of("firstContact", "is already recorded for this entry");
    }
    changes.add(new RegisterEvent.FirstContactMade(c.on()));
    changes.closeOpen(TaskKind.FIRST_CONTACT, c.on(), TaskOutcome.DONE);
  }

  void updateCaseSummary(Command.UpdateCaseSummary c, Changes changes, LocalDate today) {
    EntryChecks.requireOpen(changes.entry());
    changes.add(new RegisterEvent.CaseSummaryUpdated(c.summary()));
  }

  void addProfessional(Command.AddProfessional c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireOpen(entry);
    new Violations()
        .check(
            c.professional().agencyId().equals(c.agency().id()),
            "professional.agencyId",
            "must be the id of the agency given")
        .check(
            entry.professionals().stream().noneMatch(p -> p.id().equals(c.professional().id())),
            "professional.id",
            "is already on this entry")
        .throwIfAny();
    if (entry.agencies().stream().noneMatch(a -> a.id().equals(c.agency().id()))) {
      changes.add(new RegisterEvent.AgencyInvolved(c.agency()));
    }
    changes.add(new RegisterEvent.ProfessionalAdded(c.professional()));
  }

  void addAction(Command.AddAction c, Changes changes, LocalDate today) {
    EntryChecks.requireOpen(changes.entry());
    addAction(changes, c.action());
  }

  /** Adds an action to the plan, numbered after those the entry has. */
  static void addAction(Changes changes, PlannedAction plan) {
    Entry entry = changes.entry();
    ActionId id = ActionId.numbered(entry.id(), entry.actions().size() + 1);
    changes.add(new RegisterEvent.ActionAdded(new Action(id, plan, ActionStatus.OPEN)));
  }

  void updateActionStatus(Command.UpdateActionStatus c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireOpen(entry);
    Action action =
        entry
            .action(c.actionId())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "action " + c.actionId() + " does not exist on entry " + entry.id()));
    EntryChecks.checkDate("on", c.on(), entry, today);
    if (action.status() == c.status()) {
      throw ValidationException.of("status", "is already " + c.status());
    }
    changes.add(new RegisterEvent.ActionStatusChanged(action.id(), c.status(), c.on()));
  }

  void completeTask(Command.CompleteTask c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireOpen(entry);
    Task task =
        entry
            .task(c.taskId())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "task " + c.taskId() + " does not exist on entry " + entry.id()));
    Violations violations =
        new Violations()
            .check(task.isOpen(), "taskId", "this task is already closed")
            .check(
                task.kind().isCompletedDirectly(),
                "taskId",
                "a task for "
                    + task.kind().description()
                    + " is completed by recording what was done, not directly");
    EntryChecks.onTheEntry(violations, "on", c.on(), entry, today);
    violations.throwIfAny();
    changes.add(new RegisterEvent.TaskClosed(task.id(), c.on(), TaskOutcome.DONE));
  }

  void closeEntry(Command.CloseEntry c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireOpen(entry);
    Violations violations = new Violations();
    EntryChecks.onTheEntry(violations, "on", c.on(), entry, today);
    violations
        .check(
            c.reason() != CloseReason.CONSENT_WITHDRAWN,
            "reason",
            "a withdrawal closes the entry when it is recorded as a consent record")
        .throwIfAny();
    close(changes, c.on(), c.reason());
  }

  private static void close(Changes changes, LocalDate on, CloseReason reason) {
    changes.add(new RegisterEvent.EntryClosed(on, reason));
    changes.closeAllOpen(on, TaskOutcome.CANCELLED);
  }
}
