package org.opendsr.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.opendsr.core.DsrException;

/** The databases OpenDSR stores the register in. */
public enum Dialect {
  /** PostgreSQL 13 or later: production. */
  POSTGRESQL("postgresql"),
  /** H2 2.x, file or memory: the embedded default. */
  H2("h2");

  private final String migrationFolder;

  Dialect(String migrationFolder) {
    this.migrationFolder = migrationFolder;
  }

  /**
   * The Flyway location of this dialect's own migrations.
   *
   * @return a classpath location
   */
  public String migrationLocation() {
    return "classpath:org/opendsr/jdbc/migration/" + migrationFolder;
  }

  /**
   * A query that returns the next value of a sequence, as a single row and column.
   *
   * @param sequence the sequence's name, an identifier of the schema (never user input)
   * @return the SQL
   */
  public String nextValueOf(String sequence) {
    return this == POSTGRESQL
        ? "SELECT nextval('" + sequence + "')"
        : "SELECT NEXT VALUE FOR " + sequence;
  }

  /**
   * A query that returns as many next values of a sequence as its one parameter says, one a row.
   *
   * @param sequence the sequence's name, an identifier of the schema (never user input)
   * @return the SQL, with one parameter: how many values
   */
  public String nextValuesOf(String sequence) {
    return this == POSTGRESQL
        ? "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)"
        : "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
  }

  /**
   * Recognises the database behind a connection.
   *
   * @param connection an open connection
   * @return the dialect
   * @throws DsrException if the database is neither PostgreSQL nor H2
   */
  public static Dialect of(Connection connection) {
    try {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgresql")) {
        return POSTGRESQL;
      }
      if (product.contains("h2")) {
        return H2;
      }
      throw new DsrException("unsupported database: OpenDSR stores in PostgreSQL or H2");
    } catch (SQLException e) {
      throw DatabaseException.of("could not read the database type", e);
    }
  }
}
