package org.opendsr.rating;

import java.util.List;
import java.util.Objects;

/**
 * An instrument definition breaks one or more rules; lists every problem at once. The message names
 * each part concerned by its position ({@code rules[2]}), never by its id.
 */
public final class InvalidInstrumentException extends RatingException {

  private static final long serialVersionUID = 1L;

  private final transient List<InstrumentProblem> problems;

  /**
   * Creates the exception.
   *
   * @param instrumentId the instrument being built; not null
   * @param problems every problem found, at least one
   */
  public InvalidInstrumentException(String instrumentId, List<InstrumentProblem> problems) {
    super(message(instrumentId, problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(String instrumentId, List<InstrumentProblem> problems) {
    Objects.requireNonNull(instrumentId, "instrumentId");
    Objects.requireNonNull(problems, "problems");
    var text = new StringBuilder("instrument ");
    text.append(Ids.shown(instrumentId))
        .append(" is invalid: ")
        .append(problems.size())
        .append(" problem(s)");
    for (InstrumentProblem problem : problems) {
      // The part is named by its position: its id came with the definition, maybe from a file.
      text.append("; ").append(problem.kind());
      if (!problem.position().isEmpty()) {
        text.append(" at ").append(problem.position());
      }
      text.append(": ").append(problem.detail());
    }
    return text.toString();
  }

  /**
   * Every problem found.
   *
   * @return an immutable list, never empty
   */
  @Override
  public List<InstrumentProblem> problems() {
    return problems;
  }
}
