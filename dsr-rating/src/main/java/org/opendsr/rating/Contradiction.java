package org.opendsr.rating;

import java.util.List;
import java.util.Objects;

/**
 * Answers that cannot all be true together, for example "risks are currently managed effectively"
 * and "the risk cannot be managed in the community". An assessment meeting every condition is
 * rejected with {@link ItemProblem.Kind#CONTRADICTORY}, never rated.
 *
 * @param id a stable identifier, unique within the instrument; not blank
 * @param text why the answers contradict each other; not blank
 * @param conditions two or more conditions that must not all be met
 */
public record Contradiction(String id, String text, List<Condition> conditions) {

  /**
   * Checks and copies the arguments.
   *
   * @throws RatingException if the id or text is blank or fewer than two conditions are given
   */
  public Contradiction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
    if (id.isBlank() || text.isBlank()) {
      throw RatingException.of(
          "id", "id and text must not be blank", "contradiction id and text must not be blank");
    }
    if (conditions.size() < 2) {
      throw RatingException.of(
          "conditions",
          "needs at least two conditions",
          "conditions must be at least two in a contradiction");
    }
  }
}
