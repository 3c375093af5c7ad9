package org.opendsr.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;

class InMemoryAuditTrailTest {

  private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
  private final Actor nurse = Actor.professional("nurse-1", Role.CLINICIAN, "CAMHS");
  private final Actor analyst = Actor.professional("analyst-1", Role.COMMISSIONER_ANALYST, "ICB");

  @Test
  void records_are_found_by_entry_and_by_actor_in_order() {
    Instant t = Instant.parse("2026-11-23T10:00:00Z");
    trail.append(
        AuditRecord.of(
            t,
            nurse,
            AccessPurpose.DIRECT_CARE,
            Operation.VIEW_ENTRY,
            Optional.of("e1"),
            AuditRecord.Outcome.ALLOWED,
            false,
            "agency involved"));
    trail.append(
        AuditRecord.of(
            t.plusSeconds(1),
            analyst,
            AccessPurpose.COMMISSIONING,
            Operation.VIEW_ENTRY,
            Optional.of("e1"),
            AuditRecord.Outcome.DENIED,
            false,
            "role may not VIEW_ENTRY"));
    trail.append(
        AuditRecord.of(
            t.plusSeconds(2),
            nurse,
            AccessPurpose.DIRECT_CARE,
            Operation.VIEW_WORKLIST,
            Optional.empty(),
            AuditRecord.Outcome.ALLOWED,
            false,
            "role may"));
    assertThat(trail.forEntry("e1"))
        .extracting(AuditRecord::outcome)
        .containsExactly(AuditRecord.Outcome.ALLOWED, AuditRecord.Outcome.DENIED);
    assertThat(trail.byActor("nurse-1"))
        .extracting(AuditRecord::operation)
        .containsExactly(Operation.VIEW_ENTRY, Operation.VIEW_WORKLIST);
    assertThat(trail.all()).hasSize(3);
  }

  @Test
  void what_is_returned_cannot_be_changed() {
    assertThatThrownBy(() -> trail.all().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
