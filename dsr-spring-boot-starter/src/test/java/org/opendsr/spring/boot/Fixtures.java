package org.opendsr.spring.boot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.postgresql.ds.PGSimpleDataSource;

/** A fictional referral, the databases the tests run on, and a fixed clock. */
final class Fixtures {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("UTC"));

  static final Actor COORDINATOR = Actor.professional("u-coord", Role.DSR_COORDINATOR, "ICB");

  private Fixtures() {}

  /** Refers a fictional adult through the audited register, as a coordinator. */
  static EntryId referAnAdult(AccessControlledRegister register) {
    LocalDate today = LocalDate.now(CLOCK);
    Command.Refer refer =
        new Command.Refer(
            COORDINATOR.userId(),
            PersonDetails.of(
                PersonName.of("Sam", "Fictional"),
                DateOfBirth.of(today.minusYears(30)),
                NhsNumber.parse("999 000 0018"),
                Residence.of("1 Test Street", "Swindon"),
                Diagnosis.LEARNING_DISABILITY_AND_AUTISM),
            Referral.of(
                ReferralSource.PROFESSIONAL,
                today,
                "community nurse",
                ContactDetails.email("team@example.nhs.uk")),
            List.of(ConsentGiven.of(Purpose.inclusion(), today, COORDINATOR.userId())));
    return register.handle(COORDINATOR, AccessPurpose.REGISTER_ADMINISTRATION, refer).entryId();
  }

  static DataSource freshH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:starter" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  static boolean postgresConfigured() {
    String url = System.getenv("DSR_PG_URL");
    return url != null && !url.isBlank();
  }

  /** A fresh schema in the PostgreSQL named by {@code DSR_PG_URL}; its name. */
  static String freshPostgresSchema() {
    String schema = "dsr_starter_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(System.getenv("DSR_PG_URL"));
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("DSR_PG_URL is set but PostgreSQL is not reachable", e);
    }
    return schema;
  }

  static DataSource postgres(String schema) {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(System.getenv("DSR_PG_URL"));
    pg.setCurrentSchema(schema);
    return pg;
  }
}
