package org.opendsr.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendsr.rating.Fixtures.ASSESSMENT_DATE;
import static org.opendsr.rating.Fixtures.nationalAnswersYesTo;
import static org.opendsr.rating.Fixtures.personAged;
import static org.opendsr.rating.Instruments.IMMEDIATE_RISK_OF_ADMISSION;
import static org.opendsr.rating.Instruments.IN_CRISIS;
import static org.opendsr.rating.Instruments.SIGNIFICANTLY_INCREASED_RISK;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** The answers an assessment keeps, and the reasons a decision keeps: immutable, ordered maps. */
class AssessmentAnswersTest {

  private static Map<String, Answer> scores(List<String> ids) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      answers.put(ids.get(i), Answer.score(i));
    }
    return answers;
  }

  @Test
  void the_answers_are_listed_in_order_of_item_id_whatever_order_they_were_given_in() {
    Map<String, Answer> given = new LinkedHashMap<>();
    given.put("c_item", Answer.yes());
    given.put("a_item", Answer.no());
    given.put("b_item", Answer.score(3));

    Assessment assessment = Assessment.of(personAged(30), ASSESSMENT_DATE, given);

    assertThat(assessment.answers().keySet()).containsExactly("a_item", "b_item", "c_item");
    assertThat(assessment.answers().values())
        .containsExactly(Answer.no(), Answer.score(3), Answer.yes());
  }

  @Test
  void the_answers_of_an_assessment_equal_any_map_with_the_same_answers() {
    Map<String, Answer> given = nationalAnswersYesTo(IN_CRISIS);

    Map<String, Answer> kept = Assessment.of(personAged(30), ASSESSMENT_DATE, given).answers();

    assertThat(kept).isEqualTo(given).hasSameHashCodeAs(given);
    assertThat(given).isEqualTo(kept);
    assertThat(kept).isNotEqualTo(nationalAnswersYesTo(SIGNIFICANTLY_INCREASED_RISK));
  }

  @Test
  void every_answer_is_found_by_its_item_id_and_no_other_id_finds_one() {
    // Sizes either side of the point where a lookup changes from a scan to a binary search.
    qt().forAll(
            Generate.intArrays(Generate.range(0, 40), Generate.range(0, 500)),
            Generate.range(0, 500))
        .checkAssert(
            (numbers, absent) -> {
              List<String> ids = new ArrayList<>();
              for (int number : numbers) {
                String id = "item_" + number;
                if (!ids.contains(id)) {
                  ids.add(id);
                }
              }
              Map<String, Answer> given = scores(ids);
              Map<String, Answer> kept =
                  Assessment.of(personAged(30), ASSESSMENT_DATE, given).answers();

              assertThat(kept).hasSize(ids.size()).isEqualTo(given);
              for (String id : ids) {
                // A copy of the id, not the same string, must find the answer too.
                assertThat(kept.get(new String(id))).isEqualTo(given.get(id));
                assertThat(kept.containsKey(id)).isTrue();
              }
              String other = "item_" + absent;
              assertThat(kept.containsKey(other)).isEqualTo(ids.contains(other));
              assertThat(kept.get(42)).isNull();
              assertThat(new ArrayList<>(kept.keySet()))
                  .isEqualTo(new ArrayList<>(new TreeMap<>(given).keySet()));
            });
  }

  @Test
  void the_answers_of_an_assessment_cannot_be_changed_afterwards() {
    Map<String, Answer> given = nationalAnswersYesTo();
    Assessment assessment = Assessment.of(personAged(30), ASSESSMENT_DATE, given);
    Map<String, Answer> kept = assessment.answers();

    given.put(IN_CRISIS, Answer.yes());

    assertThat(kept.get(IN_CRISIS)).isEqualTo(Answer.no());
    assertThatThrownBy(() -> kept.put(IN_CRISIS, Answer.yes()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kept.remove(IN_CRISIS))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kept.entrySet().iterator().next().setValue(Answer.yes()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () -> {
              var iterator = kept.keySet().iterator();
              iterator.next();
              iterator.remove();
            })
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(assessment.withAnswer(IN_CRISIS, Answer.yes()).answers().get(IN_CRISIS))
        .isEqualTo(Answer.yes());
  }

  @Test
  void an_answer_without_an_item_id_or_an_item_id_without_an_answer_is_refused() {
    Map<String, Answer> nullId = new HashMap<>();
    nullId.put(null, Answer.yes());
    Map<String, Answer> nullAnswer = new HashMap<>();
    nullAnswer.put(IN_CRISIS, null);

    assertThatThrownBy(() -> Assessment.of(personAged(30), ASSESSMENT_DATE, nullId))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("item id");
    assertThatThrownBy(() -> Assessment.of(personAged(30), ASSESSMENT_DATE, nullAnswer))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("answer");
  }

  @Test
  void answers_keyed_by_copies_of_the_item_ids_give_the_same_decision() {
    Instrument national = Instruments.nationalDefinitions();
    Map<String, Answer> given = nationalAnswersYesTo(SIGNIFICANTLY_INCREASED_RISK);
    Map<String, Answer> copied = new HashMap<>();
    given.forEach((id, answer) -> copied.put(new String(id), answer));

    RatingDecision fromConstants =
        national.decide(Assessment.of(personAged(20), ASSESSMENT_DATE, given));
    RatingDecision fromCopies =
        national.decide(Assessment.of(personAged(20), ASSESSMENT_DATE, copied));

    assertThat(fromCopies).isEqualTo(fromConstants);
    assertThat(fromCopies.suggestedRating()).isEqualTo(Rating.AMBER);
  }

  @Test
  void the_reasons_of_a_decision_are_an_immutable_list_equal_to_any_list_of_the_same_reasons() {
    RatingDecision decision =
        Instruments.nationalDefinitions()
            .decide(
                Assessment.of(
                    personAged(40),
                    ASSESSMENT_DATE,
                    nationalAnswersYesTo(
                        IMMEDIATE_RISK_OF_ADMISSION, SIGNIFICANTLY_INCREASED_RISK)));
    List<Reason> mutable = new ArrayList<>(decision.reasons());

    RatingDecision rebuilt =
        new RatingDecision(
            decision.suggestedRating(),
            mutable,
            decision.linkedProcesses(),
            decision.instrumentId(),
            decision.instrumentVersion(),
            decision.assessmentDate(),
            decision.keyworkerCriteriaMet(),
            decision.policy());
    mutable.clear();

    assertThat(rebuilt).isEqualTo(decision).hasSameHashCodeAs(decision);
    assertThat(rebuilt.reasons()).hasSize(2).isEqualTo(List.copyOf(decision.reasons()));
    assertThatThrownBy(() -> decision.reasons().add(decision.reasons().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> decision.reasons().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
