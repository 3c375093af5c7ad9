package org.opendsr.core;

import java.util.Objects;
import org.opendsr.problem.Problem;

/**
 * One problem with one input: the field (a path such as {@code nhsNumber} or {@code row 12:
 * dateOfBirth}) and the rule it broke. Never carries the offending value, which may be personal
 * data. The register's kind of the shared {@link Problem}: its field is never blank.
 *
 * @param field the field or path that is wrong
 * @param rule the rule it broke, in words a user understands
 */
public record Violation(String field, String rule) implements Problem {

  /** Validates both parts. */
  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    if (field.isBlank() || rule.isBlank()) {
      throw new IllegalArgumentException("field and rule must not be blank");
    }
  }

  /**
   * Creates a violation.
   *
   * @param field the field or path that is wrong
   * @param rule the rule it broke
   * @return the violation
   */
  public static Violation of(String field, String rule) {
    return new Violation(field, rule);
  }

  /**
   * The register's violation for a problem reported by another module, so that a list of them reads
   * as one.
   *
   * @param problem any problem; one about the input as a whole is reported against {@code
   *     wholeField}
   * @param wholeField the field to name when the problem names none
   * @return the violation
   */
  public static Violation from(Problem problem, String wholeField) {
    Objects.requireNonNull(problem, "problem");
    if (problem instanceof Violation violation) {
      return violation;
    }
    return new Violation(problem.field().isBlank() ? wholeField : problem.field(), problem.rule());
  }

  @Override
  public String toString() {
    return field + ": " + rule;
  }
}
