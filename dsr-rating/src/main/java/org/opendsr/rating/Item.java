package org.opendsr.rating;

import java.util.Objects;

/**
 * One question of an instrument.
 *
 * @param id a stable identifier, unique within the instrument, used as the answer key; not blank
 * @param kind the kind of answer it takes; not null
 * @param text the question as shown to the clinician; not blank
 * @param minimum the smallest allowed answer as a risk value (0 for yes/no and level items)
 * @param maximum the largest allowed answer as a risk value (1 for yes/no, 2 for level items)
 */
public record Item(String id, ItemKind kind, String text, int minimum, int maximum) {

  /**
   * Checks the arguments.
   *
   * @throws RatingException if the id or text is blank, or the range does not fit the kind
   */
  public Item {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw RatingException.of("id", "must not be blank", "item id must not be blank");
    }
    if (text.isBlank()) {
      throw RatingException.of("text", "must not be blank", "text must not be blank");
    }
    boolean rangeFits =
        switch (kind) {
          case YES_NO -> minimum == 0 && maximum == 1;
          case LEVEL -> minimum == 0 && maximum == Level.HIGH.ordinal();
          case SCORE -> minimum <= maximum;
        };
    if (!rangeFits) {
      throw RatingException.of(
          "maximum",
          "range does not fit an item of kind " + kind,
          "the range " + minimum + "–" + maximum + " does not fit an item of kind " + kind);
    }
  }

  /**
   * A yes/no question.
   *
   * @param id the item id; not blank
   * @param text the question; not blank
   * @return the item
   */
  public static Item yesNo(String id, String text) {
    return new Item(id, ItemKind.YES_NO, text, 0, 1);
  }

  /**
   * A Low/Medium/High question.
   *
   * @param id the item id; not blank
   * @param text the question; not blank
   * @return the item
   */
  public static Item level(String id, String text) {
    return new Item(id, ItemKind.LEVEL, text, 0, Level.HIGH.ordinal());
  }

  /**
   * A question scored with a whole number.
   *
   * @param id the item id; not blank
   * @param text the question; not blank
   * @param minimum smallest allowed score
   * @param maximum largest allowed score, not below the minimum
   * @return the item
   */
  public static Item score(String id, String text, int minimum, int maximum) {
    return new Item(id, ItemKind.SCORE, text, minimum, maximum);
  }

  /**
   * Whether an answer is allowed for this item: of the right kind and within range.
   *
   * @param answer the answer; not null
   * @return {@code true} when the answer fits
   */
  public boolean accepts(Answer answer) {
    return answer.kind() == kind && answer.riskValue() >= minimum && answer.riskValue() <= maximum;
  }
}
