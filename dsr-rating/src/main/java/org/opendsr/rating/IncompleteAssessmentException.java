package org.opendsr.rating;

import java.util.List;
import java.util.Objects;

/**
 * The answers of an assessment are missing, invalid or contradictory, so no rating is suggested:
 * the instrument never guesses. Lists every problem at once.
 */
public final class IncompleteAssessmentException extends RatingException {

  private static final long serialVersionUID = 1L;

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
    text.append(Ids.shown(instrumentId)).append(": ");
    text.append(problems.size()).append(" item problem(s)");
    int unknown = 0;
    for (ItemProblem problem : problems) {
      if (problem.kind() == ItemProblem.Kind.UNKNOWN_ITEM) {
        // The key is input, not an item of the instrument: counted, never echoed.
        unknown++;
        continue;
      }
      text.append("; ").append(Ids.shown(problem.itemId())).append(' ').append(problem.kind());
      text.append(": ").append(problem.rule());
    }
    if (unknown > 0) {
      text.append("; ")
          .append(unknown)
          .append(" answer(s) for items this instrument does not have");
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
  @Override
  public List<ItemProblem> problems() {
    return problems;
  }
}
