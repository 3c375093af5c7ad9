package org.opendsr.rating;

import java.util.List;
import java.util.Objects;
import org.opendsr.problem.OpenDsrException;
import org.opendsr.problem.Problem;

/**
 * The one unchecked exception of this module for invalid input: a rule of the domain was broken by
 * an argument. Its {@linkplain #problems() problems} name the field and the rule; messages never
 * carry personal data.
 *
 * <p>Subclasses list every problem at once: {@link IncompleteAssessmentException} for answers,
 * {@link InvalidInstrumentException} for instrument definitions.
 */
public class RatingException extends OpenDsrException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Creates the exception for a rule of the input as a whole.
   *
   * @param message what was wrong, naming the field and the rule; no personal data
   */
  public RatingException(String message) {
    super(message);
    this.problems = List.of(Problem.ofWhole(message));
  }

  /**
   * Creates the exception for one problem; the message is the problem's.
   *
   * @param problem the field and the rule broken; not null
   */
  public RatingException(Problem problem) {
    super(Objects.requireNonNull(problem, "problem").message());
    this.problems = List.of(problem);
  }

  /**
   * The problem with one field, the message a whole sentence.
   *
   * @param field the field, such as {@code clinicianId}
   * @param rule the rule it broke, such as {@code must not be blank}
   * @param message the sentence a coordinator reads; no personal data
   * @return the exception
   */
  static RatingException of(String field, String rule, String message) {
    return new RatingException(Problem.of(field, rule, message));
  }

  /**
   * Every problem found.
   *
   * @return an immutable list, never empty
   */
  @Override
  public List<? extends Problem> problems() {
    return problems;
  }
}
