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
  private final DataSource enlisting;
  private final Dialect dialect;
  private final ThreadLocal<Transaction> bound = new ThreadLocal<>();

  private DsrDatabase(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.enlisting = new EnlistingDataSource(dataSource, bound);
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
      throw DatabaseException.of("could not connect to the register database", e);
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
      throw DatabaseException.of("the register schema migration failed", e);
    }
    return new DsrDatabase(dataSource, dialect);
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
