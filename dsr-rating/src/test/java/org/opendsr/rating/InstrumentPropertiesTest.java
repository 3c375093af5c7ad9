package org.opendsr.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The invariants of the issue, checked for every shipped instrument. */
class InstrumentPropertiesTest {

  /**
   * Answer sets that contradict themselves are skipped; the national instrument's contradiction
   * rejects a good share of random draws, so QuickTheories may try many before giving up.
   */
  private static final int GENEROUS_ATTEMPTS = 50_000;

  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 5, 1);

  static Stream<Instrument> shippedInstruments() {
    return Stream.<Supplier<Instrument>>of(
            Instruments::nationalDefinitions,
            () ->
                Instruments.nationalDefinitions(Instruments.PREVIOUS_NATIONAL_DEFINITIONS_VERSION)
                    .orElseThrow(),
            Instruments::anyOneCriterionIsEnough,
            Instruments::keyQuestions,
            Instruments::twoSectionMatrix,
            Instruments::weightedItems)
        .map(Supplier::get);
  }

  /** A person's circumstances and the date they are assessed on. */
  record Situation(PersonContext person, LocalDate date) {}

  private static Gen<Situation> situations(Gen<Boolean> inpatient) {
    Gen<Integer> ageInDays = Generate.range(0, 60 * 366);
    Gen<Integer> dayOffset = Generate.range(0, 3650);
    return ageInDays.zip(
        dayOffset,
        Generate.booleans(),
        inpatient,
        (age, offset, known, isInpatient) -> {
          LocalDate date = FIRST_DAY.plusDays(offset);
          return new Situation(new PersonContext(date.minusDays(age), isInpatient, known), date);
        });
  }

  private static Gen<RatingPolicy> policies() {
    return Generate.booleans()
        .map(blue -> RatingPolicy.nationalDefaults().withKeyworkerOfferCoveringBlue(blue));
  }

  private static Gen<int[]> rawValues(Instrument instrument) {
    return Generate.intArrays(
        Generate.constant(instrument.items().size()), Generate.range(0, 10_000));
  }

  private static Answer answerFor(Item item, int value) {
    return switch (item.kind()) {
      case YES_NO -> Answer.of(value == 1);
      case LEVEL -> Answer.level(Level.values()[value]);
      case SCORE -> Answer.score(value);
    };
  }

  private static int valueFor(Item item, int raw) {
    return item.minimum() + raw % (item.maximum() - item.minimum() + 1);
  }

  private static Map<String, Answer> complete(Instrument instrument, int[] raw) {
    Map<String, Answer> answers = new HashMap<>();
    List<Item> items = instrument.items();
    for (int i = 0; i < items.size(); i++) {
      answers.put(items.get(i).id(), answerFor(items.get(i), valueFor(items.get(i), raw[i])));
    }
    return answers;
  }

  /** Roughly one answer in five left out. */
  private static Map<String, Answer> partial(Instrument instrument, int[] raw) {
    Map<String, Answer> answers = complete(instrument, raw);
    List<Item> items = instrument.items();
    for (int i = 0; i < items.size(); i++) {
      if (raw[i] < 2_000) {
        answers.remove(items.get(i).id());
      }
    }
    return answers;
  }

  private static boolean consistent(Instrument instrument, Map<String, Answer> answers) {
    for (Contradiction contradiction : instrument.contradictions()) {
      boolean allMet = true;
      for (Condition condition : contradiction.conditions()) {
        allMet &= condition.isMetBy(answers.get(condition.itemId()));
      }
      if (allMet) {
        return false;
      }
    }
    return true;
  }

  @ParameterizedTest
  @MethodSource("shippedInstruments")
  void an_inpatient_is_blue_whatever_the_answers(Instrument instrument) {
    qt().withGenerateAttempts(GENEROUS_ATTEMPTS)
        .forAll(rawValues(instrument), situations(Generate.constant(true)), policies())
        .checkAssert(
            (raw, situation, policy) -> {
              RatingDecision decision =
                  instrument.decide(
                      Assessment.of(situation.person(), situation.date(), partial(instrument, raw)),
                      policy);

              assertThat(decision.suggestedRating()).isEqualTo(Rating.BLUE);
              assertThat(decision.linkedProcesses()).contains(LinkedProcess.INPATIENT_REVIEW_CYCLE);
            });
  }

  @ParameterizedTest
  @MethodSource("shippedInstruments")
  void a_riskier_answer_never_lowers_the_suggestion(Instrument instrument) {
    int size = instrument.items().size();
    qt().withGenerateAttempts(GENEROUS_ATTEMPTS)
        .forAll(
            rawValues(instrument),
            Generate.range(0, size - 1),
            Generate.range(0, 10_000),
            situations(Generate.constant(false)))
        .assuming(
            (raw, index, step, situation) ->
                consistent(instrument, complete(instrument, raised(instrument, raw, index, step))))
        .checkAssert(
            (raw, index, step, situation) -> {
              Rating before =
                  instrument
                      .decide(
                          Assessment.of(
                              situation.person(), situation.date(), complete(instrument, raw)))
                      .suggestedRating();
              Rating after =
                  instrument
                      .decide(
                          Assessment.of(
                              situation.person(),
                              situation.date(),
                              complete(instrument, raised(instrument, raw, index, step))))
                      .suggestedRating();

              assertThat(before.isMoreSevereThan(after))
                  .as("%s then %s after raising item %s", before, after, index)
                  .isFalse();
            });
  }

  /** The raw values with one item's answer raised by some steps, never past its maximum. */
  private static int[] raised(Instrument instrument, int[] raw, int index, int step) {
    Item item = instrument.items().get(index);
    int current = valueFor(item, raw[index]);
    int higher = current + step % (item.maximum() - current + 1);
    int[] copy = raw.clone();
    copy[index] = higher - item.minimum();
    return copy;
  }

  /**
   * Every answer set (complete or partial, consistent or contradictory) of a person in the
   * community or an inpatient, decided once through the decision table built with the instrument
   * and once by the rule interpreter (the same definition compiled with no table): the same
   * decision, or the same list of problems.
   */
  @ParameterizedTest
  @MethodSource("shippedInstruments")
  void the_decision_table_and_the_rule_interpreter_always_agree(Instrument instrument) {
    Instrument interpreted = instrument.withTabulationLimit(0);
    assertThat(instrument.hasDecisionTable()).isTrue();
    assertThat(interpreted.hasDecisionTable()).isFalse();
    qt().withGenerateAttempts(GENEROUS_ATTEMPTS)
        .forAll(
            rawValues(instrument), Generate.booleans(), situations(Generate.booleans()), policies())
        .checkAssert(
            (raw, allAnswered, situation, policy) -> {
              Map<String, Answer> answers =
                  allAnswered ? complete(instrument, raw) : partial(instrument, raw);
              Assessment assessment = Assessment.of(situation.person(), situation.date(), answers);

              assertThat(outcome(instrument, assessment, policy))
                  .isEqualTo(outcome(interpreted, assessment, policy));
            });
  }

  /** The decision, or the problems listed when there is none. */
  private static Object outcome(Instrument instrument, Assessment assessment, RatingPolicy policy) {
    try {
      return instrument.decide(assessment, policy);
    } catch (IncompleteAssessmentException e) {
      return e.problems();
    }
  }

  @ParameterizedTest
  @MethodSource("shippedInstruments")
  void every_red_or_amber_suggestion_carries_a_reason_for_it(Instrument instrument) {
    qt().withGenerateAttempts(GENEROUS_ATTEMPTS)
        .forAll(rawValues(instrument), situations(Generate.constant(false)))
        .assuming((raw, situation) -> consistent(instrument, complete(instrument, raw)))
        .checkAssert(
            (raw, situation) -> {
              Map<String, Answer> answers = complete(instrument, raw);
              RatingDecision decision =
                  instrument.decide(Assessment.of(situation.person(), situation.date(), answers));

              if (decision.suggestedRating() == Rating.RED
                  || decision.suggestedRating() == Rating.AMBER) {
                assertThat(decision.reasons())
                    .anySatisfy(
                        reason -> {
                          assertThat(reason.rating()).isEqualTo(decision.suggestedRating());
                          assertThat(reason.answers()).isNotEmpty();
                          assertThat(answers).containsAllEntriesOf(reason.answers());
                        });
              }
              assertThat(decision.reasons()).isNotEmpty();
            });
  }

  @ParameterizedTest
  @MethodSource("shippedInstruments")
  void every_reason_gives_the_answers_it_used_in_words_and_no_item_id(Instrument instrument) {
    qt().withGenerateAttempts(GENEROUS_ATTEMPTS)
        .forAll(rawValues(instrument), situations(Generate.constant(false)))
        .assuming((raw, situation) -> consistent(instrument, complete(instrument, raw)))
        .checkAssert(
            (raw, situation) -> {
              RatingDecision decision =
                  instrument.decide(
                      Assessment.of(
                          situation.person(), situation.date(), complete(instrument, raw)));

              for (Reason reason : decision.reasons()) {
                for (String itemId : reason.answers().keySet()) {
                  assertThat(reason.text()).contains(instrument.item(itemId).orElseThrow().text());
                }
                for (Item item : instrument.items()) {
                  assertThat(reason.text()).doesNotContain(item.id());
                }
              }
            });
  }

  @ParameterizedTest
  @MethodSource("shippedInstruments")
  void red_always_brings_a_cetr(Instrument instrument) {
    qt().withGenerateAttempts(GENEROUS_ATTEMPTS)
        .forAll(rawValues(instrument), situations(Generate.constant(false)), policies())
        .assuming((raw, situation, policy) -> consistent(instrument, complete(instrument, raw)))
        .checkAssert(
            (raw, situation, policy) -> {
              RatingDecision decision =
                  instrument.decide(
                      Assessment.of(
                          situation.person(), situation.date(), complete(instrument, raw)),
                      policy);

              assertThat(decision.requires(LinkedProcess.CETR_MUST_TAKE_PLACE))
                  .isEqualTo(decision.suggestedRating() == Rating.RED);
            });
  }

  @ParameterizedTest
  @MethodSource("shippedInstruments")
  void keyworker_referral_appears_exactly_for_a_qualifying_rating_age_0_to_25_and_not_known(
      Instrument instrument) {
    qt().withGenerateAttempts(GENEROUS_ATTEMPTS)
        .forAll(rawValues(instrument), situations(Generate.booleans()), policies())
        .assuming((raw, situation, policy) -> consistent(instrument, complete(instrument, raw)))
        .checkAssert(
            (raw, situation, policy) -> {
              PersonContext person = situation.person();
              RatingDecision decision =
                  instrument.decide(
                      Assessment.of(person, situation.date(), complete(instrument, raw)), policy);
              Rating rating = decision.suggestedRating();
              int age = Period.between(person.dateOfBirth(), situation.date()).getYears();
              boolean qualifyingRating =
                  rating == Rating.RED
                      || rating == Rating.AMBER
                      || (rating == Rating.BLUE && policy.keyworkerOfferCoversBlue());

              assertThat(decision.requires(LinkedProcess.KEYWORKER_REFERRAL))
                  .isEqualTo(
                      qualifyingRating
                          && age >= 0
                          && age <= 25
                          && !person.knownToKeyworkerService());
            });
  }
}
