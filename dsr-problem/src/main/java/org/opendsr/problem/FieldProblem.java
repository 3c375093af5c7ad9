package org.opendsr.problem;

import java.util.Objects;

/** The plain problem made by {@link Problem#of(String, String)}. */
record FieldProblem(String field, String rule, String message) implements Problem {

  FieldProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    if (rule.isBlank() || message.isBlank()) {
      throw new IllegalArgumentException("a problem needs a rule and a message");
    }
  }

  @Override
  public String toString() {
    return message;
  }
}
