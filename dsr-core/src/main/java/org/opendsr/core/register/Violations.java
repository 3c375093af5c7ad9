package org.opendsr.core.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * The rules a command breaks, collected so that one {@link ValidationException} names them all.
 * Each check states the rule that must hold; a rule that does not hold is recorded with its field.
 */
final class Violations {

  private final List<Violation> found = new ArrayList<>();

  /**
   * Checks one rule.
   *
   * @param holds whether the rule holds
   * @param field the field it is about
   * @param rule the rule, in words
   * @return this collector
   */
  Violations check(boolean holds, String field, String rule) {
    if (!holds) {
      found.add(Violation.of(field, rule));
    }
    return this;
  }

  /**
   * Records a rule found broken elsewhere.
   *
   * @param violation the broken rule
   * @return this collector
   */
  Violations add(Violation violation) {
    found.add(violation);
    return this;
  }

  /**
   * Records a rule found broken elsewhere, if one was.
   *
   * @param violation the broken rule, or empty
   * @return this collector
   */
  Violations add(Optional<Violation> violation) {
    violation.ifPresent(found::add);
    return this;
  }

  /**
   * Throws if any rule was broken.
   *
   * @throws ValidationException naming every rule broken, in the order found
   */
  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new ValidationException(found);
    }
  }
}
