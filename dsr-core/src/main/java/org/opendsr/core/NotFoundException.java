package org.opendsr.core;

/** The entry, referral or other identified thing does not exist. */
public class NotFoundException extends DsrException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message what happened, with identifiers only and no personal data
   */
  public NotFoundException(String message) {
    super(message);
  }
}
