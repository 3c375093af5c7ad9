package org.opendsr.core.register;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.access.AccessDecision;
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

/**
 * Decides calls by {@link AccessPolicy} and builds their audit rows: a denial is written and thrown
 * at once; an allowance is returned with its row, for the caller to write once it knows what came
 * of the call.
 */
final class AuditedAccess {

  /** An allowed call, with its audit row and the entry it concerns (empty when none). */
  record Allowed(AuditRecord record, Optional<Entry> entry) {}

  private final DynamicSupportRegister register;
  private final AuditTrail audit;
  private final Clock clock;
  private final Function<Entry, EntryAccessFacts> facts;

  AuditedAccess(
      DynamicSupportRegister register,
      AuditTrail audit,
      Clock clock,
      Function<Entry, EntryAccessFacts> facts) {
    this.register = register;
    this.audit = audit;
    this.clock = clock;
    this.facts = facts;
  }

  /**
   * Decides a command, runs it on the register and audits what came of it: done (with the entry it
   * concerned or created), refused or failed. The row is written after the register's write.
   */
  CommandResult handle(
      Actor actor,
      AccessPurpose purpose,
      Operation operation,
      Optional<EntryId> entryId,
      Command command) {
    AuditRecord allowed = decide(actor, purpose, operation, entryId, Optional.empty()).record();
    CommandResult result;
    try {
      result = register.handle(command);
    } catch (RuntimeException e) {
      try {
        audit.append(allowed.after(e));
      } catch (RuntimeException unwritten) {
        e.addSuppressed(unwritten);
      }
      throw e;
    }
    audit.append(allowed.onEntry(result.entryId().value()));
    return result;
  }

  /**
   * A break-glass read: a reason that does not meet the rule is audited as denied, with the reason
   * given, and refused; otherwise the read is decided and audited as break-glass.
   */
  Entry breakGlass(Actor actor, EntryId entryId, String reason, BreakGlassReasons reasons) {
    if (!reasons.accepts(reason)) {
      audit.append(
          AuditRecord.denied(
                  clock.instant(),
                  actor,
                  AccessPurpose.BREAK_GLASS,
                  Operation.VIEW_ENTRY,
                  Optional.of(entryId.value()),
                  BreakGlassReasons.FIELD + " " + reasons.rule())
              .withBreakGlassReason(reason));
      reasons.check(reason);
    }
    return check(
        actor,
        AccessPurpose.BREAK_GLASS,
        Operation.VIEW_ENTRY,
        Optional.of(entryId),
        Optional.of(reason));
  }

  /** Decides a read, audits it and returns the entry it concerns (null when none). */
  Entry check(
      Actor actor,
      AccessPurpose purpose,
      Operation operation,
      Optional<EntryId> entryId,
      Optional<String> breakGlassReason) {
    Allowed allowed = decide(actor, purpose, operation, entryId, breakGlassReason);
    audit.append(allowed.record());
    return allowed.entry().orElse(null);
  }

  /**
   * Decides a call: a denial is audited and thrown; an allowance is returned with its audit record,
   * for the caller to write once it knows what came of the call.
   */
  Allowed decide(
      Actor actor,
      AccessPurpose purpose,
      Operation operation,
      Optional<EntryId> entryId,
      Optional<String> breakGlassReason) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(purpose, "purpose");
    Optional<Entry> entry = Optional.empty();
    if (entryId.isPresent()) {
      entry = register.find(entryId.get());
      if (entry.isEmpty()) {
        deny(
            actor,
            purpose,
            operation,
            entryId,
            "no such entry",
            () -> new NotFoundException("no entry " + entryId.get()));
      }
    }
    return decideOn(actor, purpose, operation, entryId, entry, breakGlassReason);
  }

  /**
   * Decides a call on an entry already read (or on none), as {@link #decide} does once it has read
   * it.
   */
  Allowed decideOn(
      Actor actor,
      AccessPurpose purpose,
      Operation operation,
      Optional<EntryId> entryId,
      Optional<Entry> entry,
      Optional<String> breakGlassReason) {
    AccessDecision decision =
        AccessPolicy.decide(actor, operation, purpose, entry.map(facts), breakGlassReason);
    boolean breakGlass = decision instanceof AccessDecision.Granted granted && granted.breakGlass();
    Optional<String> id = entryId.map(EntryId::value);
    AuditRecord record =
        decision.granted()
            ? AuditRecord.allowed(
                clock.instant(), actor, purpose, operation, id, breakGlass, decision.reason())
            : AuditRecord.denied(clock.instant(), actor, purpose, operation, id, decision.reason());
    if (breakGlassReason.isPresent() && purpose == AccessPurpose.BREAK_GLASS) {
      record = record.withBreakGlassReason(breakGlassReason.get());
    }
    if (!decision.granted()) {
      audit.append(record);
      throw new AccessDeniedException(operation + " denied: " + decision.reason());
    }
    return new Allowed(record, entry);
  }

  /** Audits a denial and throws {@link AccessDeniedException}. */
  void deny(
      Actor actor,
      AccessPurpose purpose,
      Operation operation,
      Optional<EntryId> entryId,
      String reason) {
    deny(
        actor,
        purpose,
        operation,
        entryId,
        reason,
        () -> new AccessDeniedException(operation + " denied: " + reason));
  }

  /** Audits a denial and throws the error given. */
  void deny(
      Actor actor,
      AccessPurpose purpose,
      Operation operation,
      Optional<EntryId> entryId,
      String reason,
      Supplier<? extends RuntimeException> error) {
    audit.append(
        AuditRecord.denied(
            clock.instant(), actor, purpose, operation, entryId.map(EntryId::value), reason));
    throw error.get();
  }
}
