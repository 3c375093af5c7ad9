package org.opendsr.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.EntryStatus;
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
import org.opendsr.core.register.CommandResult;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.json.JsonEventCodec;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * On PostgreSQL the service connects as an application role that can record a referral but cannot
 * change or remove history, switch off the triggers that guard it, or drop the tables: only the
 * schema owner, used for migrations, can.
 */
class LeastPrivilegeTest {

  private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

  private String suffix;
  private String owner;
  private String app;
  private String schema;

  @BeforeEach
  void rolesAndSchema() throws SQLException {
    assumeThat(TestDatabases.postgresConfigured()).as("DSR_PG_URL set").isTrue();
    suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    owner = "dsr_owner_" + suffix;
    app = "dsr_app_" + suffix;
    schema = "dsr_lp_" + suffix;
    asAdministrator(
        "CREATE ROLE " + owner + " LOGIN",
        "CREATE ROLE " + app + " LOGIN",
        "CREATE SCHEMA " + schema + " AUTHORIZATION " + owner);
    DsrDatabase asOwner = DsrDatabase.migrate(connectingAs(owner));
    asOwner.grantApplicationRole(app);
  }

  @AfterEach
  void dropRolesAndSchema() throws SQLException {
    if (schema != null) {
      asAdministrator(
          "DROP SCHEMA IF EXISTS " + schema + " CASCADE",
          "DROP OWNED BY " + app + ", " + owner + " CASCADE",
          "DROP ROLE IF EXISTS " + app,
          "DROP ROLE IF EXISTS " + owner);
    }
  }

  private static void asAdministrator(String... statements) throws SQLException {
    try (Connection c = DriverManager.getConnection(System.getenv("DSR_PG_URL"));
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  private DataSource connectingAs(String role) {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(System.getenv("DSR_PG_URL"));
    pg.setUser(role);
    pg.setCurrentSchema(schema);
    return pg;
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

  private CommandResult referAs(DataSource source) {
    DsrDatabase database = DsrDatabase.open(source);
    JdbcRegisterStore store = new JdbcRegisterStore(database, JsonEventCodec.standard());
    DynamicSupportRegister register =
        DynamicSupportRegister.create(
            store,
            Clock.fixed(AT, ZoneOffset.UTC),
            WorkingDayCalendar.englandAndWales(),
            LocalPolicy.defaults());
    CommandResult result = register.handle(referral());
    new JdbcAuditTrail(database)
        .append(
            AuditRecord.allowed(
                AT,
                Actor.professional("coordinator-1", Role.DSR_COORDINATOR, "ICB"),
                AccessPurpose.REGISTER_ADMINISTRATION,
                Operation.REFER,
                java.util.Optional.of(result.entryId().value()),
                false,
                "referral"));
    return result;
  }

  private static void execute(DataSource source, String sql) throws SQLException {
    try (Connection c = source.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void as_the_application_role_a_referral_goes_through_and_is_audited() {
    DataSource asApp = connectingAs(app);

    CommandResult referred = referAs(asApp);

    JdbcRegisterStore store =
        new JdbcRegisterStore(DsrDatabase.open(asApp), JsonEventCodec.standard());
    assertThat(store.load(referred.entryId())).isNotEmpty();
    assertThat(referred.entry().status()).isEqualTo(EntryStatus.REFERRED);
    assertThat(new JdbcAuditTrail(DsrDatabase.open(asApp)).forEntry(referred.entryId().value()))
        .hasSize(1);
  }

  @Test
  void the_application_role_cannot_change_history_disable_its_triggers_or_drop_tables() {
    DataSource asApp = connectingAs(app);
    referAs(asApp);

    List<String> refused =
        List.of(
            "UPDATE dsr_event SET actor = 'someone else'",
            "DELETE FROM dsr_event",
            "TRUNCATE dsr_event",
            "UPDATE dsr_audit SET outcome = 'DENIED'",
            "DELETE FROM dsr_audit",
            "TRUNCATE dsr_audit",
            "DELETE FROM dsr_entry",
            "TRUNCATE dsr_entry",
            "UPDATE dsr_entry SET entry_id = 'E-999999'",
            "ALTER TABLE dsr_event DISABLE TRIGGER ALL",
            "ALTER TABLE dsr_audit DISABLE TRIGGER dsr_audit_append_only",
            "ALTER TABLE dsr_entry DISABLE TRIGGER dsr_entry_no_delete",
            "DROP TRIGGER dsr_event_append_only ON dsr_event",
            "DROP TABLE dsr_audit",
            "DROP TABLE dsr_event CASCADE",
            "DROP INDEX dsr_entry_one_open_per_person",
            "CREATE TABLE dsr_mine (x INTEGER)");
    for (String sql : refused) {
      assertThatThrownBy(() -> execute(asApp, sql))
          .as(sql)
          .isInstanceOfSatisfying(
              SQLException.class,
              e -> {
                assertThat(e.getSQLState()).as(sql).isEqualTo("42501");
                // Refused for want of privilege, before any trigger of the register is reached.
                assertThat(e.getMessage()).as(sql).doesNotContain("dsr:");
              });
    }
    assertThat(new JdbcRegisterStore(DsrDatabase.open(asApp), JsonEventCodec.standard()).entryIds())
        .hasSize(1);
  }

  @Test
  void the_role_name_must_be_a_plain_identifier() {
    DsrDatabase asOwner = DsrDatabase.open(connectingAs(owner));
    assertThatThrownBy(() -> asOwner.grantApplicationRole("app; DROP TABLE dsr_event"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
