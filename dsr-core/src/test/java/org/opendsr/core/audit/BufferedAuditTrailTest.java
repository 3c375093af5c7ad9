package org.opendsr.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;

/** The audit contract holds through a buffer, and buffered records reach the trail on a flush. */
class BufferedAuditTrailTest extends AuditTrailContract {

  @Override
  protected AuditTrail newTrail() {
    return new BufferedAuditTrail(new InMemoryAuditTrail());
  }

  @Test
  void buffered_records_reach_the_trail_only_when_flushed_or_read() {
    InMemoryAuditTrail trail = new InMemoryAuditTrail();
    BufferedAuditTrail buffered = new BufferedAuditTrail(trail);
    AuditRecord referral =
        AuditRecord.allowed(
            Instant.parse("2026-11-23T10:00:00Z"),
            Actor.professional("coordinator-1", Role.DSR_COORDINATOR, "ICB"),
            AccessPurpose.REGISTER_ADMINISTRATION,
            Operation.REFER,
            Optional.of("E-000001"),
            false,
            "import");

    buffered.append(referral);

    assertThat(trail.all()).isEmpty();
    buffered.flush();
    assertThat(trail.all()).containsExactly(referral);
    buffered.append(referral);
    assertThat(buffered.forEntry("E-000001")).hasSize(2);
    assertThat(trail.all()).hasSize(2);
  }
}
