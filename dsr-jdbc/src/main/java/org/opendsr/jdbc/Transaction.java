package org.opendsr.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import org.opendsr.core.DsrException;

/**
 * A transaction that spans many calls of the store and the audit trail on one thread, begun by
 * {@link DsrDatabase#begin()}: for a bulk load that must be written whole or not at all.
 *
 * <p>While it is open, every connection the thread takes from {@link DsrDatabase#dataSource()} is
 * this transaction's connection. Their own commits are held back until {@link #commit()}, and
 * closing them leaves it open. A rollback by any of them (a failed write) rolls back everything
 * written in the transaction and marks it rolled back, so a later {@link #commit()} fails rather
 * than committing the rest. Closing the transaction without committing rolls it back.
 */
public final class Transaction implements AutoCloseable {

  private final DsrDatabase database;
  private final Connection connection;
  private final boolean autoCommitBefore;
  private final Connection enlisted;
  private boolean rolledBack;
  private boolean ended;

  Transaction(DsrDatabase database, Connection connection) throws SQLException {
    this.database = database;
    this.connection = connection;
    this.autoCommitBefore = connection.getAutoCommit();
    connection.setAutoCommit(false);
    this.enlisted = enlist();
  }

  /**
   * Makes everything written in the transaction permanent and ends it.
   *
   * @throws DsrException if a write in the transaction failed and rolled it back (then nothing was
   *     committed)
   * @throws CommitOutcomeUnknownException if the commit itself fails: the connection may have been
   *     lost after the database committed, so whether anything was committed is unknown
   */
  public void commit() {
    if (ended) {
      throw new IllegalStateException("the transaction has ended");
    }
    if (rolledBack) {
      end();
      throw new DsrException(
          "a write in the transaction failed and rolled it back; nothing was committed");
    }
    try {
      connection.commit();
    } catch (SQLException e) {
      // A failed COMMIT does not tell whether the database made the transaction permanent before
      // the failure (a lost acknowledgement): roll back what may be left, but claim nothing.
      throw rollbackAfter(
          new CommitOutcomeUnknownException(
              DatabaseException.of("the commit was not acknowledged", e)));
    } finally {
      end();
    }
  }

  /** Undoes everything written in the transaction and ends it. Does nothing once ended. */
  public void rollback() {
    if (!ended) {
      rollbackQuietly();
      end();
    }
  }

  /** Rolls back unless committed. */
  @Override
  public void close() {
    rollback();
  }

  private void rollbackQuietly() {
    rolledBack = true;
    Rollbacks.rollback(connection);
  }

  private <T extends Throwable> T rollbackAfter(T error) {
    rolledBack = true;
    return Rollbacks.after(connection, error);
  }

  private void end() {
    ended = true;
    database.unbind(this);
    try {
      connection.setAutoCommit(autoCommitBefore);
      connection.close();
    } catch (SQLException e) {
      // Nothing is left to write; the connection goes back as it is.
    }
  }

  /**
   * The transaction's connection as the store and the trail see it: commit, auto-commit and close
   * are held back, rollback rolls back the whole transaction.
   */
  Connection enlisted() {
    return enlisted;
  }

  private Connection enlist() {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "close", "commit", "setAutoCommit":
                  return null;
                case "getAutoCommit":
                  return false;
                case "rollback":
                  if (args == null) {
                    rollbackQuietly();
                    return null;
                  }
                  break;
                default:
                  break;
              }
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
