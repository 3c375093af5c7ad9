package org.opendsr.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.rating.InstrumentProblem.Kind;
import org.opendsr.rating.Rule.Band;
import org.opendsr.rating.Rule.Points;

/** An instrument is validated when built, and every problem is listed at once. */
class InstrumentBuilderValidationTest {

  private static final Rating G = Rating.GREEN;
  private static final Rating A = Rating.AMBER;
  private static final Rating R = Rating.RED;

  /** A small valid instrument: crisis is Red, worry is Amber, Green otherwise. */
  private static Instrument.Builder valid() {
    return Instrument.builder("test", "1")
        .yesNo("crisis", "In crisis?")
        .yesNo("worry", "Worrying signs?")
        .anyOf("red", R, "Crisis", Condition.yes("crisis"))
        .anyOf("amber", A, "Worry", Condition.yes("worry"));
  }

  private static List<Kind> problemKinds(Instrument.Builder builder) {
    InvalidInstrumentException error =
        catchThrowableOfType(InvalidInstrumentException.class, builder::build);
    assertThat(error).as("the builder should reject the instrument").isNotNull();
    return error.problems().stream().map(InstrumentProblem::kind).toList();
  }

  private static Instrument.Builder points(List<Points> points, Band... bands) {
    var builder = Instrument.builder("weighted", "1");
    for (Points entry : points) {
      builder.yesNo(entry.condition().itemId(), "Question " + entry.condition().itemId());
    }
    return builder.pointBands("total", "Total", points, List.of(bands));
  }

  private static final List<Points> THREE_ONE_POINT_ITEMS =
      List.of(Points.forYes("a", 1), Points.forYes("b", 1), Points.forYes("c", 1));

  @Test
  void a_valid_instrument_builds_and_keeps_its_definition() {
    Instrument instrument = valid().title("A test instrument").build();

    assertThat(instrument.id()).isEqualTo("test");
    assertThat(instrument.version()).isEqualTo("1");
    assertThat(instrument.title()).isEqualTo("A test instrument");
    assertThat(instrument.items()).extracting(Item::id).containsExactly("crisis", "worry");
    assertThat(instrument.rules()).hasSize(2);
    assertThat(instrument.baseline()).isEqualTo(G);
    assertThat(instrument.item("worry")).isPresent();
    assertThat(instrument.item("other")).isEmpty();
    assertThat(instrument.toString()).contains("test").contains("2 items");
  }

  @Test
  void a_rule_using_an_unknown_item_is_rejected() {
    assertThat(problemKinds(valid().anyOf("x", R, "X", Condition.yes("ghost"))))
        .containsExactly(Kind.UNKNOWN_ITEM);
  }

  @Test
  void a_contradiction_using_an_unknown_item_is_rejected() {
    assertThat(
            problemKinds(
                valid()
                    .contradiction(
                        "c", "Cannot both", Condition.yes("crisis"), Condition.yes("ghost"))))
        .containsExactly(Kind.UNKNOWN_ITEM);
  }

  @Test
  void two_items_with_one_id_are_rejected() {
    assertThat(problemKinds(valid().yesNo("crisis", "Again?")))
        .containsExactly(Kind.DUPLICATE_ITEM);
  }

  @Test
  void two_rules_with_one_id_are_rejected() {
    assertThat(problemKinds(valid().anyOf("red", R, "Again", Condition.yes("crisis"))))
        .containsExactly(Kind.DUPLICATE_RULE);
  }

  @Test
  void a_condition_for_another_kind_of_item_is_rejected() {
    assertThat(problemKinds(valid().anyOf("x", R, "X", Condition.atLeast("crisis", Level.HIGH))))
        .containsExactly(Kind.WRONG_ITEM_KIND);
  }

  @Test
  void a_condition_no_answer_can_meet_is_rejected() {
    assertThat(
            problemKinds(
                valid()
                    .score("days", "Days", 0, 10)
                    .anyOf("x", R, "X", Condition.scoreAtLeast("days", 11))))
        .contains(Kind.CONDITION_NEVER_MET);
  }

  @Test
  void an_item_no_rule_uses_is_rejected() {
    assertThat(problemKinds(valid().yesNo("idle", "Never used?")))
        .containsExactly(Kind.UNUSED_ITEM);
  }

  @Test
  void a_rule_suggesting_blue_is_rejected() {
    assertThat(problemKinds(valid().anyOf("blue", Rating.BLUE, "Blue", Condition.yes("crisis"))))
        .containsExactly(Kind.BLUE_FROM_A_RULE);
  }

  @Test
  void a_blue_baseline_is_rejected() {
    assertThat(problemKinds(valid().baseline(Rating.BLUE))).contains(Kind.BLUE_FROM_A_RULE);
  }

  @Test
  void an_instrument_that_can_never_suggest_amber_is_rejected_naming_amber() {
    var builder =
        Instrument.builder("test", "1")
            .yesNo("crisis", "In crisis?")
            .anyOf("red", R, "Crisis", Condition.yes("crisis"));
    InvalidInstrumentException error =
        catchThrowableOfType(InvalidInstrumentException.class, builder::build);

    assertThat(error.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.kind()).isEqualTo(Kind.UNREACHABLE_RATING);
              assertThat(problem.subject()).isEqualTo("Amber");
            });
  }

  @Test
  void green_is_unreachable_when_a_rule_always_fires_above_it() {
    var builder =
        valid()
            .score("days", "Days", 0, 10)
            .anyOf("always", A, "Always", Condition.scoreAtLeast("days", 0));

    assertThat(problemKinds(builder)).containsExactly(Kind.UNREACHABLE_RATING);
  }

  @Test
  void an_empty_instrument_is_rejected_for_both_items_and_rules() {
    assertThat(problemKinds(Instrument.builder("empty", "1")))
        .contains(Kind.NO_ITEMS, Kind.NO_RULES);
  }

  @Test
  void a_gap_between_thresholds_is_rejected() {
    assertThat(
            problemKinds(
                points(
                    THREE_ONE_POINT_ITEMS,
                    new Band(0, 0, G),
                    new Band(2, 2, A),
                    new Band(3, 3, R))))
        .containsExactly(Kind.THRESHOLD_GAP);
  }

  @Test
  void a_gap_above_the_last_threshold_is_rejected() {
    assertThat(
            problemKinds(
                points(
                    THREE_ONE_POINT_ITEMS,
                    new Band(0, 0, G),
                    new Band(1, 1, A),
                    new Band(2, 2, R))))
        .containsExactly(Kind.THRESHOLD_GAP);
  }

  @Test
  void a_gap_below_the_first_threshold_is_rejected() {
    assertThat(
            problemKinds(
                points(
                    THREE_ONE_POINT_ITEMS,
                    new Band(1, 1, G),
                    new Band(2, 2, A),
                    new Band(3, 3, R))))
        .containsExactly(Kind.THRESHOLD_GAP);
  }

  @Test
  void overlapping_thresholds_are_rejected() {
    assertThat(
            problemKinds(
                points(
                    THREE_ONE_POINT_ITEMS,
                    new Band(0, 1, G),
                    new Band(1, 2, A),
                    new Band(3, 3, R))))
        .containsExactly(Kind.THRESHOLD_OVERLAP);
  }

  @Test
  void a_threshold_beyond_the_achievable_totals_is_rejected() {
    assertThat(
            problemKinds(
                points(
                    THREE_ONE_POINT_ITEMS,
                    new Band(0, 0, G),
                    new Band(1, 2, A),
                    new Band(3, 9, R))))
        .containsExactly(Kind.THRESHOLD_OUT_OF_RANGE);
  }

  @Test
  void thresholds_whose_ratings_fall_as_the_total_rises_are_rejected() {
    assertThat(
            problemKinds(
                points(
                    THREE_ONE_POINT_ITEMS,
                    new Band(0, 0, G),
                    new Band(1, 1, R),
                    new Band(2, 3, A))))
        .containsExactly(Kind.THRESHOLDS_NOT_ASCENDING);
  }

  @Test
  void negative_points_are_rejected() {
    assertThat(
            problemKinds(
                points(
                    List.of(Points.forYes("a", 1), Points.forYes("b", -1)),
                    new Band(0, 0, G),
                    new Band(1, 1, R))))
        .contains(Kind.NEGATIVE_POINTS);
  }

  @Test
  void a_matrix_whose_rating_falls_as_a_level_rises_is_rejected() {
    var builder =
        Instrument.builder("matrix", "1")
            .level("a", "Section A")
            .level("b", "Section B")
            .matrix("m", "Matrix", "a", "b", new Rating[][] {{G, A, R}, {G, A, R}, {G, G, R}});

    assertThat(problemKinds(builder)).containsExactly(Kind.MATRIX_NOT_MONOTONE);
  }

  @Test
  void a_matrix_on_yes_no_items_is_rejected() {
    var builder =
        Instrument.builder("matrix", "1")
            .yesNo("a", "Section A")
            .level("b", "Section B")
            .matrix("m", "Matrix", "a", "b", new Rating[][] {{G, G, A}, {G, A, R}, {A, R, R}});

    assertThat(problemKinds(builder)).containsExactly(Kind.WRONG_ITEM_KIND);
  }

  @Test
  void every_problem_is_listed_at_once_with_the_instrument_id_in_the_message() {
    var builder =
        valid()
            .yesNo("idle", "Never used?")
            .anyOf("x", R, "X", Condition.yes("ghost"))
            .anyOf("blue", Rating.BLUE, "Blue", Condition.yes("crisis"));
    InvalidInstrumentException error =
        catchThrowableOfType(InvalidInstrumentException.class, builder::build);

    assertThat(error.problems())
        .extracting(InstrumentProblem::kind)
        .containsExactlyInAnyOrder(Kind.UNKNOWN_ITEM, Kind.BLUE_FROM_A_RULE, Kind.UNUSED_ITEM);
    assertThat(error).isInstanceOf(RatingException.class).hasMessageContaining("test");
  }

  @Test
  void malformed_parts_are_refused_as_soon_as_they_are_made() {
    assertThatThrownBy(() -> Instrument.builder(" ", "1")).isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> Item.yesNo("", "Q")).isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> Item.yesNo("q", " ")).isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> Item.score("q", "Q", 5, 1)).isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> new Item("q", ItemKind.YES_NO, "Q", 0, 3))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> new Band(3, 1, G)).isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> valid().anyOf("x", R, "X")).isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> valid().anyOf(" ", R, "X", Condition.yes("crisis")))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> valid().anyOf("x", R, " ", Condition.yes("crisis")))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> valid().contradiction("c", "Alone", Condition.yes("crisis")))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> valid().pointBands("p", "P", List.of(), List.of()))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> valid().matrix("m", "M", "a", "b", new Rating[][] {{G}}))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> valid().matrix("m", "M", "a", "b", new Rating[][] {{G}, {G}, {G}}))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> valid().title(" ")).isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> Condition.yes(" ")).isInstanceOf(RatingException.class);
  }

  @Test
  void the_shipped_factories_refuse_impossible_thresholds() {
    assertThatThrownBy(() -> Instruments.keyQuestions(List.of(Item.yesNo("a", "A")), 1))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(
            () -> Instruments.keyQuestions(List.of(Item.yesNo("a", "A"), Item.yesNo("b", "B")), 2))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(
            () -> Instruments.keyQuestions(List.of(Item.yesNo("a", "A"), Item.level("b", "B")), 1))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> Instruments.weightedItems(List.of(), 3, 2))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(
            () ->
                Instruments.weightedItems(
                    List.of(Instruments.WeightedItem.yesNo("a", "A", 2)), 1, 5))
        .isInstanceOf(InvalidInstrumentException.class);
    assertThatThrownBy(() -> Instruments.WeightedItem.yesNo("a", "A", -1))
        .isInstanceOf(RatingException.class);
  }

  @Test
  void an_enormous_item_id_is_not_echoed_in_full_by_any_instrument_error() {
    String enormous = "i".repeat(2 * 1024 * 1024);

    InvalidInstrumentException unknown =
        catchThrowableOfType(
            InvalidInstrumentException.class,
            () -> valid().anyOf("huge", R, "Huge", Condition.yes(enormous)).build());
    InvalidInstrumentException duplicateAndUnused =
        catchThrowableOfType(
            InvalidInstrumentException.class,
            () -> valid().yesNo(enormous, "Once?").yesNo(enormous, "Twice?").build());
    RatingException blankText =
        catchThrowableOfType(RatingException.class, () -> Item.yesNo(enormous, " "));
    RatingException ruleWithoutConditions =
        catchThrowableOfType(
            RatingException.class, () -> new Rule.AnyOf(enormous, "Text", R, List.of()));

    for (RatingException error :
        List.of(unknown, duplicateAndUnused, blankText, ruleWithoutConditions)) {
      assertThat(error).isNotNull();
      assertThat(error.getMessage()).hasSizeLessThan(2_000).doesNotContain("i".repeat(200));
    }
    assertThat(unknown.problems())
        .extracting(InstrumentProblem::detail)
        .allSatisfy(detail -> assertThat(detail).hasSizeLessThan(500));
    assertThat(duplicateAndUnused.problems())
        .extracting(InstrumentProblem::kind)
        .contains(Kind.DUPLICATE_ITEM, Kind.UNUSED_ITEM);
  }

  @Test
  void an_instrument_error_names_the_parts_by_position_and_never_repeats_an_id_of_the_definition() {
    // Ids a local instrument's file might hold: what it holds is not ours to repeat.
    String unknownItem = "9434765919";
    String levelItem = "4010232137";
    String scoreItem = "score-Alex-Sample";
    var builder =
        valid()
            .level(levelItem, "Section")
            .score(scoreItem, "Score", 0, 5)
            .anyOf(
                "red-9990000018", R, "Unknown", Condition.yes("crisis"), Condition.yes(unknownItem))
            .anyOf("amber-Robin-Example", A, "Wrong kind", Condition.yes(levelItem))
            .anyOf("never-met", A, "Never", Condition.scoreAtLeast(scoreItem, 6))
            .pointBands(
                "points-Kim-Jones",
                "Negative",
                List.of(Points.forYes("crisis", 1), Points.forYes("worry", -1)),
                List.of(new Band(0, 1, G)))
            .anyOf("red-9990000018", R, "Again", Condition.yes("crisis"));

    InvalidInstrumentException error =
        catchThrowableOfType(InvalidInstrumentException.class, builder::build);

    assertThat(error.problems())
        .extracting(InstrumentProblem::position, InstrumentProblem::detail)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "rules[2]", "conditions[1] names an item the instrument does not have"),
            org.assertj.core.groups.Tuple.tuple(
                "rules[3]",
                "conditions[0] is a condition for a YES_NO item, but the item it names,"
                    + " items[2], is a LEVEL item"),
            org.assertj.core.groups.Tuple.tuple(
                "rules[4]", "no allowed answer to items[3] meets conditions[0] (at least 6)"),
            org.assertj.core.groups.Tuple.tuple("rules[5]", "points[1] must not be negative"),
            org.assertj.core.groups.Tuple.tuple(
                "rules[6]", "has the id of rules[2]; rule ids must be unique"));
    for (String id :
        List.of(
            unknownItem,
            levelItem,
            scoreItem,
            "9990000018",
            "Robin-Example",
            "never-met",
            "points-Kim-Jones",
            "crisis",
            "worry")) {
      assertThat(error.getMessage()).doesNotContain(id);
      assertThat(error.problems())
          .allSatisfy(p -> assertThat(p.detail() + " " + p.position()).doesNotContain(id));
    }
  }

  @Test
  void a_malformed_part_is_refused_without_repeating_its_id() {
    String id = "9434765919";
    List<RatingException> errors =
        List.of(
            catchThrowableOfType(RatingException.class, () -> Item.yesNo(id, " ")),
            catchThrowableOfType(RatingException.class, () -> Item.score(id, "Q", 5, 1)),
            catchThrowableOfType(
                RatingException.class, () -> new Rule.AnyOf(id, "Text", R, List.of())),
            catchThrowableOfType(
                RatingException.class, () -> new Rule.AnyOf(id, " ", R, List.of())),
            catchThrowableOfType(
                RatingException.class,
                () -> valid().matrix(id, "M", "a", "b", new Rating[][] {{G}})),
            catchThrowableOfType(
                RatingException.class, () -> valid().pointBands(id, "P", List.of(), List.of())),
            catchThrowableOfType(
                RatingException.class,
                () -> valid().contradiction(id, "Alone", Condition.yes("crisis"))));

    assertThat(errors)
        .hasSize(7)
        .allSatisfy(e -> assertThat(e).isNotNull().message().doesNotContain(id));
  }
}
