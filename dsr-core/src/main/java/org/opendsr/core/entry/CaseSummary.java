package org.opendsr.core.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * The narrative part of the minimum data set: current issues, the risk of escalation, what has been
 * tried and what could help further. Free text may name people, so {@link #toString()} shows none
 * of it.
 *
 * @param currentIssues what is happening now
 * @param riskOfEscalation what could make things worse, and how likely
 * @param whatHasBeenTried support and interventions already tried
 * @param whatCouldHelp what could help further, including recommended services
 */
public record CaseSummary(
    String currentIssues, String riskOfEscalation, String whatHasBeenTried, String whatCouldHelp) {

  /** The longest text accepted in one field. */
  public static final int MAX_LENGTH = 4000;

  /** Validates lengths and reports every problem. */
  public CaseSummary {
    Objects.requireNonNull(currentIssues, "currentIssues");
    Objects.requireNonNull(riskOfEscalation, "riskOfEscalation");
    Objects.requireNonNull(whatHasBeenTried, "whatHasBeenTried");
    Objects.requireNonNull(whatCouldHelp, "whatCouldHelp");
    List<Violation> problems = new ArrayList<>();
    check("summary.currentIssues", currentIssues, problems);
    check("summary.riskOfEscalation", riskOfEscalation, problems);
    check("summary.whatHasBeenTried", whatHasBeenTried, problems);
    check("summary.whatCouldHelp", whatCouldHelp, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /**
   * A summary with nothing written yet.
   *
   * @return the empty summary
   */
  public static CaseSummary empty() {
    return new CaseSummary("", "", "", "");
  }

  private static void check(String field, String value, List<Violation> problems) {
    if (value.length() > MAX_LENGTH) {
      problems.add(Violation.of(field, "must be at most " + MAX_LENGTH + " characters"));
    }
  }

  /** Shows no free text. */
  @Override
  public String toString() {
    return "CaseSummary[***]";
  }
}
