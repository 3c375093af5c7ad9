package org.opendsr.consent;

import java.util.List;
import java.util.Objects;
import org.opendsr.problem.OpenDsrException;
import org.opendsr.problem.Problem;

/**
 * Thrown when a consent record or a call to the consent rules is invalid: a blank identifier, an
 * attorney who was under 18 when the lasting power of attorney was registered, a decision date
 * before the date of birth, and so on.
 *
 * <p>An invalid record is a programming or input error, not a consent outcome: outcomes are {@link
 * ConsentDecision} values. Its {@linkplain #problems() problem} names the field and the rule; the
 * message never contains personal data (no names, no dates of birth). The register module wraps
 * this exception in its own hierarchy.
 */
public final class ConsentException extends OpenDsrException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates the exception for a rule of the record as a whole.
   *
   * @param message the rule that failed, free of personal data
   */
  public ConsentException(String message) {
    super(message);
    this.problems = List.of(Problem.ofWhole(message));
  }

  /**
   * Creates the exception for one problem; the message is the problem's.
   *
   * @param problem the field and the rule broken; not null
   */
  public ConsentException(Problem problem) {
    super(Objects.requireNonNull(problem, "problem").message());
    this.problems = List.of(problem);
  }

  /**
   * The problem with one field.
   *
   * @param field the field, such as {@code recordedBy}
   * @param rule the rule it broke, such as {@code must not be blank}
   * @param message the sentence a coordinator reads; no personal data
   * @return the exception
   */
  static ConsentException of(String field, String rule, String message) {
    return new ConsentException(Problem.of(field, rule, message));
  }

  /**
   * The problem found.
   *
   * @return an immutable list of one problem
   */
  @Override
  public List<? extends Problem> problems() {
    return problems;
  }
}
