package org.opendsr.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Events and audit rows can be added, never changed or removed, on every supported database. */
class AppendOnlyHistoryTest {

  static List<DataSource> databases() {
    return TestDatabases.all();
  }

  private static DsrDatabase migrated(DataSource ds) throws SQLException {
    DsrDatabase db = DsrDatabase.migrate(ds);
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO dsr_event (entry_id, version, event_type, occurred_at, actor, payload)"
              + " VALUES ('e1', 1, 'EntryOpened', TIMESTAMP WITH TIME ZONE"
              + " '2026-11-23 10:00:00+00', 'u1', '{}')");
      s.executeUpdate(
          "INSERT INTO dsr_audit (occurred_at, actor, actor_role, purpose, operation, access,"
              + " outcome, break_glass) VALUES (TIMESTAMP WITH TIME ZONE"
              + " '2026-11-23 10:00:00+00', 'u1', 'DSR_COORDINATOR', 'DIRECT_CARE', 'VIEW_ENTRY',"
              + " 'ALLOWED', 'DONE', FALSE)");
    }
    return db;
  }

  private static int count(DataSource ds, String table) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void an_event_cannot_be_updated_or_deleted(DataSource ds) throws SQLException {
    migrated(ds);
    assertThatThrownBy(() -> execute(ds, "UPDATE dsr_event SET actor = 'someone else'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> execute(ds, "DELETE FROM dsr_event"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThat(count(ds, "dsr_event")).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void an_audit_row_cannot_be_updated_or_deleted(DataSource ds) throws SQLException {
    migrated(ds);
    assertThatThrownBy(() -> execute(ds, "UPDATE dsr_audit SET access = 'DENIED'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> execute(ds, "DELETE FROM dsr_audit"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThat(count(ds, "dsr_audit")).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void events_can_still_be_appended_and_versions_are_unique_per_entry(DataSource ds)
      throws SQLException {
    migrated(ds);
    execute(
        ds,
        "INSERT INTO dsr_event (entry_id, version, event_type, occurred_at, actor, payload)"
            + " VALUES ('e1', 2, 'Rated', TIMESTAMP WITH TIME ZONE '2026-11-24 10:00:00+00',"
            + " 'u1', '{}')");
    assertThat(count(ds, "dsr_event")).isEqualTo(2);
    assertThatThrownBy(
            () ->
                execute(
                    ds,
                    "INSERT INTO dsr_event (entry_id, version, event_type, occurred_at, actor,"
                        + " payload) VALUES ('e1', 2, 'Rated', TIMESTAMP WITH TIME ZONE"
                        + " '2026-11-24 10:00:00+00', 'u2', '{}')"))
        .isInstanceOf(SQLException.class);
    assertThat(count(ds, "dsr_event")).isEqualTo(2);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void migrating_twice_changes_nothing(DataSource ds) throws SQLException {
    DsrDatabase first = migrated(ds);
    DsrDatabase again = DsrDatabase.migrate(ds);
    assertThat(again.dialect()).isEqualTo(first.dialect());
    assertThat(count(ds, "dsr_event")).isEqualTo(1);
  }

  @Test
  void postgres_refuses_truncate_of_history_too() throws SQLException {
    assumeThat(TestDatabases.postgresConfigured()).as("DSR_PG_URL set").isTrue();
    DataSource ds = TestDatabases.freshPostgres();
    DsrDatabase db = migrated(ds);
    assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
    assertThatThrownBy(() -> execute(ds, "TRUNCATE dsr_event"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("append-only");
    assertThat(count(ds, "dsr_event")).isEqualTo(1);
  }

  @Test
  void h2_is_recognised_as_the_embedded_dialect() {
    assertThat(DsrDatabase.migrate(TestDatabases.freshH2()).dialect()).isEqualTo(Dialect.H2);
  }
}
