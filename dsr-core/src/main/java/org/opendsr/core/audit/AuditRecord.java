package org.opendsr.core.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;

/**
 * One row of the audit trail: every read and write, allowed or denied. Identifiers only: the detail
 * is the rule that decided, never personal data.
 *
 * @param at when, from the register's clock
 * @param userId who
 * @param role in what role
 * @param agencyId for which agency, if any
 * @param purpose why they said they were asking
 * @param operation what they asked to do
 * @param entryId which entry, if the operation concerned one
 * @param outcome allowed or denied
 * @param breakGlass true when allowed only by break-glass (flagged for review)
 * @param detail the rule that decided
 */
public record AuditRecord(
    Instant at,
    String userId,
    Role role,
    Optional<String> agencyId,
    AccessPurpose purpose,
    Operation operation,
    Optional<String> entryId,
    Outcome outcome,
    boolean breakGlass,
    String detail) {

  /** Allowed or denied. */
  public enum Outcome {
    /** The call went ahead. */
    ALLOWED,
    /** The call was refused. */
    DENIED
  }

  /** Validates every part. */
  public AuditRecord {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Builds a record for an actor's call.
   *
   * @param at when
   * @param actor who
   * @param purpose why
   * @param operation what
   * @param entryId which entry, if any
   * @param outcome allowed or denied
   * @param breakGlass whether break-glass was used
   * @param detail the rule that decided
   * @return the record
   */
  public static AuditRecord of(
      Instant at,
      Actor actor,
      AccessPurpose purpose,
      Operation operation,
      Optional<String> entryId,
      Outcome outcome,
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
        outcome,
        breakGlass,
        detail);
  }
}
