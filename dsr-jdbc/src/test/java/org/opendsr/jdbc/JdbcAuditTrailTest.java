package org.opendsr.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
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
        AuditRecord.allowed(
            Instant.parse("2026-11-23T10:00:00Z"),
            Actor.professional("coordinator-1", Role.DSR_COORDINATOR, "ICB"),
            AccessPurpose.REGISTER_ADMINISTRATION,
            Operation.REFER,
            Optional.of("E-000001"),
            false,
            "import");
    // More than one JDBC batch of 1,000 is sent before the missing record is reached.
    List<AuditRecord> batch = new ArrayList<>(Collections.nCopies(1_500, referral));
    batch.add(null);

    assertThatThrownBy(() -> trail.appendAll(batch)).isInstanceOf(NullPointerException.class);

    assertThat(trail.all()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void rows_written_before_outcomes_were_recorded_read_back_without_claiming_the_call_was_done(
      DataSource source) throws SQLException {
    // The schema as it was before V4_17 told access and outcome apart, with a row of each kind.
    Dialect dialect;
    try (Connection c = source.getConnection()) {
      dialect = Dialect.of(c);
    }
    String[] locations = {
      "classpath:org/opendsr/jdbc/migration/common", dialect.migrationLocation()
    };
    MigrationVersion before =
        Arrays.stream(
                Flyway.configure()
                    .dataSource(source)
                    .locations(locations)
                    .table("dsr_schema_history")
                    .load()
                    .info()
                    .all())
            .map(MigrationInfo::getVersion)
            .filter(v -> !v.isAtLeast("4.17"))
            .max(Comparator.naturalOrder())
            .orElseThrow();
    Flyway.configure()
        .dataSource(source)
        .locations(locations)
        .table("dsr_schema_history")
        .target(before)
        .load()
        .migrate();
    try (Connection c = source.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO dsr_audit (occurred_at, actor, actor_role, agency_id, purpose, operation,"
              + " entry_id, outcome, break_glass, detail) VALUES"
              + " (TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+00', 'coordinator-1',"
              + " 'DSR_COORDINATOR', 'ICB', 'REGISTER_ADMINISTRATION', 'RECORD_RATING',"
              + " 'E-000001', 'ALLOWED', FALSE, 'dsr command line: rating recorded'),"
              + " (TIMESTAMP WITH TIME ZONE '2026-11-20 10:01:00+00', 'analyst-1',"
              + " 'COMMISSIONER_ANALYST', 'ICB', 'COMMISSIONING', 'VIEW_ENTRY', 'E-000001',"
              + " 'DENIED', FALSE, 'role COMMISSIONER_ANALYST may not VIEW_ENTRY'),"
              + " (TIMESTAMP WITH TIME ZONE '2026-11-20 10:02:00+00', 'duty-1', 'CLINICIAN',"
              + " 'AE', 'BREAK_GLASS', 'VIEW_ENTRY', 'E-000001', 'ALLOWED', TRUE,"
              + " 'break-glass with a recorded reason')");
    }

    JdbcAuditTrail trail = new JdbcAuditTrail(DsrDatabase.migrate(source));

    assertThat(trail.forEntry("E-000001"))
        .extracting(
            AuditRecord::access,
            AuditRecord::outcome,
            AuditRecord::refusedBy,
            AuditRecord::breakGlass,
            AuditRecord::breakGlassReason)
        .containsExactly(
            tuple(
                AuditRecord.Access.ALLOWED,
                AuditRecord.Outcome.NOT_RECORDED,
                List.of(),
                false,
                Optional.empty()),
            tuple(
                AuditRecord.Access.DENIED,
                AuditRecord.Outcome.NOT_RECORDED,
                List.of(),
                false,
                Optional.empty()),
            tuple(
                AuditRecord.Access.ALLOWED,
                AuditRecord.Outcome.NOT_RECORDED,
                List.of(),
                true,
                Optional.empty()));
    assertThat(trail.all().get(0).at()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
  }
}
