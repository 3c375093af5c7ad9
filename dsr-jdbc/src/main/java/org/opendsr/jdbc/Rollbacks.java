package org.opendsr.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolls back after a failure without hiding either failure: the error being thrown stays the one
 * the caller sees, and a rollback that fails too is logged and attached to it as suppressed.
 */
final class Rollbacks {

  private static final Logger LOG = LoggerFactory.getLogger(Rollbacks.class);

  private Rollbacks() {}

  /**
   * Rolls back; a failure is logged at WARN with its SQLState only (its message may quote statement
   * parameters, which may be personal data) and returned, to be attached to the error that caused
   * the rollback.
   *
   * @param c the connection whose transaction is undone
   * @return the failure of the rollback, if it failed
   */
  static Optional<SQLException> rollback(Connection c) {
    try {
      c.rollback();
      return Optional.empty();
    } catch (SQLException e) {
      // The connection is unusable; the database discards the open transaction with it.
      LOG.warn(
          "rollback failed (SQLState {}); the database discards the open transaction with the"
              + " connection",
          e.getSQLState());
      return Optional.of(e);
    }
  }

  /**
   * Rolls back after {@code error}, attaching a failure of the rollback to it.
   *
   * @param c the connection whose transaction is undone
   * @param error the failure that caused the rollback, thrown by the caller afterwards
   * @return {@code error}, for {@code throw Rollbacks.after(c, e)}
   */
  static <T extends Throwable> T after(Connection c, T error) {
    rollback(c).ifPresent(error::addSuppressed);
    return error;
  }
}
