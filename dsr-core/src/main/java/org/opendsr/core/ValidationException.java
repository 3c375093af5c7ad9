package org.opendsr.core;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Input broke one or more rules. Carries <em>every</em> problem found, each naming its field and
 * rule, so a form or an import can report them all at once. Nothing was changed.
 */
public class ValidationException extends DsrException {

  private static final long serialVersionUID = 1L;

  private final List<Violation> violations;

  /**
   * Creates the error from at least one violation.
   *
   * @param violations the problems, in the order found; not empty
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ValidationException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates the error for a single field.
   *
   * @param field the field that is wrong
   * @param rule the rule it broke
   * @return the error
   */
  public static ValidationException of(String field, String rule) {
    return new ValidationException(List.of(Violation.of(field, rule)));
  }

  /**
   * The problems found, in the order found.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * The problems found, in the order found: the {@linkplain #violations() violations}.
   *
   * @return an unmodifiable, non-empty list
   */
  @Override
  public List<Violation> problems() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation error needs at least one violation");
    }
    return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
