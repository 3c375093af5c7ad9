package org.opendsr.examples.cli;

import org.opendsr.core.DsrException;

/**
 * A command's writes may or may not have been saved (the database did not confirm the commit): exit
 * code {@value Failures#OUTCOME_UNKNOWN}, and the user is told to look before trying again.
 */
final class OutcomeUnknownException extends DsrException {

  private static final long serialVersionUID = 1L;

  OutcomeUnknownException(String message, Throwable cause) {
    super(message, cause);
  }
}
