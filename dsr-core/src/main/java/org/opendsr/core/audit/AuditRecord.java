package org.opendsr.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.ConsentRequiredException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;

/**
 * One row of the audit trail: every read and write, allowed or denied, and what came of it. The row
 * says two things apart: whether the access rules let the call go ahead ({@link #access()}), and
 * what then happened ({@link #outcome()}): done, refused by one of the register's rules (named in
 * {@link #refusedBy()}), or failed. An allowed write that the register refused is never recorded as
 * done.
 *
 * <p>Identifiers only: the detail is the access rule that decided, and a refusal names the field
 * and rule, never a value. The one piece of free text is the reason a professional gave for
 * break-glass access: it is the accountability for that access, so it is kept, but it may hold
 * personal data, so {@link #toString()} never shows it.
 *
 * @param at when, from the register's clock
 * @param userId who
 * @param role in what role
 * @param agencyId for which agency, if any
 * @param purpose why they said they were asking
 * @param operation what they asked to do
 * @param entryId which entry, if the operation concerned one (for a referral or carry-over, the
 *     entry it created)
 * @param access whether the access rules allowed the call
 * @param outcome what came of it
 * @param refusedBy for {@link Outcome#REFUSED}, the rules that refused it (field and rule); empty
 *     otherwise
 * @param breakGlass true when allowed only by break-glass (flagged for review)
 * @param breakGlassReason for a break-glass call, the reason the caller gave, as they gave it
 * @param detail the access rule that decided
 */
public record AuditRecord(
    Instant at,
    String userId,
    Role role,
    Optional<String> agencyId,
    AccessPurpose purpose,
    Operation operation,
    Optional<String> entryId,
    Access access,
    Outcome outcome,
    List<Violation> refusedBy,
    boolean breakGlass,
    Optional<String> breakGlassReason,
    String detail) {

  /** Whether the access rules let the call go ahead. */
  public enum Access {
    /** The access rules allowed the call: see {@link Outcome} for what came of it. */
    ALLOWED,
    /** The access rules refused the call: nothing was attempted. */
    DENIED
  }

  /** What came of a call. */
  public enum Outcome {
    /** The call was carried out: the read was answered, or the write recorded. */
    DONE,
    /** One of the register's rules refused it; nothing was written. */
    REFUSED,
    /** It ended in an error that no rule of the register explains (for example, storage). */
    FAILED,
    /** Access was denied, so nothing was attempted. */
    NOT_ATTEMPTED,
    /**
     * Written before the trail recorded outcomes: whether an allowed call was done is not known.
     */
    NOT_RECORDED
  }

  /** Validates every part and that they agree with one another. */
  public AuditRecord {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(outcome, "outcome");
    refusedBy = List.copyOf(refusedBy);
    Objects.requireNonNull(breakGlassReason, "breakGlassReason");
    Objects.requireNonNull(detail, "detail");
    if (access == Access.DENIED
        && outcome != Outcome.NOT_ATTEMPTED
        && outcome != Outcome.NOT_RECORDED) {
      throw ValidationException.of("outcome", "a denied call can only be NOT_ATTEMPTED");
    }
    if (access == Access.ALLOWED && outcome == Outcome.NOT_ATTEMPTED) {
      throw ValidationException.of("outcome", "an allowed call cannot be NOT_ATTEMPTED");
    }
    if ((outcome == Outcome.REFUSED) == refusedBy.isEmpty()) {
      throw ValidationException.of(
          "refusedBy", "names the rules of a REFUSED call, and only of a REFUSED call");
    }
    if (breakGlass && access == Access.DENIED) {
      throw ValidationException.of("breakGlass", "is set only on an allowed call");
    }
    if (breakGlassReason.isPresent() && purpose != AccessPurpose.BREAK_GLASS) {
      throw ValidationException.of("breakGlassReason", "is given only for break-glass access");
    }
  }

  /**
   * A call the access rules allowed and that was carried out. Use {@link #refused}, {@link
   * #failed()} or {@link #after(RuntimeException)} when it was not.
   *
   * @param at when
   * @param actor who
   * @param purpose why
   * @param operation what
   * @param entryId which entry, if any
   * @param breakGlass whether break-glass was used
   * @param detail the access rule that allowed it
   * @return the record
   */
  public static AuditRecord allowed(
      Instant at,
      Actor actor,
      AccessPurpose purpose,
      Operation operation,
      Optional<String> entryId,
      boolean breakGlass,
      String detail) {
    return new AuditRecord(
        at,
        actor.userId(),
        actor.role(),
        actor.agencyId(),
        purpose,
        operation,
        entryId,
        Access.ALLOWED,
        Outcome.DONE,
        List.of(),
        breakGlass,
        Optional.empty(),
        detail);
  }

  /**
   * A call the access rules denied: nothing was attempted.
   *
   * @param at when
   * @param actor who
   * @param purpose why
   * @param operation what
   * @param entryId which entry, if any
   * @param detail the access rule that denied it
   * @return the record
   */
  public static AuditRecord denied(
      Instant at,
      Actor actor,
      AccessPurpose purpose,
      Operation operation,
      Optional<String> entryId,
      String detail) {
    return new AuditRecord(
        at,
        actor.userId(),
        actor.role(),
        actor.agencyId(),
        purpose,
        operation,
        entryId,
        Access.DENIED,
        Outcome.NOT_ATTEMPTED,
        List.of(),
        false,
        Optional.empty(),
        detail);
  }

  /**
   * This allowed call, refused by the register's rules.
   *
   * @param rules the rules that refused it, each naming a field; not empty
   * @return the record
   */
  public AuditRecord refused(List<Violation> rules) {
    return new AuditRecord(
        at,
        userId,
        role,
        agencyId,
        purpose,
        operation,
        entryId,
        access,
        Outcome.REFUSED,
        rules,
        breakGlass,
        breakGlassReason,
        detail);
  }

  /**
   * This allowed call, ended by an error that no rule of the register explains.
   *
   * @return the record
   */
  public AuditRecord failed() {
    return new AuditRecord(
        at,
        userId,
        role,
        agencyId,
        purpose,
        operation,
        entryId,
        access,
        Outcome.FAILED,
        List.of(),
        breakGlass,
        breakGlassReason,
        detail);
  }

  /**
   * This allowed call, ended by an exception: refused when the exception is one of the register's
   * rules (validation, consent, a stale version, something not found, a gate's refusal), failed
   * otherwise. Only the field and rule are kept, never a value.
   *
   * @param error what the register threw
   * @return the record
   */
  public AuditRecord after(RuntimeException error) {
    Objects.requireNonNull(error, "error");
    if (error instanceof ValidationException v) {
      return refused(v.violations());
    }
    if (error instanceof ConsentRequiredException) {
      return refused(List.of(Violation.of("consent", ruleOf(error))));
    }
    if (error instanceof ConcurrentUpdateException) {
      return refused(
          List.of(Violation.of("expectedVersion", "must be the entry's current version")));
    }
    if (error instanceof NotFoundException) {
      return refused(List.of(Violation.of("command", ruleOf(error))));
    }
    if (error instanceof AccessDeniedException) {
      return refused(List.of(Violation.of("access", ruleOf(error))));
    }
    return failed();
  }

  /** The register's exceptions name rules and identifiers only, never personal data. */
  private static String ruleOf(RuntimeException error) {
    String message = error.getMessage();
    return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
  }

  /**
   * This record, about an entry (for a referral or carry-over: the entry it created).
   *
   * @param id the entry
   * @return the record
   */
  public AuditRecord onEntry(String id) {
    return new AuditRecord(
        at,
        userId,
        role,
        agencyId,
        purpose,
        operation,
        Optional.of(id),
        access,
        outcome,
        refusedBy,
        breakGlass,
        breakGlassReason,
        detail);
  }

  /**
   * This record, with the reason the caller gave for break-glass access.
   *
   * @param reason the reason, as given
   * @return the record
   */
  public AuditRecord withBreakGlassReason(String reason) {
    return new AuditRecord(
        at,
        userId,
        role,
        agencyId,
        purpose,
        operation,
        entryId,
        access,
        outcome,
        refusedBy,
        breakGlass,
        Optional.of(reason),
        detail);
  }

  /**
   * Everything but the break-glass reason, which may hold personal data: only whether one was
   * given.
   */
  @Override
  public String toString() {
    return "AuditRecord[at="
        + at
        + ", userId="
        + userId
        + ", role="
        + role
        + ", agencyId="
        + agencyId.orElse("-")
        + ", purpose="
        + purpose
        + ", operation="
        + operation
        + ", entryId="
        + entryId.orElse("-")
        + ", access="
        + access
        + ", outcome="
        + outcome
        + ", refusedBy="
        + refusedBy
        + ", breakGlass="
        + breakGlass
        + ", breakGlassReason="
        + (breakGlassReason.isPresent() ? "(given, not shown)" : "-")
        + ", detail="
        + detail
        + "]";
  }
}
