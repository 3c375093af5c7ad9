package org.opendsr.core;

import java.util.List;
import org.opendsr.problem.OpenDsrException;
import org.opendsr.problem.Problem;

/**
 * The root of every error the register reports. Unchecked: a caller who can act on a particular
 * failure catches the meaningful subclass ({@link ValidationException}, {@link
 * AccessDeniedException}, {@link ConsentRequiredException}, {@link ConcurrentUpdateException},
 * {@link NotFoundException}).
 *
 * <p>Messages name fields and rules and never echo personal data (names, NHS numbers, dates of
 * birth, addresses), so they are safe to log and to show to a user. Its {@linkplain #problems()
 * problems} are the same shared type the rating and consent modules report, so an adapter reports
 * any of them field by field.
 */
public class DsrException extends OpenDsrException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates an error with a message that contains no personal data.
   *
   * @param message what went wrong, naming the field and rule
   */
  public DsrException(String message) {
    super(message);
    this.problems = List.of(Problem.ofWhole(message));
  }

  /**
   * Creates an error caused by another.
   *
   * @param message what went wrong, naming the field and rule
   * @param cause the underlying failure
   */
  public DsrException(String message, Throwable cause) {
    super(message, cause);
    this.problems = List.of(Problem.ofWhole(message));
  }

  /**
   * What went wrong; for an error that names no single field, one problem with the input as a
   * whole, worded as the message.
   *
   * @return an unmodifiable list, never empty
   */
  @Override
  public List<? extends Problem> problems() {
    return problems;
  }
}
