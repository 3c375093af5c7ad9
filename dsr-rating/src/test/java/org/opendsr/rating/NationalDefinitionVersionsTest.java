package org.opendsr.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendsr.rating.Fixtures.ASSESSMENT_DATE;
import static org.opendsr.rating.Fixtures.personAged;
import static org.opendsr.rating.Instruments.IN_CRISIS;
import static org.opendsr.rating.Instruments.SOME_RISKS_CURRENTLY_MANAGED;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The national instrument's versions: the current one is the default; a decision recorded under the
 * previous one keeps its version and can still be explained by that version's rules.
 */
class NationalDefinitionVersionsTest {

  /** Every item of an instrument answered "no" except those named. */
  private static Map<String, Answer> answersYesTo(Instrument instrument, String... yesItems) {
    Map<String, Answer> answers = new HashMap<>();
    for (Item item : instrument.items()) {
      answers.put(item.id(), Answer.no());
    }
    for (String item : yesItems) {
      answers.put(item, Answer.yes());
    }
    return answers;
  }

  @Test
  void the_default_is_the_current_version_which_asks_about_an_immediate_risk_of_admission() {
    Instrument national = Instruments.nationalDefinitions();

    assertThat(national.version()).isEqualTo(Instruments.NATIONAL_DEFINITIONS_VERSION);
    assertThat(national.item(Instruments.IMMEDIATE_RISK_OF_ADMISSION)).isPresent();
    assertThat(Instruments.nationalDefinitions(Instruments.NATIONAL_DEFINITIONS_VERSION))
        .containsSame(national);
  }

  @Test
  void a_decision_recorded_under_the_previous_national_version_still_explains_itself() {
    Instrument previous =
        Instruments.nationalDefinitions(Instruments.PREVIOUS_NATIONAL_DEFINITIONS_VERSION)
            .orElseThrow();
    Map<String, Answer> answers = answersYesTo(previous, IN_CRISIS, SOME_RISKS_CURRENTLY_MANAGED);

    RatingDecision recorded =
        previous.decide(Assessment.of(personAged(40), ASSESSMENT_DATE, answers));

    assertThat(recorded.instrumentId()).isEqualTo(Instruments.NATIONAL_DEFINITIONS_ID);
    assertThat(recorded.instrumentVersion()).isEqualTo("2023.1");
    assertThat(recorded.suggestedRating()).isEqualTo(Rating.RED);
    assertThat(recorded.reasons().get(0).answers()).containsOnlyKeys(IN_CRISIS);
    assertThat(recorded.reasons().get(0).text())
        .contains(previous.item(IN_CRISIS).orElseThrow().text() + " Yes");
    // The version recorded finds the rules that made the decision, and they decide it again.
    Instrument found = Instruments.nationalDefinitions(recorded.instrumentVersion()).orElseThrow();
    assertThat(found.decide(Assessment.of(personAged(40), ASSESSMENT_DATE, answers)))
        .isEqualTo(recorded);
    assertThat(found.rules())
        .extracting(Rule::id)
        .containsAll(recorded.reasons().stream().map(Reason::ruleId).toList());
  }

  @Test
  void the_same_answers_under_the_current_version_are_not_red() {
    Instrument current = Instruments.nationalDefinitions();

    RatingDecision now =
        current.decide(
            Assessment.of(
                personAged(40),
                ASSESSMENT_DATE,
                answersYesTo(current, IN_CRISIS, SOME_RISKS_CURRENTLY_MANAGED)));

    assertThat(now.suggestedRating()).isEqualTo(Rating.GREEN);
    assertThat(now.instrumentVersion()).isEqualTo(Instruments.NATIONAL_DEFINITIONS_VERSION);
  }

  @Test
  void an_unknown_version_finds_no_instrument() {
    assertThat(Instruments.nationalDefinitions("1999.9")).isEmpty();
  }

  @Test
  void the_any_one_criterion_local_instrument_is_separately_named_and_never_the_default() {
    Instrument local = Instruments.anyOneCriterionIsEnough();

    assertThat(local.id()).isNotEqualTo(Instruments.NATIONAL_DEFINITIONS_ID);
    assertThat(Instruments.nationalDefinitions().id())
        .isEqualTo(Instruments.NATIONAL_DEFINITIONS_ID);
    assertThat(
            local
                .decide(
                    Assessment.of(
                        personAged(40),
                        ASSESSMENT_DATE,
                        answersYesTo(local, IN_CRISIS, SOME_RISKS_CURRENTLY_MANAGED)))
                .suggestedRating())
        .isEqualTo(Rating.RED);
  }
}
