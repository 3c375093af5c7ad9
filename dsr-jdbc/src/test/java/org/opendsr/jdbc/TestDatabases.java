package org.opendsr.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the JDBC tests run on: always a fresh in-memory H2, and a fresh schema in the
 * PostgreSQL named by {@code DSR_PG_URL} when that is set (CI sets it).
 */
final class TestDatabases {

  private TestDatabases() {}

  /** Whether the real PostgreSQL is configured. */
  static boolean postgresConfigured() {
    String url = System.getenv("DSR_PG_URL");
    return url != null && !url.isBlank();
  }

  /** A fresh, empty H2 database in memory. */
  static DataSource freshH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:dsr" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  /** A fresh, empty schema in the configured PostgreSQL. */
  static DataSource freshPostgres() {
    String url = System.getenv("DSR_PG_URL");
    String schema = "dsr_test_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("DSR_PG_URL is set but PostgreSQL is not reachable", e);
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url);
    pg.setCurrentSchema(schema);
    return pg;
  }

  /** Every database available to this run, each fresh. */
  static List<DataSource> all() {
    List<DataSource> all = new ArrayList<>();
    all.add(freshH2());
    if (postgresConfigured()) {
      all.add(freshPostgres());
    }
    return all;
  }
}
