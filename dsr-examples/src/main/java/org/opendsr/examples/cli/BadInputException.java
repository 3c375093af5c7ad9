package org.opendsr.examples.cli;

/**
 * A file or value given to a command cannot be used (exit code {@link ExitCode#BAD_INPUT}). The
 * message is shown to the coordinator as it is, so it is written in their words and holds no
 * personal data.
 */
final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }

  BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
