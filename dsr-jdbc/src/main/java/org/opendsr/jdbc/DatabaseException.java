package org.opendsr.jdbc;

import java.sql.SQLException;
import java.util.Objects;
import org.opendsr.core.DsrException;

/**
 * The database refused or failed a step of the register. Carries the step, the SQLState and the
 * vendor's error code, and nothing else: no message of the driver and no cause. A driver's message
 * may hold a statement's parameters (PgJDBC's {@code BatchUpdateException} prints every value of
 * the failed batch, NHS numbers and names among them) or the database's URL; this error is safe to
 * log and to show, as {@link DsrException} promises. The SQLState says what kind of failure it was
 * (class {@code 08}: the connection; {@code 23}: a constraint; {@code 42}: privileges or syntax).
 */
public final class DatabaseException extends DsrException {

  private static final long serialVersionUID = 1L;

  private final String sqlState;
  private final int vendorCode;

  private DatabaseException(String step, String sqlState, int vendorCode) {
    super(
        step
            + " (SQLState "
            + (sqlState == null ? "unknown" : sqlState)
            + ", vendor code "
            + vendorCode
            + ")");
    this.sqlState = sqlState;
    this.vendorCode = vendorCode;
  }

  /**
   * The safe error for a failed step.
   *
   * @param step what the register was doing, naming identifiers only
   * @param failure the driver's error, of which only the SQLState and vendor code are kept
   * @return the error, with no cause
   */
  public static DatabaseException of(String step, SQLException failure) {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(failure, "failure");
    SQLException source = failure;
    // A batch reports the statement that failed as its next exception (PgJDBC) or its cause.
    while (source.getSQLState() == null) {
      SQLException deeper =
          source.getNextException() != null
              ? source.getNextException()
              : source.getCause() instanceof SQLException cause ? cause : null;
      if (deeper == null || deeper == source) {
        break;
      }
      source = deeper;
    }
    return new DatabaseException(step, source.getSQLState(), source.getErrorCode());
  }

  /**
   * The safe error for a failed step whose driver error, if any, is somewhere in a cause chain (a
   * schema migration's, for example).
   *
   * @param step what the register was doing
   * @param failure the failure
   * @return the error, with no cause
   */
  static DatabaseException of(String step, Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        return of(step, sql);
      }
    }
    return new DatabaseException(step, null, 0);
  }

  /**
   * The SQLState the database reported.
   *
   * @return the five-character state, or null when the failure had none
   */
  public String sqlState() {
    return sqlState;
  }

  /**
   * The database vendor's error code.
   *
   * @return the code, 0 when it had none
   */
  public int vendorCode() {
    return vendorCode;
  }
}
