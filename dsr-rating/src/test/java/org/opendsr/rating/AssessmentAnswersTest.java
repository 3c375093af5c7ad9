package org.opendsr.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.opendsr.rating.Fixtures.ASSESSMENT_DATE;
import static org.opendsr.rating.Fixtures.nationalAnswersYesTo;
import static org.opendsr.rating.Fixtures.personAged;
import static org.opendsr.rating.Instruments.IMMEDIATE_RISK_OF_ADMISSION;
import static org.opendsr.rating.Instruments.IN_CRISIS;
import static org.opendsr.rating.Instruments.RISK_NOT_MANAGED_IN_COMMUNITY;
import static org.opendsr.rating.Instruments.SIGNIFICANTLY_INCREASED_RISK;
import static org.opendsr.rating.Instruments.SOME_RISKS_CURRENTLY_MANAGED;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendsr.rating.ItemProblem.Kind;
import org.quicktheories.generators.Generate;

/**
 * How the rating rules use the answers of an assessment: every item's own answer and nothing else,
 * whatever order they were given in; a missing answer is never read as "no", an answer for an item
 * the instrument lacks is never ignored, and contradictory answers are never rated.
 */
class AssessmentAnswersTest {

  private static final Instrument NATIONAL = Instruments.nationalDefinitions();
  private static final List<String> ITEMS = NATIONAL.items().stream().map(Item::id).toList();

  /** The decision, or the problems listed when there is none. */
  private static Object outcome(PersonContext person, Map<String, Answer> answers) {
    try {
      return NATIONAL.decide(Assessment.of(person, ASSESSMENT_DATE, answers));
    } catch (IncompleteAssessmentException e) {
      return e.problems();
    }
  }

  private static IncompleteAssessmentException rejection(Map<String, Answer> answers) {
    return catchThrowableOfType(
        IncompleteAssessmentException.class,
        () -> NATIONAL.decide(Assessment.of(personAged(40), ASSESSMENT_DATE, answers)));
  }

  /** Yes to the items whose bit is set in the mask, no to the others, in the items' order. */
  private static Map<String, Answer> answersOf(int mask) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (int i = 0; i < ITEMS.size(); i++) {
      answers.put(ITEMS.get(i), Answer.of((mask & (1 << i)) != 0));
    }
    return answers;
  }

  @Test
  void a_decision_does_not_depend_on_the_order_the_answers_were_given_in() {
    int everyCombination = (1 << ITEMS.size()) - 1;
    qt().forAll(
            Generate.range(0, everyCombination),
            Generate.intArrays(Generate.constant(ITEMS.size()), Generate.range(0, 1_000)),
            Generate.range(0, 90),
            Generate.booleans())
        .checkAssert(
            (mask, orderKeys, age, inpatient) -> {
              PersonContext person = personAged(age).withInpatient(inpatient);
              Map<String, Answer> inItemOrder = answersOf(mask);
              List<Integer> order = new ArrayList<>();
              for (int i = 0; i < ITEMS.size(); i++) {
                order.add(i);
              }
              order.sort(Comparator.comparingInt(i -> orderKeys[i]));
              Map<String, Answer> shuffled = new LinkedHashMap<>();
              for (int i : order) {
                shuffled.put(ITEMS.get(i), inItemOrder.get(ITEMS.get(i)));
              }

              assertThat(outcome(person, shuffled)).isEqualTo(outcome(person, inItemOrder));
            });
  }

  @Test
  void a_missing_answer_is_never_read_as_no() {
    for (String item : ITEMS) {
      Map<String, Answer> answers = nationalAnswersYesTo();
      answers.remove(item);

      IncompleteAssessmentException error = rejection(answers);

      assertThat(error.problems())
          .as(item)
          .extracting(ItemProblem::itemId, ItemProblem::kind)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(item, Kind.MISSING));
    }
    assertThat(NATIONAL.decide(Assessment.of(personAged(40), ASSESSMENT_DATE, answersOf(0))))
        .extracting(RatingDecision::suggestedRating)
        .isEqualTo(Rating.GREEN);
  }

  @Test
  void an_answer_for_an_item_the_instrument_lacks_is_refused_even_when_the_rest_decide_red() {
    Map<String, Answer> answers = nationalAnswersYesTo(IMMEDIATE_RISK_OF_ADMISSION);
    assertThat(outcome(personAged(40), answers))
        .isInstanceOfSatisfying(
            RatingDecision.class, d -> assertThat(d.suggestedRating()).isEqualTo(Rating.RED));

    answers.put("in_crisis_at_home", Answer.yes());

    assertThat(rejection(answers).problems())
        .extracting(ItemProblem::kind)
        .containsExactly(Kind.UNKNOWN_ITEM);
  }

  @Test
  void risks_managed_and_not_manageable_in_the_community_are_refused_whatever_else_is_answered() {
    int managed = ITEMS.indexOf(SOME_RISKS_CURRENTLY_MANAGED);
    int notManageable = ITEMS.indexOf(RISK_NOT_MANAGED_IN_COMMUNITY);
    int bothYes = (1 << managed) | (1 << notManageable);
    qt().forAll(Generate.range(0, (1 << ITEMS.size()) - 1))
        .checkAssert(
            others -> {
              IncompleteAssessmentException error = rejection(answersOf(others | bothYes));

              assertThat(error).isNotNull();
              assertThat(error.problems())
                  .extracting(ItemProblem::itemId, ItemProblem::kind)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple(
                          SOME_RISKS_CURRENTLY_MANAGED, Kind.CONTRADICTORY),
                      org.assertj.core.groups.Tuple.tuple(
                          RISK_NOT_MANAGED_IN_COMMUNITY, Kind.CONTRADICTORY));
            });
  }

  @Test
  void an_inpatient_is_rated_blue_without_the_community_answers_but_not_with_a_wrong_one() {
    PersonContext inpatient = personAged(40).withInpatient(true);

    assertThat(NATIONAL.decide(Assessment.of(inpatient, ASSESSMENT_DATE, Map.of())))
        .extracting(RatingDecision::suggestedRating)
        .isEqualTo(Rating.BLUE);
    IncompleteAssessmentException error =
        catchThrowableOfType(
            IncompleteAssessmentException.class,
            () ->
                NATIONAL.decide(
                    Assessment.of(inpatient, ASSESSMENT_DATE, Map.of(IN_CRISIS, Answer.score(2)))));
    assertThat(error.problems()).extracting(ItemProblem::kind).containsExactly(Kind.WRONG_KIND);
  }

  @Test
  void the_decision_uses_the_answers_as_they_stood_when_the_assessment_was_made() {
    Map<String, Answer> given = nationalAnswersYesTo(SIGNIFICANTLY_INCREASED_RISK);
    Assessment assessment = Assessment.of(personAged(20), ASSESSMENT_DATE, given);

    given.put(IMMEDIATE_RISK_OF_ADMISSION, Answer.yes());

    assertThat(NATIONAL.decide(assessment).suggestedRating()).isEqualTo(Rating.AMBER);
    assertThat(
            NATIONAL
                .decide(assessment.withAnswer(IMMEDIATE_RISK_OF_ADMISSION, Answer.yes()))
                .suggestedRating())
        .isEqualTo(Rating.RED);
  }

  @Test
  void answers_keyed_by_copies_of_the_item_ids_are_found_by_the_rules() {
    Map<String, Answer> copied = new HashMap<>();
    nationalAnswersYesTo(IMMEDIATE_RISK_OF_ADMISSION)
        .forEach((id, answer) -> copied.put(new String(id), answer));

    RatingDecision decision =
        NATIONAL.decide(Assessment.of(personAged(20), ASSESSMENT_DATE, copied));

    assertThat(decision.suggestedRating()).isEqualTo(Rating.RED);
    assertThat(decision.reasons()).hasSize(1);
  }
}
