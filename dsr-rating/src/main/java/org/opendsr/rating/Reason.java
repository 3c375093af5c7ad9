package org.opendsr.rating;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a rating was suggested: one rule that fired, in words, with the answers it used.
 *
 * <p>An instrument writes the text as what was answered, then the rule: for example "Red because of
 * these answers: Is there an immediate risk that the person will be admitted to a mental health
 * hospital? Yes. Rule: ...". It names only the answers that made the rule fire (for a points rule,
 * every answer counted with its points; for a matrix, both levels), in the words of the questions
 * and never by item id, so a coordinator can read it and it never states a definition as a fact
 * about the person. The item ids and answers stay available to code in {@link #answers()}.
 *
 * @param ruleId the id of the rule that fired ({@link #INPATIENT_RULE_ID} for Blue precedence,
 *     {@link #BASELINE_RULE_ID} when no rule of the instrument fired); not blank
 * @param text the answers that made the rule fire and the rule, in words; not blank. A decision
 *     read back keeps the text it was recorded with, whatever the library's current wording.
 * @param rating the rating this rule points to; not null
 * @param answers the answers that made the rule fire, by item id, in the instrument's item order;
 *     copied
 */
public record Reason(String ruleId, String text, Rating rating, Map<String, Answer> answers) {

  /** Rule id of the reason given for Blue precedence. */
  public static final String INPATIENT_RULE_ID = "blue-precedence";

  /** Rule id of the reason given when no rule of the instrument fired. */
  public static final String BASELINE_RULE_ID = "baseline";

  /**
   * Checks and copies the arguments, keeping the order of the answers.
   *
   * @throws RatingException if the rule id or text is blank
   */
  public Reason {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(answers, "answers");
    if (ruleId.isBlank() || text.isBlank()) {
      throw RatingException.of(
          "ruleId",
          "rule id and text must not be blank",
          "reason rule id and text must not be blank");
    }
    answers =
        answers.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
  }

  /** Prints the rule and rating but not the answers, which are personal health data. */
  @Override
  public String toString() {
    return "Reason[ruleId=" + ruleId + ", rating=" + rating + ", items=" + answers.keySet() + "]";
  }
}
