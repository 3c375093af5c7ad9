package org.opendsr.core;

/** The actor may not perform this operation for this purpose; the attempt is audited. */
public class AccessDeniedException extends DsrException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message what happened, with identifiers only and no personal data
   */
  public AccessDeniedException(String message) {
    super(message);
  }
}
