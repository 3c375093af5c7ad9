package org.opendsr.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendsr.rating.Fixtures.ASSESSMENT_DATE;
import static org.opendsr.rating.Fixtures.personAged;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The configurable shipped instruments, in scenarios. */
class ConfiguredInstrumentsTest {

  private static RatingDecision decide(Instrument instrument, Map<String, Answer> answers) {
    return instrument.decide(Assessment.of(personAged(40), ASSESSMENT_DATE, answers));
  }

  private static Map<String, Answer> keyAnswers(boolean... yes) {
    Map<String, Answer> answers = new HashMap<>();
    List<Item> items = Instruments.keyQuestions().items();
    for (int i = 0; i < items.size(); i++) {
      answers.put(items.get(i).id(), Answer.of(yes[i]));
    }
    return answers;
  }

  @Test
  void all_key_questions_answered_yes_is_red() {
    RatingDecision decision =
        decide(Instruments.keyQuestions(), keyAnswers(true, true, true, true));

    assertThat(decision.suggestedRating()).isEqualTo(Rating.RED);
    assertThat(decision.reasons())
        .extracting(Reason::ruleId)
        .containsExactly("all-key-questions-yes", "key-questions-count");
    assertThat(decision.instrumentId()).isEqualTo(Instruments.KEY_QUESTIONS_ID);
  }

  @Test
  void two_of_four_key_questions_answered_yes_is_amber() {
    RatingDecision decision =
        decide(Instruments.keyQuestions(), keyAnswers(true, false, true, false));

    assertThat(decision.suggestedRating()).isEqualTo(Rating.AMBER);
    assertThat(decision.reasons().get(0).text()).contains("Amber band (2–4 points)");
  }

  @Test
  void one_key_question_answered_yes_is_green() {
    RatingDecision decision =
        decide(Instruments.keyQuestions(), keyAnswers(false, false, true, false));

    assertThat(decision.suggestedRating()).isEqualTo(Rating.GREEN);
  }

  @Test
  void section_a_high_and_section_b_medium_in_the_matrix_is_red() {
    RatingDecision decision =
        decide(
            Instruments.twoSectionMatrix(),
            Map.of(
                Instruments.SECTION_A, Answer.level(Level.HIGH),
                Instruments.SECTION_B, Answer.level(Level.MEDIUM)));

    assertThat(decision.suggestedRating()).isEqualTo(Rating.RED);
    assertThat(decision.reasons().get(0).text())
        .startsWith("Red because of these answers: ")
        .contains(": High; ")
        .endsWith(": Medium. Rule: Two-section matrix.");
    assertThat(decision.reasons().get(0).answers()).containsOnlyKeys("section_a", "section_b");
  }

  @Test
  void both_sections_low_in_the_matrix_is_green() {
    RatingDecision decision =
        decide(
            Instruments.twoSectionMatrix(),
            Map.of(
                Instruments.SECTION_A, Answer.level(Level.LOW),
                Instruments.SECTION_B, Answer.level(Level.LOW)));

    assertThat(decision.suggestedRating()).isEqualTo(Rating.GREEN);
  }

  @Test
  void weighted_items_reaching_the_red_threshold_are_red() {
    Map<String, Answer> answers = new HashMap<>();
    for (Item item : Instruments.weightedItems().items()) {
      answers.put(item.id(), Answer.no());
    }
    answers.put("crisis_contact", Answer.yes());
    answers.put("harm_to_self_or_others", Answer.yes());
    answers.put("placement_at_risk", Answer.yes());
    answers.put("health_needs_unmet", Answer.yes());

    RatingDecision decision = decide(Instruments.weightedItems(), answers);

    assertThat(decision.suggestedRating()).isEqualTo(Rating.RED);
    assertThat(decision.reasons().get(0).text()).contains("Red band (9–15 points)");
  }

  @Test
  void weighted_level_and_score_items_add_points_for_each_step_of_risk() {
    Instrument instrument =
        Instruments.weightedItems(
            List.of(
                new Instruments.WeightedItem(Item.level("mood", "Mood"), 2),
                new Instruments.WeightedItem(Item.score("incidents", "Incidents", 0, 3), 1)),
            3,
            6);

    assertThat(
            decide(
                    instrument,
                    Map.of("mood", Answer.level(Level.MEDIUM), "incidents", Answer.score(0)))
                .suggestedRating())
        .isEqualTo(Rating.GREEN);
    assertThat(
            decide(
                    instrument,
                    Map.of("mood", Answer.level(Level.MEDIUM), "incidents", Answer.score(2)))
                .suggestedRating())
        .isEqualTo(Rating.AMBER);
    assertThat(
            decide(
                    instrument,
                    Map.of("mood", Answer.level(Level.HIGH), "incidents", Answer.score(3)))
                .suggestedRating())
        .isEqualTo(Rating.RED);
  }

  @Test
  void a_local_all_of_rule_fires_only_when_every_condition_is_met() {
    Instrument instrument =
        Instrument.builder("local", "3")
            .yesNo("a", "A?")
            .yesNo("b", "B?")
            .allOf("both", Rating.RED, "Both A and B", Condition.yes("a"), Condition.yes("b"))
            .anyOf("either", Rating.AMBER, "A or B", Condition.yes("a"), Condition.yes("b"))
            .build();

    assertThat(decide(instrument, Map.of("a", Answer.yes(), "b", Answer.no())).suggestedRating())
        .isEqualTo(Rating.AMBER);
    RatingDecision both = decide(instrument, Map.of("a", Answer.yes(), "b", Answer.yes()));
    assertThat(both.suggestedRating()).isEqualTo(Rating.RED);
    assertThat(both.reasons().get(0).answers()).containsOnlyKeys("a", "b");
    assertThat(both.instrumentVersion()).isEqualTo("3");
  }

  /** Thirteen one-point factors: 2^13 answer sets, more than the decision table is built for. */
  private static final int FACTORS = 13;

  private static Instrument thirteenFactors(int amberFrom, int redFrom) {
    List<Instruments.WeightedItem> items = new java.util.ArrayList<>();
    for (int i = 0; i < FACTORS; i++) {
      items.add(Instruments.WeightedItem.yesNo("factor_" + i, "Factor " + i, 1));
    }
    return Instruments.weightedItems(items, amberFrom, redFrom);
  }

  @Test
  void an_instrument_too_large_to_tabulate_rates_every_answer_set_by_its_bands() {
    qt().withExamples(300)
        .forAll(
            lists().of(booleans().all()).ofSize(FACTORS),
            integers().between(1, FACTORS - 1),
            integers().between(0, 1_000))
        .checkAssert(
            (yes, amberFrom, spread) -> {
              // Red from above Amber up to every factor: each pair of thresholds is reachable.
              int redFrom = amberFrom + 1 + spread % (FACTORS - amberFrom);
              Instrument instrument = thirteenFactors(amberFrom, redFrom);
              Map<String, Answer> answers = new HashMap<>();
              for (int i = 0; i < FACTORS; i++) {
                answers.put("factor_" + i, Answer.of(yes.get(i)));
              }
              long total = yes.stream().filter(b -> b).count();
              Rating expected =
                  total >= redFrom ? Rating.RED : total >= amberFrom ? Rating.AMBER : Rating.GREEN;

              assertThat(instrument.hasDecisionTable()).isFalse();
              RatingDecision decision = decide(instrument, answers);
              assertThat(decision.suggestedRating()).isEqualTo(expected);
              assertThat(decision.reasons().get(0).answers()).hasSize(FACTORS);
            });
  }

  @Test
  void one_more_yes_across_the_red_threshold_of_an_untabulated_instrument_gives_red() {
    Instrument instrument = thirteenFactors(4, 8);
    Map<String, Answer> answers = new HashMap<>();
    for (int i = 0; i < FACTORS; i++) {
      answers.put("factor_" + i, Answer.of(i < 7));
    }
    assertThat(decide(instrument, answers).suggestedRating()).isEqualTo(Rating.AMBER);
    answers.put("factor_7", Answer.yes());
    assertThat(decide(instrument, answers).suggestedRating()).isEqualTo(Rating.RED);
  }
}
