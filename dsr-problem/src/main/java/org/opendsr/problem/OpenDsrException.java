package org.opendsr.problem;

import java.util.List;
import java.util.Objects;

/**
 * The root of every exception OpenDSR throws because a rule was broken: the register's {@code
 * DsrException}, the rating module's {@code RatingException} and the consent module's {@code
 * ConsentException}. Each lists its {@linkplain #problems() problems}, every one naming its field
 * and rule, so a caller reports them field by field without parsing the message.
 *
 * <p>Anything else thrown by the library (a {@link NullPointerException}, an {@link
 * IllegalStateException}) is a programming error, not bad input.
 *
 * <p>Messages and problems never carry personal data, so they are safe to log and to show.
 */
public abstract class OpenDsrException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, naming the field and rule; no personal data
   */
  protected OpenDsrException(String message) {
    super(message);
  }

  /**
   * Creates the exception with its cause.
   *
   * @param message what went wrong, naming the field and rule; no personal data
   * @param cause the underlying failure
   */
  protected OpenDsrException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Every problem found, in the order found.
   *
   * @return an unmodifiable list, never empty
   */
  public abstract List<? extends Problem> problems();

  /**
   * The message of a list of problems: each problem's message, joined by {@code "; "}.
   *
   * @param problems the problems; not empty
   * @return the message
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  protected static String messageOf(List<? extends Problem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an error needs at least one problem");
    }
    StringBuilder text = new StringBuilder();
    for (Problem problem : problems) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(problem.message());
    }
    return text.toString();
  }
}
