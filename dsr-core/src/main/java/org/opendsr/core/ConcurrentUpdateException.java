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

  /**
   * The error for an entry found at another version than the one a write expected: the one message
   * of the register and of every store, naming the entry and both versions.
   *
   * @param entryId the entry
   * @param current the version it is at
   * @param expected the version the write expected
   * @return the error
   */
  public static ConcurrentUpdateException notAtVersion(
      Object entryId, long current, long expected) {
    return new ConcurrentUpdateException(
        "entry "
            + entryId
            + " is at version "
            + current
            + ", not the expected version "
            + expected
            + "; nothing was written, re-read and try again");
  }
}
