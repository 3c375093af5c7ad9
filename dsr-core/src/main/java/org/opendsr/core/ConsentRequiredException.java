package org.opendsr.core;

/**
 * The operation needs a valid consent basis (or a best-interests or other lawful decision) that is
 * not in place on the date.
 */
public class ConsentRequiredException extends DsrException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message what happened, with identifiers only and no personal data
   */
  public ConsentRequiredException(String message) {
    super(message);
  }
}
