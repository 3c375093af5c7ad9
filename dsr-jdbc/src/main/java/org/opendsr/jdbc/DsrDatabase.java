package org.opendsr.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.MigrateResult;
import org.opendsr.core.DsrException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database holding a register: the data source, its dialect, and the schema brought up to date by
 * the Flyway migrations shipped in this module. The schema is owned here; embedders never create
 * the tables themselves.
 */
public final class DsrDatabase {

  private static final Logger LOG = LoggerFactory.getLogger(DsrDatabase.class);

  private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

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
      LOG.info(
          "register schema migrated: {} migration(s) applied, schema at version {}",
          result.migrationsExecuted,
          result.targetSchemaVersion == null ? "(unchanged)" : result.targetSchemaVersion);
    } catch (FlywayException e) {
      throw DatabaseException.of("the register schema migration failed", e);
    }
    return new DsrDatabase(dataSource, dialect);
  }

  /**
   * Whether the schema is at the version this library needs: no migration shipped with it is
   * pending. For a health check; nothing is changed.
   *
   * @return true when every shipped migration has been applied
   * @throws DsrException if the schema history cannot be read
   */
  public boolean isSchemaCurrent() {
    try {
      return flyway(dataSource, dialect).info().pending().length == 0;
    } catch (org.flywaydb.core.api.FlywayException e) {
      throw DatabaseException.of("could not read the register's schema version", e);
    }
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
   * Grants a PostgreSQL role what the register's application needs and nothing more: to read every
   * table of the register's schema, add events and audit rows, add and move entry rows, and draw
   * new entry ids; never to change or remove history, delete entries, alter (so disable triggers)
   * or drop tables. Runs the statements of {@code org/opendsr/jdbc/postgresql/least-privilege.sql}
   * in this database's current schema. Call it on a database opened by the schema's owner, after
   * every {@link #migrate}; the application then connects as the role and opens the register with
   * {@link #open}.
   *
   * @param role the application role, an existing role named by a plain identifier (lower-case
   *     letters, digits and underscores, starting with a letter)
   * @throws IllegalArgumentException if the name is not a plain identifier
   * @throws UnsupportedOperationException on H2, which has no roles to separate
   * @throws DsrException if the grants fail (all or none are made)
   */
  public void grantApplicationRole(String role) {
    Objects.requireNonNull(role, "role");
    if (!PLAIN_IDENTIFIER.matcher(role).matches()) {
      throw new IllegalArgumentException(
          "role must be a plain identifier: lower-case letters, digits and underscores, starting"
              + " with a letter");
    }
    if (dialect != Dialect.POSTGRESQL) {
      throw new UnsupportedOperationException(
          "database roles are PostgreSQL's; an embedded H2 database is protected as a file");
    }
    String script = leastPrivilegeScript();
    try (Connection c = dataSource.getConnection()) {
      String schema;
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT current_schema()")) {
        rs.next();
        schema = rs.getString(1);
      }
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String statement : statements(script)) {
          s.execute(
              statement
                  .replace(":\"schema\"", quoted(schema))
                  .replace(":\"app_role\"", quoted(role)));
        }
        c.commit();
      } catch (SQLException e) {
        throw Rollbacks.after(c, e);
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw DatabaseException.of("could not grant the application role its privileges", e);
    }
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static String leastPrivilegeScript() {
    try (InputStream in = DsrDatabase.class.getResourceAsStream("postgresql/least-privilege.sql")) {
      if (in == null) {
        throw new IllegalStateException("least-privilege.sql is missing from dsr-jdbc");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read least-privilege.sql", e);
    }
  }

  /** The statements of a script: comment lines dropped, split at each semicolon. */
  private static List<String> statements(String script) {
    StringBuilder code = new StringBuilder();
    for (String line : script.split("\\R")) {
      if (!line.strip().startsWith("--")) {
        code.append(line).append('\n');
      }
    }
    List<String> out = new ArrayList<>();
    for (String statement : code.toString().split(";")) {
      if (!statement.isBlank()) {
        out.add(statement.strip());
      }
    }
    return out;
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
