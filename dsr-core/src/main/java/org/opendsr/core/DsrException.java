package org.opendsr.core;

/**
 * The root of every error the register reports. Unchecked: a caller who can act on a particular
 * failure catches the meaningful subclass ({@link ValidationException}, {@link
 * AccessDeniedException}, {@link ConsentRequiredException}, {@link ConcurrentUpdateException},
 * {@link NotFoundException}).
 *
 * <p>Messages name fields and rules and never echo personal data (names, NHS numbers, dates of
 * birth, addresses), so they are safe to log and to show to a user.
 */
public class DsrException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an error with a message that contains no personal data.
   *
   * @param message what went wrong, naming the field and rule
   */
  public DsrException(String message) {
    super(message);
  }

  /**
   * Creates an error caused by another.
   *
   * @param message what went wrong, naming the field and rule
   * @param cause the underlying failure
   */
  public DsrException(String message, Throwable cause) {
    super(message, cause);
  }
}
