package org.opendsr.core;

import java.util.Objects;

/**
 * One problem with one input: the field (a path such as {@code nhsNumber} or {@code row 12:
 * dateOfBirth}) and the rule it broke. Never carries the offending value, which may be personal
 * data.
 *
 * @param field the field or path that is wrong
 * @param rule the rule it broke, in words a user understands
 */
public record Violation(String field, String rule) {

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

  @Override
  public String toString() {
    return field + ": " + rule;
  }
}
