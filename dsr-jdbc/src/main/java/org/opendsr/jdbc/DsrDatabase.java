package org.opendsr.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.opendsr.core.DsrException;

/**
 * A database holding a register: the data source, its dialect, and the schema brought up to date by
 * the Flyway migrations shipped in this module. The schema is owned here; embedders never create
 * the tables themselves.
 */
public final class DsrDatabase {

  private final DataSource dataSource;
  private final DataSource enlisting;
  private final Dialect dialect;
  private final ThreadLocal<Transaction> bound = new ThreadLocal<>();

  private DsrDatabase(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.enlisting = new EnlistingDataSource(dataSource, bound);
    this.dialect = dialect;
  }

  /**
   * Opens a database and migrates its schema to the current version, creating it if the database
   * holds none: for a caller that writes to the register and may change the schema (the schema
   * owner of {@code least-privilege.sql}).
   *
   * @param dataSource where the register lives; the caller owns pooling and closing
   * @return the migrated database
   * @throws DsrException if the database cannot be reached or migrated (the message names the step
   *     and the SQLState, not the URL, which may carry credentials)
   */
  public static DsrDatabase migrate(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    Dialect dialect = dialectOf(dataSource);
    try {
      MigrateResult result = flyway(dataSource, dialect).migrate();
      if (!result.success) {
        throw new DsrException("the register schema migration did not succeed");
      }
    } catch (FlywayException e) {
      throw DatabaseException.of("the register schema migration failed", e);
    }
    return new DsrDatabase(dataSource, dialect);
  }

  /**
   * Opens a database that already holds a register at the current schema version, and changes
   * nothing in it: for a caller that only reads, or whose database user may not change the schema
   * (the application role of {@code least-privilege.sql}).
   *
   * @param dataSource where the register lives; the caller owns pooling and closing
   * @return the database
   * @throws NoRegisterException if the database holds no register (nothing is created)
   * @throws DsrException if the database cannot be reached, or its register's schema is older than
   *     this library's and must first be migrated by {@link #migrate}
   */
  public static DsrDatabase open(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    Dialect dialect = dialectOf(dataSource);
    MigrationInfoService info;
    try {
      info = flyway(dataSource, dialect).info();
    } catch (FlywayException e) {
      throw DatabaseException.of("could not read the register's schema version", e);
    }
    if (info.current() == null) {
      throw new NoRegisterException();
    }
    if (info.pending().length > 0) {
      throw new DsrException(
          "the register's schema is older than this library's: it must be migrated first by a"
              + " user who may change the schema");
    }
    return new DsrDatabase(dataSource, dialect);
  }

  private static Dialect dialectOf(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return Dialect.of(c);
    } catch (SQLException e) {
      throw DatabaseException.of("could not connect to the register database", e);
    }
  }

  private static Flyway flyway(DataSource dataSource, Dialect dialect) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:org/opendsr/jdbc/migration/common", dialect.migrationLocation())
        .table("dsr_schema_history")
        .load();
  }

  /**
   * The data source. While this thread has a {@link Transaction} open, its connections are the
   * transaction's.
   *
   * @return the data source the register uses
   */
  public DataSource dataSource() {
    return enlisting;
  }

  /**
   * Begins a transaction on this thread that every store and audit-trail call of the thread joins
   * until it is committed or rolled back: for a bulk load written whole or not at all.
   *
   * @return the transaction; close it (try-with-resources) to roll back unless committed
   * @throws IllegalStateException if this thread already has a transaction open
   * @throws DsrException if no connection can be had
   */
  public Transaction begin() {
    if (bound.get() != null) {
      throw new IllegalStateException("this thread already has a transaction open");
    }
    try {
      Transaction transaction = new Transaction(this, dataSource.getConnection());
      bound.set(transaction);
      return transaction;
    } catch (SQLException e) {
      throw DatabaseException.of("could not begin a transaction", e);
    }
  }

  void unbind(Transaction transaction) {
    if (bound.get() == transaction) {
      bound.remove();
    }
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
