package org.opendsr.rating;

import java.util.List;
import java.util.Objects;

/**
 * The answers of an assessment are missing, invalid or contradictory, so no rating is suggested:
 * the instrument never guesses. Lists every problem at once.
 */
public final class IncompleteAssessmentException extends RatingException {

  private final String instrumentId;
  private final transient List<ItemProblem> problems;

  /**
   * Creates the exception.
   *
   * @param instrumentId the instrument the answers were checked against; not null
   * @param problems every problem found, at least one
   */
  public IncompleteAssessmentException(String instrumentId, List<ItemProblem> problems) {
    super(message(instrumentId, problems));
    this.instrumentId = instrumentId;
    this.problems = List.copyOf(problems);
  }

  private static String message(String instrumentId, List<ItemProblem> problems) {
    Objects.requireNonNull(instrumentId, "instrumentId");
    Objects.requireNonNull(problems, "problems");
    var text = new StringBuilder("assessment cannot be rated with instrument ");
    text.append(instrumentId).append(": ").append(problems.size()).append(" item problem(s)");
    for (ItemProblem problem : problems) {
      text.append("; ").append(problem.itemId()).append(' ').append(problem.kind());
      text.append(": ").append(problem.rule());
    }
    return text.toString();
  }

  /**
   * The instrument the answers were checked against.
   *
   * @return the instrument id
   */
  public String instrumentId() {
    return instrumentId;
  }

  /**
   * Every problem found, in item order, then unknown items, then contradictions.
   *
   * @return an immutable list, never empty
   */
  public List<ItemProblem> problems() {
    return problems;
  }
}
