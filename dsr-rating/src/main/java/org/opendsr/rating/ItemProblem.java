package org.opendsr.rating;

import java.util.Objects;
import org.opendsr.problem.Problem;

/**
 * One thing wrong with the answers of an assessment.
 *
 * @param itemId the item concerned; for {@link Kind#UNKNOWN_ITEM} the key given, shortened when
 *     long or not printable (see {@link Instrument#decide(Assessment, RatingPolicy)}); not null
 * @param kind what is wrong; not null
 * @param rule the rule broken, in words, without the answer itself; not blank
 */
public record ItemProblem(String itemId, Kind kind, String rule) implements Problem {

  /** What can be wrong with an answer. */
  public enum Kind {
    /** The item has no answer. */
    MISSING,
    /** The answer is of another kind than the item takes (for example a score for a yes/no). */
    WRONG_KIND,
    /** The score lies outside the item's range. */
    OUT_OF_RANGE,
    /** The answer is for an item the instrument does not have. */
    UNKNOWN_ITEM,
    /** The answer contradicts another answer. */
    CONTRADICTORY
  }

  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if an argument is null
   */
  public ItemProblem {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * The item concerned; for an answer to an item the instrument does not have, {@code answers}: the
   * key given is input and is not repeated.
   *
   * @return the field
   */
  @Override
  public String field() {
    return kind == Kind.UNKNOWN_ITEM ? "answers" : itemId;
  }
}
