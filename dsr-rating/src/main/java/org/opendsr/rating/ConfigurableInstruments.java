package org.opendsr.rating;

import static org.opendsr.rating.Instruments.KEY_QUESTIONS_ID;
import static org.opendsr.rating.Instruments.SECTION_A;
import static org.opendsr.rating.Instruments.SECTION_B;
import static org.opendsr.rating.Instruments.TWO_SECTION_MATRIX_ID;
import static org.opendsr.rating.Instruments.WEIGHTED_ITEMS_ID;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opendsr.rating.Instruments.WeightedItem;

/**
 * How the configurable instrument families of {@link Instruments} are built from their settings:
 * key questions, the two-section matrix and weighted items. {@link Instruments} documents each and
 * holds the shipped examples.
 */
final class ConfigurableInstruments {

  private ConfigurableInstruments() {}

  /** See {@link Instruments}. */
  static Instrument keyQuestions(List<Item> questions, int amberFrom) {
    Objects.requireNonNull(questions, "questions");
    int count = questions.size();
    if (count < 2) {
      throw RatingException.of(
          "questions",
          "at least two questions are needed",
          "key questions: at least two questions are needed");
    }
    if (amberFrom < 1 || amberFrom >= count) {
      throw RatingException.of(
          "amberFrom",
          "must be from 1 to " + (count - 1),
          "key questions: amberFrom must be from 1 to " + (count - 1));
    }
    var builder =
        Instrument.builder(KEY_QUESTIONS_ID, "1")
            .title("Key questions: all yes gives Red, " + amberFrom + " or more give Amber");
    List<Condition> all = new ArrayList<>();
    List<Rule.Points> points = new ArrayList<>();
    for (Item question : questions) {
      if (question.kind() != ItemKind.YES_NO) {
        throw RatingException.of(
            "questions",
            "must be yes/no items",
            "key questions: " + Ids.shown(question.id()) + " must be a yes/no item");
      }
      builder.item(question);
      all.add(Condition.yes(question.id()));
      points.add(Rule.Points.forYes(question.id(), 1));
    }
    builder.rule(
        new Rule.AllOf("all-key-questions-yes", "All key questions answered yes", Rating.RED, all));
    builder.pointBands(
        "key-questions-count",
        "Number of key questions answered yes",
        points,
        List.of(
            new Rule.Band(0, amberFrom - 1, Rating.GREEN),
            new Rule.Band(amberFrom, count, Rating.AMBER)));
    return builder.build();
  }

  /** See {@link Instruments}. */
  static Instrument twoSectionMatrix(Rating[][] cells) {
    return Instrument.builder(TWO_SECTION_MATRIX_ID, "1")
        .title("Two-section High/Medium/Low matrix")
        .level(
            SECTION_A,
            "Section A, the person: mental health, behaviour, and risk to self or others")
        .level(
            SECTION_B,
            "Section B, the situation: family, placement, education and support around the"
                + " person")
        .matrix("section-matrix", "Two-section matrix", SECTION_A, SECTION_B, cells)
        .build();
  }

  /** See {@link Instruments}. */
  static Instrument weightedItems(List<WeightedItem> items, int amberFrom, int redFrom) {
    Objects.requireNonNull(items, "items");
    if (amberFrom < 1 || redFrom <= amberFrom) {
      throw RatingException.of(
          "amberFrom",
          "need 1 <= amberFrom < redFrom",
          "weighted items: need 1 <= amberFrom < redFrom");
    }
    var builder =
        Instrument.builder(WEIGHTED_ITEMS_ID, "1")
            .title("Weighted items: Amber from " + amberFrom + ", Red from " + redFrom);
    List<Rule.Points> points = new ArrayList<>();
    int maximum = 0;
    for (WeightedItem weighted : items) {
      Item item = weighted.item();
      builder.item(item);
      for (int step = item.minimum() + 1; step <= item.maximum(); step++) {
        points.add(new Rule.Points(new Condition(item.id(), item.kind(), step), weighted.weight()));
        maximum += weighted.weight();
      }
    }
    return builder
        .pointBands(
            "weighted-total",
            "Weighted total of the items",
            points,
            List.of(
                new Rule.Band(0, amberFrom - 1, Rating.GREEN),
                new Rule.Band(amberFrom, redFrom - 1, Rating.AMBER),
                new Rule.Band(redFrom, Math.max(redFrom, maximum), Rating.RED)))
        .build();
  }
}
