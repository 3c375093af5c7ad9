package org.opendsr.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendsr.core.ValidationException;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.json.JsonEventCodec;

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

  @ParameterizedTest
  @MethodSource("databases")
  void truncating_the_event_history_is_refused(DataSource ds) throws SQLException {
    migrated(ds);
    assertThatThrownBy(() -> execute(ds, "TRUNCATE TABLE dsr_event"))
        .isInstanceOf(SQLException.class);
    assertThat(count(ds, "dsr_event")).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void truncating_the_audit_trail_is_refused(DataSource ds) throws SQLException {
    migrated(ds);
    assertThatThrownBy(() -> execute(ds, "TRUNCATE TABLE dsr_audit"))
        .isInstanceOf(SQLException.class);
    assertThat(count(ds, "dsr_audit")).isEqualTo(1);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void deleting_an_entry_row_by_hand_is_refused(DataSource ds) throws SQLException {
    DsrDatabase db = migrated(ds);
    JdbcRegisterStore store = new JdbcRegisterStore(db, JsonEventCodec.standard());
    DynamicSupportRegister register =
        DynamicSupportRegister.create(
            store,
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC),
            WorkingDayCalendar.englandAndWales(),
            LocalPolicy.defaults());
    register.handle(referral());

    assertThatThrownBy(() -> execute(ds, "DELETE FROM dsr_entry"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("never deleted");
    assertThatThrownBy(() -> execute(ds, "TRUNCATE TABLE dsr_entry"))
        .isInstanceOf(SQLException.class);
    assertThat(count(ds, "dsr_entry")).isEqualTo(1);
    assertThatThrownBy(() -> register.handle(referral()))
        .isExactlyInstanceOf(ValidationException.class)
        .hasMessageContaining("nhsNumber: already has an open entry on the register");
  }

  private static Command.Refer referral() {
    return new Command.Refer(
        "coordinator-1",
        PersonDetails.of(
            PersonName.of("Test", "Person"),
            DateOfBirth.of(LocalDate.of(2000, 1, 1)),
            NhsNumber.parse("9434765919"),
            Residence.of("1 Test Street", "Testshire"),
            Diagnosis.AUTISM),
        Referral.of(
            ReferralSource.SELF,
            LocalDate.of(2026, 11, 20),
            "self",
            ContactDetails.email("a@b.cd")),
        List.of());
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
