package org.opendsr.core.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.consent.ConsentDecision;
import org.opendsr.consent.Purpose;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.ConsentRequiredException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.schedule.DueDates;
import org.opendsr.core.store.DueCursor;
import org.opendsr.core.store.EntrySummary;
import org.opendsr.core.store.IndexedRegisterStore;
import org.opendsr.core.store.PagedWorklistStore;
import org.opendsr.core.store.RegisterStore;
import org.opendsr.core.store.WorkDue;
import org.opendsr.core.worklist.Escalation;
import org.opendsr.core.worklist.Worklist;

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

  private final RegisterContext context;
  private final RegisterStore store;
  private final Clock clock;
  private final LocalPolicy policy;
  private final CommandGate gate;
  private final UseCases cases;

  private DynamicSupportRegister(
      RegisterStore store,
      Clock clock,
      WorkingDayCalendar calendar,
      LocalPolicy policy,
      CommandGate gate) {
    this.context = new RegisterContext(store, clock, policy, DueDates.of(calendar, policy));
    this.store = store;
    this.clock = clock;
    this.policy = policy;
    this.gate = gate;
    this.cases = UseCases.over(context);
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
    Changes changes = Changes.forNewEntry();
    long expectedVersion = 0;
    if (command instanceof Command.EntryCommand c) {
      List<RecordedEvent> history = store.load(c.entryId());
      if (history.isEmpty()) {
        throw RegisterContext.notFound(c.entryId());
      }
      c.ref().requireCurrent(history.size());
      changes = Changes.after(history);
      expectedVersion = c.expectedVersion();
    }
    gate.check(command, Optional.ofNullable(changes.entry()));
    CommandRoutes.decide(cases, command, changes, context.today());
    return append(expectedVersion, command, changes);
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
    return find(entryId).orElseThrow(() -> RegisterContext.notFound(entryId));
  }

  /**
   * An entry as it is now, if it exists.
   *
   * @param entryId the entry
   * @return the entry, or empty
   */
  public Optional<Entry> find(EntryId entryId) {
    Objects.requireNonNull(entryId, "entryId");
    return context.find(entryId);
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
    Instant endOfDay = date.plusDays(1).atStartOfDay(context.zone()).toInstant();
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
        && !context.consentOn(then, Purpose.inclusion(), date).isPermitted()) {
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
    return context.consentOn(entry(entryId), purpose, date);
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
      throw RegisterContext.notFound(entryId);
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
    return worklist(context.today(), policy.dueSoonDays());
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
    Optional<IndexedRegisterStore> indexed = store.indexed();
    if (indexed.isPresent() && dueWithinDays >= 0) {
      List<Entry> due = new ArrayList<>();
      for (EntryId id : indexed.get().withWorkDueBy(asOf.plusDays(dueWithinDays))) {
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
    Optional<IndexedRegisterStore> indexed = store.indexed();
    if (indexed.isPresent()) {
      return indexed.get().dueForReviewBy(date);
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
   * One page of a worklist, by keyset: the summaries of open entries whose review work ({@link
   * WorkDue#REVIEW}) or any work ({@link WorkDue#ANY}) is due on or before a date, earliest due
   * first, then oldest entry first, starting after {@code after}. A {@link PagedWorklistStore}
   * pages in its index (a database, in SQL); another store is answered by replaying every entry.
   *
   * @param column which due date the worklist follows
   * @param by the last due date included
   * @param after where the previous page ended; empty for the first page
   * @param limit the most rows, at least 1
   * @return the summaries of the page; fewer than {@code limit} only on the last page
   * @throws IllegalArgumentException if {@code limit} is less than 1
   */
  public List<EntrySummary> dueBy(
      WorkDue column, LocalDate by, Optional<DueCursor> after, int limit) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(after, "after");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    Optional<PagedWorklistStore> paged = store.paged();
    if (paged.isPresent()) {
      return paged.get().dueBy(column, by, after, limit);
    }
    return ReplayedDuePages.page(store.entryIds(), this::entry, column, by, after, limit);
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

  // ---------------------------------------------------------------- append

  /** Records a command's events, all at once, at the version the command read. */
  private CommandResult append(long expectedVersion, Command c, Changes changes) {
    EntryId id = changes.entry().id();
    Instant at = clock.instant();
    List<RecordedEvent> recorded = new ArrayList<>();
    long version = expectedVersion;
    for (RegisterEvent event : changes.events()) {
      version++;
      recorded.add(new RecordedEvent(id, version, c.actor(), at, c.why(), event));
    }
    // A store with a worklist index keeps the summary with the events; another ignores it.
    store.append(id, expectedVersion, recorded, EntrySummary.of(changes.entry()));
    return new CommandResult(id, version, recorded, changes.entry());
  }
}
