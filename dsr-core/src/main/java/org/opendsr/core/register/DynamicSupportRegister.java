package org.opendsr.core.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.consent.ConsentDecision;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.ConsentRules;
import org.opendsr.consent.Purpose;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.ConsentRequiredException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.cetr.CetrKind;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.cetr.CetrRefusal;
import org.opendsr.core.cetr.KeyQuestion;
import org.opendsr.core.entry.Action;
import org.opendsr.core.entry.ActionStatus;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.InpatientStay;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralDecision;
import org.opendsr.core.referral.ReferralRules;
import org.opendsr.core.schedule.DueDates;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.core.store.EntrySummary;
import org.opendsr.core.store.IndexedRegisterStore;
import org.opendsr.core.store.OneOpenEntryPerPerson;
import org.opendsr.core.store.RegisterStore;
import org.opendsr.core.worklist.Escalation;
import org.opendsr.core.worklist.Worklist;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingChange;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.RecordedRating;

/**
 * The register behind one facade.
 *
 * <p><strong>This class checks no access and writes no audit trail, by design</strong>: it is
 * public for system work (migrations, imports run by the service itself, tests) and so that {@link
 * AccessControlledRegister} can wrap it. An embedder who exposes it to users, directly or through
 * their own API, bypasses access control and the audit trail: every read and write of a person's
 * record then goes unrecorded. Give users {@link AccessControlledRegister}, which decides every
 * call, and audits what came of it.
 *
 * <p>Every change is a {@link Command} passed to {@link #handle(Command)}. A command is checked in
 * this order: its shape (in its constructor); for a command on an entry, that the entry exists
 * ({@link NotFoundException}) and that the caller read the current version ({@link
 * ConcurrentUpdateException}); the {@link CommandGate} (access control, given the entry); then
 * consent ({@link ConsentRequiredException}) and the register's invariants ({@link
 * ValidationException}, naming every field and rule broken). Only then are its events appended, all
 * at once, at the expected version; a command that fails writes nothing, and the store refuses an
 * append that lost a race with another writer.
 *
 * <p>Each event records who (the command's actor id), when (the injected {@link Clock}), why (the
 * command's description) and what changed. "Today" is the clock's date in its zone; dates in
 * commands may be in the past but not in the future, and not before the referral.
 *
 * <p>Views are derived by replaying events: {@link #entry(EntryId)} now, {@link #entryAsOf(EntryId,
 * LocalDate)} as the register knew it at the end of a date, {@link #statusOn(EntryId, LocalDate)}
 * with the inclusion basis checked on that date, {@link #worklist()} and {@link
 * #escalatedSince(LocalDate)}.
 */
public final class DynamicSupportRegister {

  private final RegisterStore store;
  private final Clock clock;
  private final LocalPolicy policy;
  private final DueDates dueDates;
  private final CommandGate gate;

  private DynamicSupportRegister(
      RegisterStore store,
      Clock clock,
      WorkingDayCalendar calendar,
      LocalPolicy policy,
      CommandGate gate) {
    this.store = store;
    this.clock = clock;
    this.policy = policy;
    this.dueDates = DueDates.of(calendar, policy);
    this.gate = gate;
  }

  /**
   * Creates a register with no access control beyond the actor id on each command.
   *
   * @param store where events are kept
   * @param clock where time comes from
   * @param calendar working days
   * @param policy local policy
   * @return the register
   */
  public static DynamicSupportRegister create(
      RegisterStore store, Clock clock, WorkingDayCalendar calendar, LocalPolicy policy) {
    return create(store, clock, calendar, policy, CommandGate.open());
  }

  /**
   * Creates a register whose commands pass through an access-control gate.
   *
   * @param store where events are kept
   * @param clock where time comes from
   * @param calendar working days
   * @param policy local policy
   * @param gate the access check run before every command
   * @return the register
   */
  public static DynamicSupportRegister create(
      RegisterStore store,
      Clock clock,
      WorkingDayCalendar calendar,
      LocalPolicy policy,
      CommandGate gate) {
    return new DynamicSupportRegister(
        Objects.requireNonNull(store, "store"),
        Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(calendar, "calendar"),
        Objects.requireNonNull(policy, "policy"),
        Objects.requireNonNull(gate, "gate"));
  }

  /**
   * The local policy in force.
   *
   * @return the policy
   */
  public LocalPolicy policy() {
    return policy;
  }

  /**
   * Checks and records one command.
   *
   * @param command the command
   * @return the entry, its new version and the events recorded
   * @throws ValidationException if the command breaks a rule (every rule broken is named)
   * @throws NotFoundException if the entry, task or action does not exist
   * @throws ConcurrentUpdateException if the entry changed since the caller read it
   * @throws ConsentRequiredException if the command needs a consent basis that is not in place
   * @throws org.opendsr.core.AccessDeniedException if the gate refuses it
   */
  public CommandResult handle(Command command) {
    Objects.requireNonNull(command, "command");
    if (command instanceof Command.Refer refer) {
      return refer(refer);
    }
    if (command instanceof Command.CarryOver carryOver) {
      return carryOver(carryOver);
    }
    return onEntry((Command.EntryCommand) command);
  }

  // ---------------------------------------------------------------- queries

  /**
   * An entry as it is now.
   *
   * @param entryId the entry
   * @return the entry
   * @throws NotFoundException if there is no such entry
   */
  public Entry entry(EntryId entryId) {
    return find(entryId).orElseThrow(() -> notFound(entryId));
  }

  /**
   * An entry as it is now, if it exists.
   *
   * @param entryId the entry
   * @return the entry, or empty
   */
  public Optional<Entry> find(EntryId entryId) {
    Objects.requireNonNull(entryId, "entryId");
    List<RecordedEvent> events = store.load(entryId);
    return events.isEmpty() ? Optional.empty() : Optional.of(EntryProjection.replay(events));
  }

  /**
   * An entry as the register knew it at the end of a date (events recorded on or before it, in the
   * clock's zone).
   *
   * @param entryId the entry
   * @param date the date
   * @return the entry then
   * @throws NotFoundException if the entry did not exist by then
   */
  public Entry entryAsOf(EntryId entryId, LocalDate date) {
    Objects.requireNonNull(date, "date");
    Instant endOfDay = date.plusDays(1).atStartOfDay(zone()).toInstant();
    List<RecordedEvent> known =
        history(entryId).stream().filter(e -> e.at().isBefore(endOfDay)).toList();
    if (known.isEmpty()) {
      throw new NotFoundException("entry " + entryId + " did not exist on " + date);
    }
    return EntryProjection.replay(known);
  }

  /**
   * The status of an entry on a date: as known then, and {@link EntryStatus#INCLUSION_BASIS_LAPSED}
   * if it was active but its inclusion basis was not permitted on that date.
   *
   * @param entryId the entry
   * @param date the date
   * @return the status
   * @throws NotFoundException if the entry did not exist by then
   */
  public EntryStatus statusOn(EntryId entryId, LocalDate date) {
    Entry then = entryAsOf(entryId, date);
    if (then.status() == EntryStatus.ACTIVE
        && !consentOn(then, Purpose.inclusion(), date).isPermitted()) {
      return EntryStatus.INCLUSION_BASIS_LAPSED;
    }
    return then.status();
  }

  /**
   * The consent decision for a purpose on a date, from the entry's consent history.
   *
   * @param entryId the entry
   * @param purpose the purpose
   * @param date the date
   * @return permitted or not, with reasons
   */
  public ConsentDecision consent(EntryId entryId, Purpose purpose, LocalDate date) {
    return consentOn(entry(entryId), purpose, date);
  }

  /**
   * Every event of an entry, in order.
   *
   * @param entryId the entry
   * @return the events
   * @throws NotFoundException if there is no such entry
   */
  public List<RecordedEvent> history(EntryId entryId) {
    Objects.requireNonNull(entryId, "entryId");
    List<RecordedEvent> events = store.load(entryId);
    if (events.isEmpty()) {
      throw notFound(entryId);
    }
    return events;
  }

  /**
   * Every entry, as it is now.
   *
   * @return the entries, oldest first
   */
  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    for (EntryId id : store.entryIds()) {
      entries.add(EntryProjection.replay(store.load(id)));
    }
    return entries;
  }

  /**
   * A person's episodes on the register, oldest first.
   *
   * @param nhsNumber the person's NHS number
   * @return the entries; empty if the person was never referred
   */
  public List<Entry> episodesOf(NhsNumber nhsNumber) {
    Objects.requireNonNull(nhsNumber, "nhsNumber");
    return store.entryIdsFor(nhsNumber).stream().map(this::entry).toList();
  }

  /**
   * Today's worklist, looking ahead by the policy's "due soon" horizon.
   *
   * @return the worklist
   */
  public Worklist worklist() {
    return worklist(today(), policy.dueSoonDays());
  }

  /**
   * A worklist for a date.
   *
   * @param asOf the date
   * @param dueWithinDays days ahead for "due soon"
   * @return the worklist
   */
  public Worklist worklist(LocalDate asOf, int dueWithinDays) {
    return Worklist.of(entriesWithWorkDue(asOf, dueWithinDays), asOf, dueWithinDays);
  }

  /**
   * The entries that can contribute to a worklist: with an indexed store, only those with work due
   * by the horizon, which the index finds; otherwise every entry.
   */
  List<Entry> entriesWithWorkDue(LocalDate asOf, int dueWithinDays) {
    if (store instanceof IndexedRegisterStore indexed && dueWithinDays >= 0) {
      List<Entry> due = new ArrayList<>();
      for (EntryId id : indexed.withWorkDueBy(asOf.plusDays(dueWithinDays))) {
        due.add(EntryProjection.replay(store.load(id)));
      }
      return due;
    }
    return entries();
  }

  /**
   * The due-review worklist: open entries whose next review work (first risk review, DSR review or
   * re-rating) is due on or before a date. An {@link IndexedRegisterStore} answers from its index;
   * another store is answered by replaying every entry.
   *
   * @param date the last due date included
   * @return summaries of the entries due, earliest due first, then oldest entry first
   */
  public List<EntrySummary> dueForReviewBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (store instanceof IndexedRegisterStore indexed) {
      return indexed.dueForReviewBy(date);
    }
    List<EntrySummary> due = new ArrayList<>();
    for (Entry entry : entries()) {
      EntrySummary summary = EntrySummary.of(entry);
      if (summary.reviewDueBy(date)) {
        due.add(summary);
      }
    }
    due.sort(Comparator.comparing(s -> s.nextReviewDue().orElseThrow()));
    return due;
  }

  /**
   * People whose rating became more severe on or after a date.
   *
   * @param since the first date included
   * @return the escalations, earliest first
   */
  public List<Escalation> escalatedSince(LocalDate since) {
    return Escalation.since(entries(), since);
  }

  // ---------------------------------------------------------------- referral

  private CommandResult refer(Command.Refer c) {
    gate.check(c, Optional.empty());
    LocalDate today = today();
    List<Violation> problems = new ArrayList<>();
    List<EntryId> earlier =
        newEntryProblems(c.person(), c.referral(), c.consentRecords(), today, problems);
    throwIfAny(problems);

    EntryId id = store.newEntryId();
    Changes changes =
        referred(id, earlier.size() + 1, c.person(), c.referral(), c.consentRecords());
    LocalDate referred = c.referral().date();
    changes.openTask(
        TaskKind.FIRST_CONTACT,
        referred,
        dueDates.firstContact(referred),
        policy.firstContactWorkingDays() + " working days from referral");
    decideReferral(changes, today);
    return append(id, 0, c, changes);
  }

  /**
   * The checks of a new entry, by referral or carry-over: dates of the referral and consent
   * records, and no open entry for the person. Adds the problems found; returns the person's
   * earlier entries.
   */
  private List<EntryId> newEntryProblems(
      PersonDetails person,
      Referral referral,
      List<ConsentRecord> consentRecords,
      LocalDate today,
      List<Violation> problems) {
    LocalDate referred = referral.date();
    LocalDate born = person.dateOfBirth().value();
    if (referred.isAfter(today)) {
      problems.add(Violation.of("referral.date", "must not be in the future"));
    }
    if (referred.isBefore(born)) {
      problems.add(Violation.of("referral.date", "must not be before the date of birth"));
    }
    for (int i = 0; i < consentRecords.size(); i++) {
      checkConsentDate("consentRecords[" + i + "].date", consentRecords.get(i), born, today)
          .ifPresent(problems::add);
    }
    List<EntryId> earlier = store.entryIdsFor(person.nhsNumber());
    for (EntryId id : earlier) {
      if (entry(id).status().isOpen()) {
        problems.add(OneOpenEntryPerPerson.violation(Optional.of(id)));
      }
    }
    return earlier;
  }

  /** A new entry's first changes: the referral, and the consent records given with it. */
  private static Changes referred(
      EntryId id,
      int episode,
      PersonDetails person,
      Referral referral,
      List<ConsentRecord> consentRecords) {
    Changes changes = Changes.forNewEntry();
    changes.add(new RegisterEvent.Referred(id, episode, person, referral));
    for (ConsentRecord record : consentRecords) {
      changes.add(new RegisterEvent.ConsentRecorded(record));
    }
    return changes;
  }

  private CommandResult carryOver(Command.CarryOver c) {
    gate.check(c, Optional.empty());
    LocalDate today = today();
    List<Violation> problems = new ArrayList<>();
    List<EntryId> earlier =
        newEntryProblems(c.person(), c.referral(), c.consentRecords(), today, problems);
    ReferralDecision decision =
        ReferralRules.decide(
            c.person().dateOfBirth(), c.person().diagnosis(), c.consentRecords(), today, policy);
    if (decision instanceof ReferralDecision.Declined declined) {
      boolean diagnosis =
          !c.person().diagnosis().qualifiesForInclusion(policy.suspectedAutismAllowed());
      problems.add(
          Violation.of(
              diagnosis ? "person.diagnosis" : "consentRecords",
              "the register would decline this person ("
                  + String.join("; ", declined.reasons())
                  + "); decide the legacy entry rather than carry it over"));
    }
    if (c.rating().isPresent()) {
      RecordedRating rating = c.rating().get();
      LocalDate on = rating.assessmentDate();
      if (on.isAfter(today)) {
        problems.add(Violation.of("rating.assessmentDate", "must not be in the future"));
      }
      if (on.isBefore(c.referral().date())) {
        problems.add(Violation.of("rating.assessmentDate", "must not be before the referral date"));
      }
      if (rating.finalRating() == Rating.BLUE) {
        problems.add(Violation.of("rating", "can be Blue only while the person is an inpatient"));
      }
      if (decision instanceof ReferralDecision.Pending) {
        problems.add(
            Violation.of(
                "rating",
                "needs an accepted entry: no consent or other basis carried over permits"
                    + " inclusion today"));
      }
    }
    throwIfAny(problems);

    EntryId id = store.newEntryId();
    Changes changes =
        referred(id, earlier.size() + 1, c.person(), c.referral(), c.consentRecords());
    Optional<RegisterEvent.ReferralAccepted> accepted = Optional.empty();
    Optional<RegisterEvent.RatingRecorded> rated = Optional.empty();
    if (decision instanceof ReferralDecision.Accepted a) {
      accepted = Optional.of(new RegisterEvent.ReferralAccepted(today, a.basis()));
      changes.add(accepted.get());
      changes.openTask(
          TaskKind.CONSENT_RECHECK,
          today,
          a.basisValidUntil(),
          "inclusion basis to be re-checked before it lapses");
      if (c.rating().isPresent()) {
        RecordedRating rating = c.rating().get();
        rated =
            Optional.of(
                new RegisterEvent.RatingRecorded(
                    rating.assessmentDate(), rating, RatingChange.UNCHANGED));
        changes.add(rated.get());
        openRatingTasks(changes, rating.assessmentDate(), rating);
      } else {
        changes.openTask(
            TaskKind.FIRST_RISK_REVIEW,
            today,
            dueDates.firstRiskReview(today),
            "within " + readable(policy.firstRiskReviewWithin()) + " of carrying over");
      }
    } else {
      changes.openTask(
          TaskKind.FIRST_CONTACT,
          today,
          dueDates.firstContact(today),
          "to seek a basis for inclusion, "
              + policy.firstContactWorkingDays()
              + " working days from carrying over");
    }
    RegisterEvent.CarriedOver carried =
        new RegisterEvent.CarriedOver(
            id,
            earlier.size() + 1,
            c.person(),
            c.referral(),
            c.consentRecords(),
            accepted,
            rated,
            c.summary(),
            changes.entry().tasks());
    return append(id, 0, c, Changes.forNewEntry().add(carried));
  }

  private void decideReferral(Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    ReferralDecision decision =
        ReferralRules.decide(
            entry.person().dateOfBirth(),
            entry.person().diagnosis(),
            entry.consentRecords(),
            today,
            policy);
    if (decision instanceof ReferralDecision.Accepted accepted) {
      changes.add(new RegisterEvent.ReferralAccepted(today, accepted.basis()));
      changes.openTask(
          TaskKind.FIRST_RISK_REVIEW,
          today,
          dueDates.firstRiskReview(entry.referral().date()),
          "within " + readable(policy.firstRiskReviewWithin()) + " of referral");
      changes.openTask(
          TaskKind.CONSENT_RECHECK,
          today,
          accepted.basisValidUntil(),
          "inclusion basis to be re-checked before it lapses");
    } else if (decision instanceof ReferralDecision.Declined declined) {
      changes.add(new RegisterEvent.ReferralDeclined(today, declined.reasons()));
      changes.closeAllOpen(today, TaskOutcome.CANCELLED);
    }
    // Pending: stays referred until a basis is recorded; the reasons are recomputed on demand.
  }

  // ---------------------------------------------------------------- entry commands

  private CommandResult onEntry(Command.EntryCommand c) {
    List<RecordedEvent> history = store.load(c.entryId());
    if (history.isEmpty()) {
      throw notFound(c.entryId());
    }
    if (history.size() != c.expectedVersion()) {
      throw ConcurrentUpdateException.notAtVersion(
          c.entryId(), history.size(), c.expectedVersion());
    }
    Changes changes = Changes.after(history);
    gate.check(c, Optional.of(changes.entry()));
    LocalDate today = today();
    decide(changes, c, today);
    return append(c.entryId(), c.expectedVersion(), c, changes);
  }

  private void decide(Changes changes, Command.EntryCommand c, LocalDate today) {
    if (c instanceof Command.UpdatePersonDetails x) {
      updatePersonDetails(changes, x);
    } else if (c instanceof Command.RecordConsent x) {
      recordConsent(changes, x, today);
    } else if (c instanceof Command.RecordFirstContact x) {
      recordFirstContact(changes, x, today);
    } else if (c instanceof Command.UpdateCaseSummary x) {
      requireOpen(changes.entry());
      changes.add(new RegisterEvent.CaseSummaryUpdated(x.summary()));
    } else if (c instanceof Command.AddProfessional x) {
      addProfessional(changes, x);
    } else if (c instanceof Command.AddAction x) {
      requireOpen(changes.entry());
      addAction(changes, x.action());
    } else if (c instanceof Command.UpdateActionStatus x) {
      updateActionStatus(changes, x, today);
    } else if (c instanceof Command.RecordRating x) {
      recordRating(changes, x, today);
    } else if (c instanceof Command.RecordDsrReview x) {
      recordDsrReview(changes, x, today);
    } else if (c instanceof Command.PlanCetr x) {
      planCetr(changes, x, today);
    } else if (c instanceof Command.HoldCetr x) {
      holdCetr(changes, x, today);
    } else if (c instanceof Command.RecordCetrRefused x) {
      recordCetrRefused(changes, x, today);
    } else if (c instanceof Command.CompleteTask x) {
      completeTask(changes, x, today);
    } else if (c instanceof Command.RecordAdmission x) {
      recordAdmission(changes, x, today);
    } else if (c instanceof Command.RecordHospitalMove x) {
      recordHospitalMove(changes, x, today);
    } else if (c instanceof Command.RecordDischarge x) {
      recordDischarge(changes, x, today);
    } else {
      closeEntry(changes, (Command.CloseEntry) c, today);
    }
  }

  private void updatePersonDetails(Changes changes, Command.UpdatePersonDetails c) {
    Entry entry = changes.entry();
    requireOpen(entry);
    List<Violation> problems = new ArrayList<>();
    if (!c.person().nhsNumber().equals(entry.person().nhsNumber())) {
      problems.add(
          Violation.of("person.nhsNumber", "cannot change; it links the person's episodes"));
    }
    if (!c.person().dateOfBirth().equals(entry.person().dateOfBirth())
        && c.person().dateOfBirth().value().isAfter(entry.referral().date())) {
      problems.add(Violation.of("person.dateOfBirth", "must not be after the referral date"));
    }
    if (c.person().equals(entry.person())) {
      problems.add(Violation.of("person", "is unchanged"));
    }
    throwIfAny(problems);
    changes.add(new RegisterEvent.PersonDetailsUpdated(c.person()));
    if (entry.status() == EntryStatus.REFERRED) {
      decideReferral(changes, today());
    }
  }

  private void recordConsent(Changes changes, Command.RecordConsent c, LocalDate today) {
    Entry entry = changes.entry();
    requireOpen(entry);
    throwIfAny(
        checkConsentDate("record.date", c.record(), entry.person().dateOfBirth().value(), today)
            .stream()
            .toList());
    changes.add(new RegisterEvent.ConsentRecorded(c.record()));
    if (!c.record().purpose().equals(Purpose.inclusion())) {
      return;
    }
    if (entry.status() == EntryStatus.REFERRED) {
      decideReferral(changes, today);
      return;
    }
    ConsentDecision inclusion = consentOn(changes.entry(), Purpose.inclusion(), today);
    if (!(inclusion instanceof ConsentDecision.Permitted permitted)) {
      close(changes, today, CloseReason.CONSENT_WITHDRAWN);
      return;
    }
    List<Task> rechecks = changes.entry().openTasks(TaskKind.CONSENT_RECHECK);
    boolean sameDue = rechecks.size() == 1 && rechecks.get(0).due().equals(permitted.validUntil());
    if (!sameDue) {
      changes.closeOpen(TaskKind.CONSENT_RECHECK, today, TaskOutcome.DONE);
      changes.openTask(
          TaskKind.CONSENT_RECHECK,
          today,
          permitted.validUntil(),
          "inclusion basis to be re-checked before it lapses");
    }
  }

  private void recordFirstContact(Changes changes, Command.RecordFirstContact c, LocalDate today) {
    Entry entry = changes.entry();
    requireOpen(entry);
    checkDate("on", c.on(), entry, today);
    if (entry.firstContactOn().isPresent()) {
      throw ValidationException.of("firstContact", "is already recorded for this entry");
    }
    changes.add(new RegisterEvent.FirstContactMade(c.on()));
    changes.closeOpen(TaskKind.FIRST_CONTACT, c.on(), TaskOutcome.DONE);
  }

  private void addProfessional(Changes changes, Command.AddProfessional c) {
    Entry entry = changes.entry();
    requireOpen(entry);
    List<Violation> problems = new ArrayList<>();
    if (!c.professional().agencyId().equals(c.agency().id())) {
      problems.add(Violation.of("professional.agencyId", "must be the id of the agency given"));
    }
    if (entry.professionals().stream().anyMatch(p -> p.id().equals(c.professional().id()))) {
      problems.add(Violation.of("professional.id", "is already on this entry"));
    }
    throwIfAny(problems);
    if (entry.agencies().stream().noneMatch(a -> a.id().equals(c.agency().id()))) {
      changes.add(new RegisterEvent.AgencyInvolved(c.agency()));
    }
    changes.add(new RegisterEvent.ProfessionalAdded(c.professional()));
  }

  private void addAction(Changes changes, PlannedAction plan) {
    Entry entry = changes.entry();
    String id = entry.id() + "-A" + (entry.actions().size() + 1);
    changes.add(new RegisterEvent.ActionAdded(new Action(id, plan, ActionStatus.OPEN)));
  }

  private void updateActionStatus(Changes changes, Command.UpdateActionStatus c, LocalDate today) {
    Entry entry = changes.entry();
    requireOpen(entry);
    Action action =
        entry
            .action(c.actionId())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "action " + c.actionId() + " does not exist on entry " + entry.id()));
    checkDate("on", c.on(), entry, today);
    if (action.status() == c.status()) {
      throw ValidationException.of("status", "is already " + c.status());
    }
    changes.add(new RegisterEvent.ActionStatusChanged(action.id(), c.status(), c.on()));
  }

  private void recordRating(Changes changes, Command.RecordRating c, LocalDate today) {
    Entry entry = changes.entry();
    requireActive(entry);
    LocalDate on = c.rating().assessmentDate();
    List<Violation> problems = new ArrayList<>();
    dateProblem("rating.assessmentDate", on, entry, today).ifPresent(problems::add);
    ratingOrderProblem("rating.assessmentDate", on, entry).ifPresent(problems::add);
    Rating rating = c.rating().finalRating();
    if (entry.isInpatient() && rating != Rating.BLUE) {
      problems.add(
          Violation.of(
              "rating", "must be Blue while the person is an inpatient (Blue takes precedence)"));
    }
    if (!entry.isInpatient() && rating == Rating.BLUE) {
      problems.add(Violation.of("rating", "can be Blue only while the person is an inpatient"));
    }
    throwIfAny(problems);
    // The first rating is the first risk review: it closes the task whatever the date.
    changes.closeOpen(TaskKind.FIRST_RISK_REVIEW, on, TaskOutcome.DONE);
    recordRatingEvents(changes, on, c.rating());
  }

  private void recordRatingEvents(Changes changes, LocalDate on, RecordedRating recorded) {
    Entry entry = changes.entry();
    Rating rating = recorded.finalRating();
    RatingChange change =
        entry
            .currentRating()
            .map(p -> RatingChange.between(p, rating))
            .orElse(RatingChange.UNCHANGED);
    changes.add(new RegisterEvent.RatingRecorded(on, recorded, change));
    changes.closeOpen(TaskKind.RERATE, on, TaskOutcome.DONE);
    changes.closeOpen(TaskKind.DSR_REVIEW, on, TaskOutcome.SUPERSEDED);
    openRatingTasks(changes, on, recorded);
  }

  /** The next DSR review and the linked processes' tasks of a rating just recorded. */
  private void openRatingTasks(Changes changes, LocalDate on, RecordedRating recorded) {
    Rating rating = recorded.finalRating();
    changes.openTask(
        TaskKind.DSR_REVIEW,
        on,
        dueDates.nextReview(on, rating),
        "next review for " + article(rating.label()) + " " + rating.label() + " rating");
    for (LinkedProcess process : recorded.linkedProcesses()) {
      switch (process) {
        case INPATIENT_REVIEW_CYCLE -> {
          // Opened by the admission: post-admission review, then repeats.
        }
        case CETR_MUST_TAKE_PLACE ->
            changes.openTaskUnlessOpen(
                TaskKind.CETR,
                on,
                dueDates.communityCetr(on, changes.entry().person().dateOfBirth().ageOn(on)),
                "community C(E)TR for a Red rating");
        case MULTI_AGENCY_MEETING_OR_CETR ->
            changes.openTaskUnlessOpen(
                TaskKind.MULTI_AGENCY_MEETING_OR_CETR,
                on,
                dueDates.nextReview(on, rating),
                "for an Amber rating");
        case IDENTIFY_CETR_PARTNERS ->
            changes.openTaskUnlessOpen(
                TaskKind.IDENTIFY_CETR_PARTNERS,
                on,
                dueDates.nextReview(on, rating),
                "for a Green rating");
        case KEYWORKER_REFERRAL -> {
          if (!changes.entry().knownToKeyworkerService()) {
            changes.openTaskUnlessOpen(
                TaskKind.KEYWORKER_REFERRAL,
                on,
                dueDates.nextReview(on, rating),
                "ages 0-25 at " + rating.label());
          }
        }
      }
    }
  }

  private void recordDsrReview(Changes changes, Command.RecordDsrReview c, LocalDate today) {
    Entry entry = changes.entry();
    requireActive(entry);
    checkDate("on", c.on(), entry, today);
    changes.add(new RegisterEvent.DsrReviewHeld(c.on()));
    changes.closeOpen(TaskKind.FIRST_RISK_REVIEW, c.on(), TaskOutcome.DONE);
    changes.closeOpen(TaskKind.DSR_REVIEW, c.on(), TaskOutcome.DONE);
    changes.closeOpen(TaskKind.MULTI_AGENCY_MEETING_OR_CETR, c.on(), TaskOutcome.DONE);
    entry
        .currentRating()
        .ifPresent(
            rating ->
                changes.openTask(
                    TaskKind.DSR_REVIEW,
                    c.on(),
                    dueDates.nextReview(c.on(), rating),
                    "next review for "
                        + article(rating.label())
                        + " "
                        + rating.label()
                        + " rating"));
    rerate(changes, c.on(), "after a DSR review");
  }

  private void rerate(Changes changes, LocalDate on, String why) {
    changes.closeOpen(TaskKind.RERATE, on, TaskOutcome.SUPERSEDED);
    changes.openTask(TaskKind.RERATE, on, dueDates.rerate(on), why);
  }

  private void planCetr(Changes changes, Command.PlanCetr c, LocalDate today) {
    Entry entry = changes.entry();
    requireActive(entry);
    List<Violation> problems = new ArrayList<>();
    if (c.due().isBefore(today)) {
      problems.add(Violation.of("due", "must not be in the past"));
    }
    if (!entry.openTasks(TaskKind.CETR).isEmpty()) {
      problems.add(
          Violation.of(
              "cetr",
              "a C(E)TR is already planned (" + entry.openTasks(TaskKind.CETR).get(0).id() + ")"));
    }
    throwIfAny(problems);
    changes.openTask(TaskKind.CETR, today, c.due(), "planned by the register");
  }

  private Task openCetrTask(Entry entry, String reviewId) {
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

  private void holdCetr(Changes changes, Command.HoldCetr c, LocalDate today) {
    Entry entry = changes.entry();
    requireActive(entry);
    Task task = openCetrTask(entry, c.reviewId());
    checkDate("on", c.on(), entry, today);
    ConsentDecision consent = consentOn(entry, Purpose.cetr(c.reviewId()), c.on());
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
    List<Violation> problems = new ArrayList<>();
    for (KeyQuestion q : KeyQuestion.values()) {
      String finding = c.findings().get(q);
      if (q.isAskedAt(education) && (finding == null || finding.isBlank())) {
        problems.add(Violation.of("findings." + q, "needs a finding"));
      }
    }
    throwIfAny(problems);
    CetrRecord record =
        new CetrRecord(task.id(), c.on(), CetrKind.forAge(age), education, c.panel(), c.findings());
    changes.add(new RegisterEvent.CetrHeld(record));
    changes.add(new RegisterEvent.TaskClosed(task.id(), c.on(), TaskOutcome.DONE));
    changes.closeOpen(TaskKind.MULTI_AGENCY_MEETING_OR_CETR, c.on(), TaskOutcome.DONE);
    for (PlannedAction action : c.agreedActions()) {
      addAction(changes, action);
    }
    rerate(changes, c.on(), "after C(E)TR " + task.id());
    entry
        .currentStay()
        .ifPresent(
            stay ->
                changes.openTask(
                    TaskKind.CETR,
                    c.on(),
                    dueDates.repeatCetr(c.on(), age, stay.secure()),
                    "repeat review while an inpatient"));
  }

  private void recordCetrRefused(Changes changes, Command.RecordCetrRefused c, LocalDate today) {
    Entry entry = changes.entry();
    requireActive(entry);
    Task task = openCetrTask(entry, c.reviewId());
    checkDate("on", c.on(), entry, today);
    Purpose purpose = Purpose.cetr(c.reviewId());
    Optional<ConsentRecord> last =
        entry.consentRecords().stream()
            .filter(r -> r.purpose().equals(purpose) && !r.date().isAfter(c.on()))
            .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
    if (consentOn(entry, purpose, c.on()).isPermitted()
        || last.filter(ReferralRules::refuses).isEmpty()) {
      throw ValidationException.of(
          "reviewId", "no refusal of consent to this C(E)TR is recorded; record it first");
    }
    changes.add(new RegisterEvent.CetrRefused(new CetrRefusal(task.id(), c.on())));
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
                    dueDates.repeatCetr(
                        task.due(), entry.person().dateOfBirth().ageOn(task.due()), stay.secure()),
                    "repeat review while an inpatient"));
  }

  private void completeTask(Changes changes, Command.CompleteTask c, LocalDate today) {
    Entry entry = changes.entry();
    requireOpen(entry);
    Task task =
        entry
            .task(c.taskId())
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "task " + c.taskId() + " does not exist on entry " + entry.id()));
    List<Violation> problems = new ArrayList<>();
    if (!task.isOpen()) {
      problems.add(Violation.of("taskId", "this task is already closed"));
    }
    if (!task.kind().isCompletedDirectly()) {
      problems.add(
          Violation.of(
              "taskId",
              "a task for "
                  + task.kind().description()
                  + " is completed by recording what was done, not directly"));
    }
    dateProblem("on", c.on(), entry, today).ifPresent(problems::add);
    throwIfAny(problems);
    changes.add(new RegisterEvent.TaskClosed(task.id(), c.on(), TaskOutcome.DONE));
  }

  private void recordAdmission(Changes changes, Command.RecordAdmission c, LocalDate today) {
    Entry entry = changes.entry();
    requireActive(entry);
    List<Violation> problems = new ArrayList<>();
    dateProblem("on", c.on(), entry, today).ifPresent(problems::add);
    ratingOrderProblem("on", c.on(), entry).ifPresent(problems::add);
    hospitalProblem(c.hospitalId()).ifPresent(problems::add);
    if (entry.isInpatient()) {
      problems.add(Violation.of("admission", "the person is already an inpatient"));
    }
    throwIfAny(problems);
    changes.add(new RegisterEvent.Admitted(c.on(), c.hospitalId(), c.secure()));
    PersonContext context =
        new PersonContext(
            entry.person().dateOfBirth().value(), true, entry.knownToKeyworkerService());
    RatingDecision blue =
        Instruments.nationalDefinitions()
            .decide(Assessment.of(context, c.on(), Map.of()), policy.ratingPolicy());
    // The inpatient review cycle takes over from a first risk review not yet held.
    changes.closeOpen(TaskKind.FIRST_RISK_REVIEW, c.on(), TaskOutcome.SUPERSEDED);
    recordRatingEvents(changes, c.on(), RecordedRating.asSuggested(blue));
    int age = entry.person().dateOfBirth().ageOn(c.on());
    changes.closeOpen(TaskKind.CETR, c.on(), TaskOutcome.SUPERSEDED);
    changes.openTask(
        TaskKind.CETR, c.on(), dueDates.postAdmissionCetr(c.on(), age), "post-admission review");
    changes.openTask(
        TaskKind.PLACE_LEAD_AWARENESS,
        c.on(),
        dueDates.placeLeadAwareness(c.on()),
        "local place lead to be made aware of the admission");
  }

  private void recordHospitalMove(Changes changes, Command.RecordHospitalMove c, LocalDate today) {
    Entry entry = changes.entry();
    requireActive(entry);
    InpatientStay stay = requireInpatient(entry);
    List<Violation> problems = new ArrayList<>();
    dateProblem("on", c.on(), entry, today).ifPresent(problems::add);
    if (c.on().isBefore(stay.admittedOn())) {
      problems.add(Violation.of("on", "must not be before the admission"));
    }
    hospitalProblem(c.hospitalId()).ifPresent(problems::add);
    throwIfAny(problems);
    changes.add(new RegisterEvent.HospitalMoved(c.on(), c.hospitalId(), c.secure()));
    changes.closeOpen(TaskKind.CETR, c.on(), TaskOutcome.SUPERSEDED);
    changes.openTask(
        TaskKind.CETR,
        c.on(),
        dueDates.postAdmissionCetr(c.on(), entry.person().dateOfBirth().ageOn(c.on())),
        "review on a move of hospital");
  }

  private void recordDischarge(Changes changes, Command.RecordDischarge c, LocalDate today) {
    Entry entry = changes.entry();
    requireActive(entry);
    InpatientStay stay = requireInpatient(entry);
    List<Violation> problems = new ArrayList<>();
    dateProblem("on", c.on(), entry, today).ifPresent(problems::add);
    if (c.on().isBefore(stay.admittedOn())) {
      problems.add(Violation.of("on", "must not be before the admission"));
    }
    throwIfAny(problems);
    changes.add(new RegisterEvent.Discharged(c.on()));
    changes.closeOpen(TaskKind.CETR, c.on(), TaskOutcome.CANCELLED);
    rerate(changes, c.on(), "after discharge from hospital");
  }

  private void closeEntry(Changes changes, Command.CloseEntry c, LocalDate today) {
    Entry entry = changes.entry();
    requireOpen(entry);
    List<Violation> problems = new ArrayList<>();
    dateProblem("on", c.on(), entry, today).ifPresent(problems::add);
    if (c.reason() == CloseReason.CONSENT_WITHDRAWN) {
      problems.add(
          Violation.of(
              "reason", "a withdrawal closes the entry when it is recorded as a consent record"));
    }
    throwIfAny(problems);
    close(changes, c.on(), c.reason());
  }

  private static void close(Changes changes, LocalDate on, CloseReason reason) {
    changes.add(new RegisterEvent.EntryClosed(on, reason));
    changes.closeAllOpen(on, TaskOutcome.CANCELLED);
  }

  // ---------------------------------------------------------------- helpers

  private CommandResult append(EntryId id, long expectedVersion, Command c, Changes changes) {
    Instant at = clock.instant();
    List<RecordedEvent> recorded = new ArrayList<>();
    long version = expectedVersion;
    for (RegisterEvent event : changes.events()) {
      version++;
      recorded.add(new RecordedEvent(id, version, c.actor(), at, c.why(), event));
    }
    if (store instanceof IndexedRegisterStore indexed) {
      indexed.append(id, expectedVersion, recorded, EntrySummary.of(changes.entry()));
    } else {
      store.append(id, expectedVersion, recorded);
    }
    return new CommandResult(id, version, recorded, changes.entry());
  }

  private ConsentDecision consentOn(Entry entry, Purpose purpose, LocalDate date) {
    return ConsentRules.decide(
        entry.person().dateOfBirth().value(),
        purpose,
        entry.consentRecords(),
        date,
        policy.consentPolicy());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone());
  }

  private ZoneId zone() {
    return clock.getZone();
  }

  private static NotFoundException notFound(EntryId id) {
    return new NotFoundException("entry " + id + " does not exist");
  }

  private static void requireOpen(Entry entry) {
    if (!entry.status().isOpen()) {
      throw ValidationException.of(
          "entry.status",
          "entry is "
              + entry.status()
              + "; nothing more can be recorded on it (a new referral opens a new episode)");
    }
  }

  private static void requireActive(Entry entry) {
    if (entry.status() != EntryStatus.ACTIVE) {
      throw ValidationException.of(
          "entry.status", "must be ACTIVE for this command; entry is " + entry.status());
    }
  }

  private static InpatientStay requireInpatient(Entry entry) {
    return entry
        .currentStay()
        .orElseThrow(() -> ValidationException.of("admission", "the person is not an inpatient"));
  }

  private static Optional<Violation> hospitalProblem(String hospitalId) {
    return hospitalId.matches("[A-Za-z0-9._-]{1,40}")
        ? Optional.empty()
        : Optional.of(
            Violation.of(
                "hospitalId", "must be 1-40 letters, digits, dots, hyphens or underscores"));
  }

  private static void checkDate(String field, LocalDate on, Entry entry, LocalDate today) {
    throwIfAny(dateProblem(field, on, entry, today).stream().toList());
  }

  private static Optional<Violation> dateProblem(
      String field, LocalDate on, Entry entry, LocalDate today) {
    if (on.isAfter(today)) {
      return Optional.of(Violation.of(field, "must not be in the future"));
    }
    if (on.isBefore(entry.referral().date())) {
      return Optional.of(Violation.of(field, "must not be before the referral date"));
    }
    return Optional.empty();
  }

  /**
   * Ratings are kept in date order: a new one (or an admission's Blue) may not predate the last.
   */
  private static Optional<Violation> ratingOrderProblem(String field, LocalDate on, Entry entry) {
    List<org.opendsr.core.entry.RatingRecord> ratings = entry.ratings();
    if (!ratings.isEmpty() && on.isBefore(ratings.get(ratings.size() - 1).on())) {
      return Optional.of(Violation.of(field, "must not be before the latest recorded rating"));
    }
    return Optional.empty();
  }

  private static Optional<Violation> checkConsentDate(
      String field, ConsentRecord record, LocalDate born, LocalDate today) {
    if (record.date().isAfter(today)) {
      return Optional.of(Violation.of(field, "must not be in the future"));
    }
    if (record.date().isBefore(born)) {
      return Optional.of(Violation.of(field, "must not be before the date of birth"));
    }
    return Optional.empty();
  }

  private static void throwIfAny(List<Violation> problems) {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** "28 days" rather than the ISO form "P28D", for task details people read. */
  private static String readable(java.time.Period period) {
    StringBuilder out = new StringBuilder();
    append(out, period.getYears(), "year");
    append(out, period.getMonths(), "month");
    append(out, period.getDays(), "day");
    return out.length() == 0 ? "0 days" : out.toString();
  }

  private static void append(StringBuilder out, int amount, String unit) {
    if (amount != 0) {
      out.append(out.length() == 0 ? "" : " ").append(amount).append(' ').append(unit);
      out.append(amount == 1 ? "" : "s");
    }
  }

  private static String article(String word) {
    return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
  }
}
