package org.opendsr.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.opendsr.rating.Fixtures.ASSESSMENT_DATE;
import static org.opendsr.rating.Fixtures.nationalAnswersYesTo;
import static org.opendsr.rating.Fixtures.personAged;
import static org.opendsr.rating.Instruments.IMMEDIATE_RISK_OF_ADMISSION;
import static org.opendsr.rating.Instruments.IN_CRISIS;
import static org.opendsr.rating.Instruments.RISK_NOT_MANAGED_IN_COMMUNITY;
import static org.opendsr.rating.Instruments.SIGNIFICANTLY_INCREASED_RISK;
import static org.opendsr.rating.Instruments.SOME_RISKS_CURRENTLY_MANAGED;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendsr.rating.ItemProblem.Kind;

/** Missing, invalid or contradictory answers are never rated: every problem is listed. */
class IncompleteAssessmentTest {

  private static IncompleteAssessmentException rejection(
      Instrument instrument, PersonContext person, Map<String, Answer> answers) {
    return catchThrowableOfType(
        IncompleteAssessmentException.class,
        () -> instrument.decide(Assessment.of(person, ASSESSMENT_DATE, answers)));
  }

  @Test
  void every_missing_answer_is_listed_and_no_rating_is_guessed() {
    IncompleteAssessmentException error =
        rejection(
            Instruments.nationalDefinitions(),
            personAged(40),
            Map.of(IN_CRISIS, Answer.no(), SIGNIFICANTLY_INCREASED_RISK, Answer.yes()));

    assertThat(error.problems()).hasSize(4).allMatch(problem -> problem.kind() == Kind.MISSING);
    assertThat(error.instrumentId()).isEqualTo(Instruments.NATIONAL_DEFINITIONS_ID);
  }

  @Test
  void wrong_kind_out_of_range_unknown_and_missing_answers_are_listed_together() {
    Instrument instrument =
        Instrument.builder("mixed", "1")
            .yesNo("crisis", "Crisis?")
            .score("incidents", "Incidents", 0, 5)
            .level("worry", "Worry")
            .anyOf("red", Rating.RED, "Crisis", Condition.yes("crisis"))
            .anyOf(
                "amber",
                Rating.AMBER,
                "Incidents or worry",
                Condition.scoreAtLeast("incidents", 3),
                Condition.atLeast("worry", Level.HIGH))
            .build();

    IncompleteAssessmentException error =
        rejection(
            instrument,
            personAged(40),
            Map.of("crisis", Answer.score(1), "incidents", Answer.score(9), "mood", Answer.yes()));

    assertThat(error.problems())
        .extracting(ItemProblem::itemId, ItemProblem::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("crisis", Kind.WRONG_KIND),
            org.assertj.core.groups.Tuple.tuple("incidents", Kind.OUT_OF_RANGE),
            org.assertj.core.groups.Tuple.tuple("worry", Kind.MISSING),
            org.assertj.core.groups.Tuple.tuple("mood", Kind.UNKNOWN_ITEM));
    assertThat(error).hasMessageContaining("incidents").hasMessageNotContaining("9");
  }

  @Test
  void risks_managed_effectively_and_not_manageable_in_the_community_contradict_each_other() {
    IncompleteAssessmentException error =
        rejection(
            Instruments.nationalDefinitions(),
            personAged(40),
            nationalAnswersYesTo(SOME_RISKS_CURRENTLY_MANAGED, RISK_NOT_MANAGED_IN_COMMUNITY));

    assertThat(error.problems())
        .extracting(ItemProblem::itemId)
        .containsExactly(SOME_RISKS_CURRENTLY_MANAGED, RISK_NOT_MANAGED_IN_COMMUNITY);
    assertThat(error.problems()).allMatch(problem -> problem.kind() == Kind.CONTRADICTORY);
  }

  @Test
  void an_answer_for_an_unknown_item_is_reported_without_echoing_the_id_given() {
    String enormous = "x".repeat(2 * 1024 * 1024);
    Map<String, Answer> answers = nationalAnswersYesTo();
    answers.put(enormous, Answer.yes());
    answers.put("pasted_by_mistake", Answer.no());

    IncompleteAssessmentException error =
        rejection(Instruments.nationalDefinitions(), personAged(40), answers);

    assertThat(error.problems())
        .extracting(ItemProblem::kind)
        .containsExactly(Kind.UNKNOWN_ITEM, Kind.UNKNOWN_ITEM);
    assertThat(error.getMessage())
        .hasSizeLessThan(1_000)
        .doesNotContain("xxxxxxxx")
        .doesNotContain("pasted_by_mistake")
        .contains("2 answer(s) for items this instrument does not have");
  }

  @Test
  void an_inpatient_with_an_answer_of_the_wrong_kind_is_still_rejected() {
    IncompleteAssessmentException error =
        rejection(
            Instruments.nationalDefinitions(),
            personAged(40).withInpatient(true),
            Map.of(IN_CRISIS, Answer.level(Level.HIGH)));

    assertThat(error.problems()).extracting(ItemProblem::kind).containsExactly(Kind.WRONG_KIND);
  }

  @Test
  void an_assessment_dated_before_the_birth_is_refused() {
    PersonContext person = PersonContext.inCommunity(LocalDate.of(2020, 1, 1));

    assertThatThrownBy(() -> Assessment.of(person, LocalDate.of(2019, 12, 31), Map.of()))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> person.ageOn(LocalDate.of(2019, 12, 31)))
        .isInstanceOf(RatingException.class);
  }

  @Test
  void personal_data_never_appears_in_printed_values() {
    PersonContext person = PersonContext.inCommunity(LocalDate.of(2001, 7, 14));
    Assessment assessment =
        Assessment.of(person, ASSESSMENT_DATE, nationalAnswersYesTo(IMMEDIATE_RISK_OF_ADMISSION))
            .withAnswer(SIGNIFICANTLY_INCREASED_RISK, Answer.yes())
            .withPerson(person.withKnownToKeyworkerService(true));
    RatingDecision decision = Instruments.nationalDefinitions().decide(assessment);

    assertThat(person.toString()).doesNotContain("2001").doesNotContain("07-14");
    assertThat(assessment.toString()).doesNotContain("2001").contains("6 items");
    assertThat(decision.reasons().get(0).toString())
        .contains(IMMEDIATE_RISK_OF_ADMISSION)
        .doesNotContain("yes=");
    assertThat(assessment.person().knownToKeyworkerService()).isTrue();
  }
}
