package org.opendsr.jdbc;

import org.opendsr.core.DsrException;

/**
 * A commit failed in a way that does not say whether the database made the transaction permanent:
 * the connection was lost or the acknowledgement never came, after the database may already have
 * committed. The caller must not report that nothing was written, nor simply write it all again:
 * look at the register first.
 */
public final class CommitOutcomeUnknownException extends DsrException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param cause the driver's failure (its message names no data)
   */
  public CommitOutcomeUnknownException(Throwable cause) {
    super("the commit failed; the transaction may or may not have been committed", cause);
  }
}
