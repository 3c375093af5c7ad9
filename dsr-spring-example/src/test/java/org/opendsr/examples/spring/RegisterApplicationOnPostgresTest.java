package org.opendsr.examples.spring;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendsr.core.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example application on the real PostgreSQL named by {@code DSR_PG_URL} (CI sets it), in a
 * fresh schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegisterApplicationOnPostgresTest {

  private static final String SCHEMA =
      "dsr_spring_" + UUID.randomUUID().toString().replace("-", "");

  @LocalServerPort int port;

  @Autowired AuditTrail audit;

  private static String pgUrl() {
    String url = System.getenv("DSR_PG_URL");
    return url == null ? "" : url;
  }

  @BeforeAll
  static void postgresIsConfigured() {
    assumeThat(pgUrl()).as("DSR_PG_URL set").isNotBlank();
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) throws SQLException {
    if (pgUrl().isBlank()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(pgUrl());
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + SCHEMA);
    }
    String separator = pgUrl().contains("?") ? "&" : "?";
    registry.add("spring.datasource.url", () -> pgUrl() + separator + "currentSchema=" + SCHEMA);
  }

  @Test
  void an_application_with_only_the_starter_and_postgresql_has_a_healthy_audited_register()
      throws Exception {
    ApplicationChecks.theRegisterIsHealthyAndEveryCallIsAudited(port, audit);
  }
}
