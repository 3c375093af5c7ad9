package org.opendsr.rating;

import java.util.Objects;

/**
 * A test on the answer to one item: "the answer's risk value is at least a threshold". Every
 * condition is therefore satisfied by any answer at least as risky as one that satisfies it, which
 * makes every shipped rule monotonic: a riskier answer never lowers a suggestion.
 *
 * @param itemId the item tested; not blank
 * @param kind the kind of item the condition is written for; checked when the instrument is built
 * @param threshold the smallest risk value that satisfies the condition ({@link
 *     Answer#riskValue()})
 */
public record Condition(String itemId, ItemKind kind, int threshold) {

  /**
   * Checks the arguments.
   *
   * @throws RatingException if the item id is blank
   */
  public Condition {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(kind, "kind");
    if (itemId.isBlank()) {
      throw RatingException.of(
          "itemId", "must not be blank", "condition item id must not be blank");
    }
  }

  /**
   * The item was answered "yes".
   *
   * @param itemId a yes/no item
   * @return the condition
   */
  public static Condition yes(String itemId) {
    return new Condition(itemId, ItemKind.YES_NO, 1);
  }

  /**
   * The item was answered at this level or higher.
   *
   * @param itemId a level item
   * @param level the lowest level that satisfies the condition; not null
   * @return the condition
   */
  public static Condition atLeast(String itemId, Level level) {
    Objects.requireNonNull(level, "level");
    return new Condition(itemId, ItemKind.LEVEL, level.ordinal());
  }

  /**
   * The item was scored at this value or higher.
   *
   * @param itemId a score item
   * @param score the lowest score that satisfies the condition
   * @return the condition
   */
  public static Condition scoreAtLeast(String itemId, int score) {
    return new Condition(itemId, ItemKind.SCORE, score);
  }

  /**
   * Whether an answer satisfies this condition.
   *
   * @param answer an answer of the right kind; not null
   * @return {@code true} when its risk value reaches the threshold
   */
  public boolean isMetBy(Answer answer) {
    return answer.riskValue() >= threshold;
  }

  /**
   * The condition in words, for error messages about an instrument's definition (a long item id is
   * shortened).
   *
   * @return for example {@code "in_crisis is yes"} or {@code "section_a is at least MEDIUM"}
   */
  public String describe() {
    return Ids.shown(itemId) + " is " + describeAnswer();
  }

  /**
   * The answers that meet the condition, without the item: for messages about a definition that may
   * have come from a file, whose ids are not repeated.
   *
   * @return for example {@code "yes"}, {@code "at least MEDIUM"} or {@code "at least 3"}
   */
  String describeAnswer() {
    return switch (kind) {
      case YES_NO -> "yes";
      case LEVEL ->
          "at least "
              + (threshold >= 0 && threshold < Level.values().length
                  ? Level.values()[threshold].name()
                  : String.valueOf(threshold));
      case SCORE -> "at least " + threshold;
    };
  }
}
