package org.opendsr.examples.cli;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.CommandGate;

/**
 * Writes every command of the command line's user to the audit trail before the register decides
 * it. The command line runs as one DSR coordinator, who may do everything, so nothing is refused
 * here; the trail says who did what to which entry, and why.
 */
final class AuditingGate implements CommandGate {

  private final Actor actor;
  private final AuditTrail audit;
  private final Clock clock;

  AuditingGate(Actor actor, AuditTrail audit, Clock clock) {
    this.actor = Objects.requireNonNull(actor, "actor");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void check(Command command, Optional<Entry> entry) {
    audit.append(
        AuditRecord.of(
            clock.instant(),
            actor,
            AccessPurpose.REGISTER_ADMINISTRATION,
            AccessControlledRegister.operationOf(command),
            entry.map(e -> e.id().value()),
            AuditRecord.Outcome.ALLOWED,
            false,
            "dsr command line: " + command.why()));
  }
}
