package org.opendsr.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.audit.AuditTrailContract;

/**
 * The audit trail contract on every supported database, and a batch written whole or not at all.
 */
class JdbcAuditTrailTest {

  @Nested
  class OnH2 extends AuditTrailContract {
    @Override
    protected AuditTrail newTrail() {
      return new JdbcAuditTrail(DsrDatabase.migrate(TestDatabases.freshH2()));
    }
  }

  @Nested
  class OnPostgres extends AuditTrailContract {
    @Override
    protected AuditTrail newTrail() {
      assumeThat(TestDatabases.postgresConfigured()).as("DSR_PG_URL set").isTrue();
      return new JdbcAuditTrail(DsrDatabase.migrate(TestDatabases.freshPostgres()));
    }
  }

  static Stream<DataSource> databases() {
    return TestDatabases.all().stream();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_batch_that_fails_part_way_writes_none_of_its_records(DataSource source) {
    JdbcAuditTrail trail = new JdbcAuditTrail(DsrDatabase.migrate(source));
    AuditRecord referral =
        AuditRecord.of(
            Instant.parse("2026-11-23T10:00:00Z"),
            Actor.professional("coordinator-1", Role.DSR_COORDINATOR, "ICB"),
            AccessPurpose.REGISTER_ADMINISTRATION,
            Operation.REFER,
            Optional.of("E-000001"),
            AuditRecord.Outcome.ALLOWED,
            false,
            "import");
    // More than one JDBC batch of 1,000 is sent before the missing record is reached.
    List<AuditRecord> batch = new ArrayList<>(Collections.nCopies(1_500, referral));
    batch.add(null);

    assertThatThrownBy(() -> trail.appendAll(batch)).isInstanceOf(NullPointerException.class);

    assertThat(trail.all()).isEmpty();
  }
}
