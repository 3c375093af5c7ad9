package org.opendsr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.InMemoryAuditTrail;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;

/** The command line's audit rows name the same operations as the register's access rules. */
class AuditingGateTest {

  @Test
  void a_case_summary_update_is_audited_as_an_action_plan_update_as_the_access_rules_see_it() {
    InMemoryAuditTrail trail = new InMemoryAuditTrail();
    AuditingGate gate =
        new AuditingGate(
            Actor.professional("dsr-cli", Role.DSR_COORDINATOR, "local"),
            trail,
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
    Command.UpdateCaseSummary command =
        new Command.UpdateCaseSummary(
            "dsr-cli", EntryId.of("E-000001"), 1, new CaseSummary("Settled", "", "", ""));

    gate.check(command, Optional.empty());

    assertThat(trail.all())
        .extracting(AuditRecord::operation)
        .containsExactly(Operation.UPDATE_ACTION_PLAN)
        .containsExactly(AccessControlledRegister.operationOf(command));
  }
}
