package org.opendsr.core.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.opendsr.consent.Purpose;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.access.AccessPolicy;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.BreakGlassReasons;
import org.opendsr.core.access.EntryAccessFacts;
import org.opendsr.core.access.Operation;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.reporting.EntryReportRecords;
import org.opendsr.core.reporting.NationalDataOptOut;
import org.opendsr.core.reporting.RegisterReports;
import org.opendsr.core.reporting.ReportingPeriod;
import org.opendsr.core.reporting.Table;
import org.opendsr.core.reporting.ThemeCodes;
import org.opendsr.core.store.DueCursor;
import org.opendsr.core.store.WorkDue;
import org.opendsr.core.worklist.Escalation;
import org.opendsr.core.worklist.Worklist;

/**
 * The register as users reach it: every call names an {@link Actor} and an {@link AccessPurpose},
 * is decided by {@link AccessPolicy} (deny by default) and is written to the {@link AuditTrail},
 * allowed or denied. Lists (worklists, escalations) show only the entries the actor may see.
 * Embedders expose this class to their users and keep the inner {@link DynamicSupportRegister} for
 * system work such as migrations: the inner register checks no access and writes no audit row.
 *
 * <p>The audit row of a command says what came of it: a denied command is recorded before anything
 * is attempted; an allowed one once the register has decided it, as done (with the entry it
 * concerned, for a referral or carry-over the entry it created), refused by a rule (naming the
 * field and rule) or failed. The row is written after the register's write, so a trail that cannot
 * be written fails the call but cannot undo a write the store has already kept; an embedder who
 * needs both in one transaction runs the call inside one (as dsr-jdbc's {@code DsrDatabase.begin()}
 * allows).
 *
 * <p>Who counts as involved in an entry: the agencies listed on it and the agencies of its key
 * professionals. Sharing with an agency is permitted when {@code ConsentRules} permits {@link
 * Purpose#sharingWith(String)} for that agency on the day. Panel members are those recorded on the
 * entry's C(E)TRs plus those the embedder's {@link PanelRoster} names for planned reviews.
 */
public final class AccessControlledRegister {

  /** Who sits on panels for C(E)TRs being prepared, as the embedder's scheduling knows it. */
  @FunctionalInterface
  public interface PanelRoster {
    /**
     * User ids of members of planned C(E)TR panels for an entry.
     *
     * @param entryId the entry
     * @return the members; empty when none is planned
     */
    Set<String> plannedPanelMembers(EntryId entryId);

    /**
     * No planned panels are known: only recorded panels count.
     *
     * @return the empty roster
     */
    static PanelRoster none() {
      return id -> Set.of();
    }
  }

  private final DynamicSupportRegister register;
  private final AuditTrail audit;
  private final Clock clock;
  private final PanelRoster roster;
  private final BreakGlassReasons reasons;
  private final EntryFacts facts;
  private final AuditedAccess access;
  private final SubjectAccessRequests subjectAccessRequests;

  private AccessControlledRegister(
      DynamicSupportRegister register,
      AuditTrail audit,
      Clock clock,
      PanelRoster roster,
      BreakGlassReasons reasons) {
    this.register = register;
    this.audit = audit;
    this.clock = clock;
    this.roster = roster;
    this.reasons = reasons;
    this.facts = new EntryFacts(register, clock, roster);
    this.access = new AuditedAccess(register, audit, clock, this::factsOf);
    this.subjectAccessRequests = new SubjectAccessRequests(register, audit, access, this::factsOf);
  }

  /**
   * Wraps a register.
   *
   * @param register the register
   * @param audit where every call is recorded
   * @param clock the clock the register uses
   * @param roster planned C(E)TR panels
   * @return the access-controlled register
   */
  public static AccessControlledRegister of(
      DynamicSupportRegister register, AuditTrail audit, Clock clock, PanelRoster roster) {
    return new AccessControlledRegister(
        Objects.requireNonNull(register, "register"),
        Objects.requireNonNull(audit, "audit"),
        Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(roster, "roster"),
        BreakGlassReasons.defaults());
  }

  /**
   * This register, with another rule for what counts as a break-glass reason.
   *
   * @param rule the rule
   * @return the register with that rule
   */
  public AccessControlledRegister withBreakGlassReasons(BreakGlassReasons rule) {
    return new AccessControlledRegister(
        register, audit, clock, roster, Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Wraps a register with no planned panel roster.
   *
   * @param register the register
   * @param audit where every call is recorded
   * @param clock the clock the register uses
   * @return the access-controlled register
   */
  public static AccessControlledRegister of(
      DynamicSupportRegister register, AuditTrail audit, Clock clock) {
    return of(register, audit, clock, PanelRoster.none());
  }

  // ------------------------------------------------------------------------- commands

  /**
   * Handles a command for an actor. The command's own actor id must be the caller's. The audit row
   * says what came of it: denied (nothing attempted), done (with the entry it concerned or
   * created), refused by a rule of the register (naming the field and rule; nothing written) or
   * failed.
   *
   * @param actor who is calling
   * @param purpose why
   * @param command the command
   * @return the result
   * @throws AccessDeniedException if the call is not allowed (it is audited)
   * @throws NotFoundException if the command names an unknown entry (audited as denied)
   * @throws org.opendsr.core.DsrException whatever the register throws when it refuses the command
   *     (audited as refused, or as failed)
   */
  public CommandResult handle(Actor actor, AccessPurpose purpose, Command command) {
    Objects.requireNonNull(command, "command");
    Operation operation = operationOf(command);
    Optional<EntryId> entryId =
        command instanceof Command.EntryCommand ec ? Optional.of(ec.entryId()) : Optional.empty();
    if (!command.actor().equals(actor.userId())) {
      access.deny(actor, purpose, operation, entryId, "the command's actor is not the caller");
    }
    return access.handle(actor, purpose, operation, entryId, command);
  }

  // ------------------------------------------------------------------------- reads

  /**
   * One entry.
   *
   * @param actor who is looking
   * @param purpose why
   * @param entryId which entry
   * @return the entry
   * @throws AccessDeniedException if the actor may not see it (audited)
   */
  public Entry entry(Actor actor, AccessPurpose purpose, EntryId entryId) {
    return access.check(
        actor, purpose, Operation.VIEW_ENTRY, Optional.of(entryId), Optional.empty());
  }

  /**
   * One entry by break-glass: for a clinician or social care practitioner in an emergency, with a
   * reason; flagged in the audit trail for review. The reason is the accountability for the access:
   * it is recorded in the audit row as given (allowed or denied), and must meet the register's
   * {@link BreakGlassReasons} rule. It may hold personal data, so no error or log repeats it.
   *
   * @param actor who is looking
   * @param entryId which entry
   * @param reason why the usual rules must be set aside
   * @return the entry
   * @throws org.opendsr.core.ValidationException naming {@link BreakGlassReasons#FIELD} if the
   *     reason does not meet the rule (audited as denied, with the reason given)
   * @throws AccessDeniedException if break-glass is not allowed (audited)
   */
  public Entry breakGlass(Actor actor, EntryId entryId, String reason) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(reason, "reason");
    return access.breakGlass(actor, entryId, reason, reasons);
  }

  /**
   * The full event history of an entry: who did what, when and why.
   *
   * @param actor who is looking
   * @param purpose why
   * @param entryId which entry
   * @return the events, oldest first
   */
  public List<RecordedEvent> history(Actor actor, AccessPurpose purpose, EntryId entryId) {
    access.check(actor, purpose, Operation.VIEW_ENTRY, Optional.of(entryId), Optional.empty());
    return register.history(entryId);
  }

  /**
   * What is due and overdue, limited to the entries the actor may see.
   *
   * @param actor who is looking
   * @param purpose why
   * @param asOf the day
   * @param dueWithinDays how far ahead
   * @return the worklist
   */
  public Worklist worklist(Actor actor, AccessPurpose purpose, LocalDate asOf, int dueWithinDays) {
    access.check(actor, purpose, Operation.VIEW_WORKLIST, Optional.empty(), Optional.empty());
    // The store's index narrows the entries first, as the register's own worklist does.
    List<Entry> visible =
        register.entriesWithWorkDue(asOf, dueWithinDays).stream()
            .filter(e -> AccessPolicy.maySee(actor, factsOf(e)))
            .toList();
    return Worklist.of(visible, asOf, dueWithinDays);
  }

  /**
   * One page of the entries with work due that the actor may see: open entries whose review work
   * ({@link WorkDue#REVIEW}) or any work ({@link WorkDue#ANY}) is due on or before {@code by},
   * earliest due first, then oldest first, after {@code after}, paged by the store's keyset ({@link
   * DynamicSupportRegister#dueBy}). Entries the actor may not see, or {@code keep} refuses, are
   * skipped, so a page is full unless it is the last. The call is checked and audited once; for a
   * role that may view entries, each entry shown is also decided and audited as a view (in one
   * audit write), and an entry whose view is refused is left out.
   *
   * @param actor who is looking
   * @param purpose why
   * @param column which due date the worklist follows
   * @param by the last due date included
   * @param after where the previous page ended; empty for the first page
   * @param size the most entries on the page, at least 1
   * @param keep a further narrowing by the entry (a rating, an area); {@code e -> true} for none
   * @return the page
   * @throws IllegalArgumentException if {@code size} is less than 1
   */
  public DuePage worklistPage(
      Actor actor,
      AccessPurpose purpose,
      WorkDue column,
      LocalDate by,
      Optional<DueCursor> after,
      int size,
      Predicate<Entry> keep) {
    Objects.requireNonNull(keep, "keep");
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1");
    }
    access.check(actor, purpose, Operation.VIEW_WORKLIST, Optional.empty(), Optional.empty());
    return new WorklistPages(register, access, audit, this::factsOf)
        .page(actor, purpose, column, by, after, size, keep);
  }

  /**
   * People whose rating rose since a date, limited to the entries the actor may see.
   *
   * @param actor who is looking
   * @param purpose why
   * @param since the date
   * @return the escalations
   */
  public List<Escalation> escalatedSince(Actor actor, AccessPurpose purpose, LocalDate since) {
    access.check(actor, purpose, Operation.VIEW_WORKLIST, Optional.empty(), Optional.empty());
    return register.escalatedSince(since).stream()
        .filter(e -> AccessPolicy.maySee(actor, factsOf(register.entry(e.entryId()))))
        .toList();
  }

  /**
   * The standard set of anonymised, suppressed reports.
   *
   * @param actor who is asking
   * @param purpose why
   * @param on the date of the snapshot tables
   * @param period the period of the trend tables
   * @param optOut the national data opt-out check
   * @param themes the local theme list
   * @return the tables
   */
  public List<Table> reports(
      Actor actor,
      AccessPurpose purpose,
      LocalDate on,
      ReportingPeriod period,
      NationalDataOptOut optOut,
      ThemeCodes themes) {
    access.check(actor, purpose, Operation.VIEW_REPORT, Optional.empty(), Optional.empty());
    return RegisterReports.of(EntryReportRecords.of(register.entries(), on, optOut, themes))
        .standardSet(on, period);
  }

  /**
   * The audit trail of one entry.
   *
   * @param actor who is asking (an auditor, or the coordinator)
   * @param purpose why
   * @param entryId the entry
   * @return its audit records
   */
  public List<AuditRecord> auditOfEntry(Actor actor, AccessPurpose purpose, EntryId entryId) {
    access.check(actor, purpose, Operation.VIEW_AUDIT, Optional.empty(), Optional.empty());
    return audit.forEntry(entryId.value());
  }

  /**
   * The audit trail of one user's calls.
   *
   * @param actor who is asking
   * @param purpose why
   * @param userId whose calls
   * @return their audit records
   */
  public List<AuditRecord> auditOfActor(Actor actor, AccessPurpose purpose, String userId) {
    access.check(actor, purpose, Operation.VIEW_AUDIT, Optional.empty(), Optional.empty());
    return audit.byActor(userId);
  }

  /**
   * The whole audit trail, oldest first, for an auditor to search.
   *
   * @param actor who is asking (an auditor, or the coordinator)
   * @param purpose why
   * @return every audit record
   */
  public List<AuditRecord> audit(Actor actor, AccessPurpose purpose) {
    access.check(actor, purpose, Operation.VIEW_AUDIT, Optional.empty(), Optional.empty());
    return audit.all();
  }

  /**
   * Everything held about one person (subject access request): every episode, its full history and
   * the audit trail of its use.
   *
   * <p>A caller who may not see the person gets the same answer whether or not the person is on the
   * register ({@link AccessDeniedException} with one message, audited alike with no entry), so the
   * call cannot be used to learn who is on the register. Only a caller who could see the person's
   * entry if there were one (the coordinator, the person themselves) is told that there is none.
   *
   * @param actor the person, their representative or the coordinator
   * @param purpose why
   * @param nhsNumber the person
   * @return the export
   * @throws AccessDeniedException if the caller may not see the person, on the register or not
   *     (audited)
   * @throws NotFoundException if the register holds nothing about the person and the caller could
   *     see it if it did (audited)
   */
  public SubjectAccessExport subjectAccess(
      Actor actor, AccessPurpose purpose, NhsNumber nhsNumber) {
    return subjectAccessRequests.export(actor, purpose, nhsNumber);
  }

  /**
   * The facts the access rules need about an entry, on the register's today.
   *
   * @param entry the entry
   * @return involved agencies, agencies with a permitted sharing basis, panel members
   */
  public EntryAccessFacts factsOf(Entry entry) {
    return facts.of(entry);
  }

  /**
   * The operation a command performs, for the access rules and the audit trail. A gate that audits
   * commands itself (as the command line's does) records the same operation.
   *
   * @param c the command
   * @return its operation
   */
  public static Operation operationOf(Command c) {
    return CommandRoutes.operationOf(Objects.requireNonNull(c, "c").getClass());
  }
}
