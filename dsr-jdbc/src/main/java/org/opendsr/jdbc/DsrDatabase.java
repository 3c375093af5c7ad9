package org.opendsr.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.opendsr.core.DsrException;

/**
 * A database holding a register: the data source, its dialect, and the schema brought up to date by
 * the Flyway migrations shipped in this module. The schema is owned here; embedders never create
 * the tables themselves.
 */
public final class DsrDatabase {

  private final DataSource dataSource;
  private final Dialect dialect;

  private DsrDatabase(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /**
   * Opens a database and migrates its schema to the current version.
   *
   * @param dataSource where the register lives; the caller owns pooling and closing
   * @return the migrated database
   * @throws DsrException if the database cannot be reached or migrated (the message names the step,
   *     not the URL, which may carry credentials)
   */
  public static DsrDatabase migrate(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    Dialect dialect;
    try (Connection c = dataSource.getConnection()) {
      dialect = Dialect.of(c);
    } catch (SQLException e) {
      throw new DsrException("could not connect to the register database", e);
    }
    try {
      MigrateResult result =
          Flyway.configure()
              .dataSource(dataSource)
              .locations("classpath:org/opendsr/jdbc/migration/common", dialect.migrationLocation())
              .table("dsr_schema_history")
              .load()
              .migrate();
      if (!result.success) {
        throw new DsrException("the register schema migration did not succeed");
      }
    } catch (org.flywaydb.core.api.FlywayException e) {
      throw new DsrException("the register schema migration failed", e);
    }
    return new DsrDatabase(dataSource, dialect);
  }

  /**
   * The data source.
   *
   * @return the data source the register uses
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /**
   * The kind of database.
   *
   * @return PostgreSQL or H2
   */
  public Dialect dialect() {
    return dialect;
  }
}
