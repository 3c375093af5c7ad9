package org.opendsr.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendsr.rating.Fixtures.nationalDecision;
import static org.opendsr.rating.Fixtures.personAged;
import static org.opendsr.rating.Instruments.IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION;
import static org.opendsr.rating.Instruments.IN_CRISIS;
import static org.opendsr.rating.Instruments.RISK_NOT_MANAGED_IN_COMMUNITY;
import static org.opendsr.rating.Instruments.SIGNIFICANTLY_INCREASED_RISK;

import org.junit.jupiter.api.Test;

/**
 * A reason says which answers made its rule fire, in the words of the questions, and never states a
 * definition as a fact about the person when only part of it was answered yes.
 */
class ReasonWordingTest {

  private static String question(String itemId) {
    return Instruments.nationalDefinitions().item(itemId).orElseThrow().text();
  }

  @Test
  void a_reason_names_the_answers_that_made_it_fire_in_plain_words() {
    RatingDecision decision = nationalDecision(personAged(40), SIGNIFICANTLY_INCREASED_RISK);

    Reason amber = decision.reasons().get(0);

    assertThat(amber.rating()).isEqualTo(Rating.AMBER);
    assertThat(amber.text())
        .contains(question(SIGNIFICANTLY_INCREASED_RISK) + " Yes")
        .doesNotContain(question(IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION))
        .doesNotContain(SIGNIFICANTLY_INCREASED_RISK)
        .doesNotContain("=yes");
    // The item ids stay available to code.
    assertThat(amber.answers()).containsOnlyKeys(SIGNIFICANTLY_INCREASED_RISK);
  }

  @Test
  void crisis_answered_yes_with_the_risk_managed_gives_no_reason_saying_the_risk_is_unmanaged() {
    RatingDecision decision = nationalDecision(personAged(40), IN_CRISIS);

    assertThat(decision.reasons())
        .allSatisfy(
            reason ->
                assertThat(reason.text())
                    .doesNotContainIgnoringCase("is not being, or cannot be, managed")
                    .doesNotContainIgnoringCase("not being or cannot be managed")
                    .doesNotContain(IN_CRISIS));
  }

  @Test
  void the_red_reason_for_crisis_with_an_unmanaged_risk_names_both_answers() {
    RatingDecision decision =
        nationalDecision(personAged(40), IN_CRISIS, RISK_NOT_MANAGED_IN_COMMUNITY);

    assertThat(decision.reasons().get(0).text())
        .contains(question(IN_CRISIS) + " Yes")
        .contains(question(RISK_NOT_MANAGED_IN_COMMUNITY) + " Yes")
        .doesNotContain(IN_CRISIS)
        .doesNotContain(RISK_NOT_MANAGED_IN_COMMUNITY);
  }

  @Test
  void a_matrix_reason_names_its_sections_by_their_questions_and_levels() {
    Instrument matrix = Instruments.twoSectionMatrix();
    RatingDecision decision =
        matrix.decide(
            Assessment.of(
                personAged(12),
                Fixtures.ASSESSMENT_DATE,
                java.util.Map.of(
                    Instruments.SECTION_A,
                    Answer.level(Level.HIGH),
                    Instruments.SECTION_B,
                    Answer.level(Level.LOW))));

    assertThat(decision.reasons().get(0).text())
        .contains(matrix.item(Instruments.SECTION_A).orElseThrow().text() + ": High")
        .contains(matrix.item(Instruments.SECTION_B).orElseThrow().text() + ": Low")
        .doesNotContain(Instruments.SECTION_A)
        .doesNotContain(Instruments.SECTION_B);
  }
}
