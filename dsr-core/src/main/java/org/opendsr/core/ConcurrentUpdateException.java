package org.opendsr.core;

/**
 * Another command changed the entry since the caller read it (optimistic versioning). Nothing was
 * written; re-read and try again.
 */
public class ConcurrentUpdateException extends DsrException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message what happened, with identifiers only and no personal data
   */
  public ConcurrentUpdateException(String message) {
    super(message);
  }
}
