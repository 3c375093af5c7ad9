package org.opendsr.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.opendsr.rating.Fixtures.ASSESSMENT_DATE;
import static org.opendsr.rating.Fixtures.nationalDecision;
import static org.opendsr.rating.Fixtures.personAged;
import static org.opendsr.rating.Instruments.IMMEDIATE_RISK_OF_ADMISSION;
import static org.opendsr.rating.Instruments.IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION;
import static org.opendsr.rating.Instruments.IN_CRISIS;
import static org.opendsr.rating.Instruments.RISK_NOT_MANAGED_IN_COMMUNITY;
import static org.opendsr.rating.Instruments.SIGNIFICANTLY_INCREASED_RISK;
import static org.opendsr.rating.Instruments.SOME_RISKS_CURRENTLY_MANAGED;
import static org.opendsr.rating.LinkedProcess.CETR_MUST_TAKE_PLACE;
import static org.opendsr.rating.LinkedProcess.IDENTIFY_CETR_PARTNERS;
import static org.opendsr.rating.LinkedProcess.INPATIENT_REVIEW_CYCLE;
import static org.opendsr.rating.LinkedProcess.KEYWORKER_REFERRAL;
import static org.opendsr.rating.LinkedProcess.MULTI_AGENCY_MEETING_OR_CETR;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each row and linked process of the national RAG(B) table (national policy 2023). */
class NationalTableScenariosTest {

  @Nested
  class Blue_row {
    @Test
    void an_inpatient_is_blue_even_when_every_answer_says_red() {
      RatingDecision decision =
          nationalDecision(
              personAged(40).withInpatient(true),
              IMMEDIATE_RISK_OF_ADMISSION,
              IN_CRISIS,
              RISK_NOT_MANAGED_IN_COMMUNITY);

      assertThat(decision.suggestedRating()).isEqualTo(Rating.BLUE);
      assertThat(decision.reasons())
          .singleElement()
          .extracting(Reason::ruleId)
          .isEqualTo(Reason.INPATIENT_RULE_ID);
    }

    @Test
    void an_inpatient_needs_no_community_answers_to_be_blue() {
      RatingDecision decision =
          Instruments.nationalDefinitions()
              .decide(Assessment.of(personAged(30).withInpatient(true), ASSESSMENT_DATE, Map.of()));

      assertThat(decision.suggestedRating()).isEqualTo(Rating.BLUE);
    }

    @Test
    void blue_brings_the_inpatient_review_cycle() {
      RatingDecision decision = nationalDecision(personAged(40).withInpatient(true));

      assertThat(decision.linkedProcesses()).containsExactly(INPATIENT_REVIEW_CYCLE);
    }

    @Test
    void blue_for_a_20_year_old_brings_no_keyworker_referral_by_default() {
      RatingDecision decision = nationalDecision(personAged(20).withInpatient(true));

      assertThat(decision.linkedProcesses()).doesNotContain(KEYWORKER_REFERRAL);
    }

    @Test
    void blue_for_a_20_year_old_offers_keyworker_referral_when_the_local_option_covers_blue() {
      RatingDecision decision =
          Instruments.nationalDefinitions()
              .decide(
                  Fixtures.nationalAssessment(personAged(20).withInpatient(true)),
                  RatingPolicy.nationalDefaults().withKeyworkerOfferCoveringBlue(true));

      assertThat(decision.linkedProcesses())
          .containsExactly(INPATIENT_REVIEW_CYCLE, KEYWORKER_REFERRAL);
    }
  }

  @Nested
  class Red_row {
    // NHS England DSR and C(E)TR policy (2023), Red: (1) an immediate risk that the person will be
    // admitted to a mental health hospital; or (2) the person and/or their family are experiencing
    // a crisis AND the risk of admission is not being or cannot be managed in the community.

    @Test
    void an_immediate_risk_of_admission_alone_is_red() {
      RatingDecision decision = nationalDecision(personAged(40), IMMEDIATE_RISK_OF_ADMISSION);

      assertThat(decision.suggestedRating()).isEqualTo(Rating.RED);
      assertThat(decision.reasons())
          .singleElement()
          .satisfies(
              reason -> {
                assertThat(reason.rating()).isEqualTo(Rating.RED);
                assertThat(reason.answers()).containsOnlyKeys(IMMEDIATE_RISK_OF_ADMISSION);
              });
    }

    @Test
    void crisis_and_risk_not_managed_in_the_community_together_are_red() {
      RatingDecision decision =
          nationalDecision(personAged(40), IN_CRISIS, RISK_NOT_MANAGED_IN_COMMUNITY);

      assertThat(decision.suggestedRating()).isEqualTo(Rating.RED);
      assertThat(decision.reasons())
          .singleElement()
          .satisfies(
              reason ->
                  assertThat(reason.answers())
                      .containsExactly(
                          entry(IN_CRISIS, Answer.yes()),
                          entry(RISK_NOT_MANAGED_IN_COMMUNITY, Answer.yes())));
    }

    @Test
    void crisis_alone_with_risks_managed_in_the_community_is_not_red() {
      RatingDecision decision =
          nationalDecision(personAged(40), IN_CRISIS, SOME_RISKS_CURRENTLY_MANAGED);

      assertThat(decision.suggestedRating()).isEqualTo(Rating.GREEN);
      assertThat(decision.reasons()).extracting(Reason::rating).doesNotContain(Rating.RED);
    }

    @Test
    void crisis_alone_is_not_red() {
      RatingDecision decision = nationalDecision(personAged(40), IN_CRISIS);

      assertThat(decision.suggestedRating()).isNotEqualTo(Rating.RED);
    }

    @Test
    void a_risk_not_managed_in_the_community_without_a_crisis_is_not_red() {
      RatingDecision decision = nationalDecision(personAged(40), RISK_NOT_MANAGED_IN_COMMUNITY);

      assertThat(decision.suggestedRating()).isNotEqualTo(Rating.RED);
    }

    @Test
    void both_red_criteria_together_are_red_with_a_reason_for_each() {
      RatingDecision decision =
          nationalDecision(
              personAged(40),
              IMMEDIATE_RISK_OF_ADMISSION,
              IN_CRISIS,
              RISK_NOT_MANAGED_IN_COMMUNITY);

      assertThat(decision.suggestedRating()).isEqualTo(Rating.RED);
      assertThat(decision.reasons()).hasSize(2).allMatch(r -> r.rating() == Rating.RED);
    }

    @Test
    void red_means_a_cetr_must_take_place() {
      RatingDecision decision = nationalDecision(personAged(40), IMMEDIATE_RISK_OF_ADMISSION);

      assertThat(decision.linkedProcesses()).containsExactly(CETR_MUST_TAKE_PLACE);
      assertThat(decision.requires(CETR_MUST_TAKE_PLACE)).isTrue();
    }

    @Test
    void red_rating_for_a_20_year_old_offers_keyworker_referral() {
      RatingDecision decision = nationalDecision(personAged(20), IMMEDIATE_RISK_OF_ADMISSION);

      assertThat(decision.linkedProcesses())
          .containsExactly(CETR_MUST_TAKE_PLACE, KEYWORKER_REFERRAL);
    }

    @Test
    void red_rating_for_a_20_year_old_already_known_to_the_keyworker_service_offers_no_referral() {
      RatingDecision decision =
          nationalDecision(
              personAged(20).withKnownToKeyworkerService(true), IMMEDIATE_RISK_OF_ADMISSION);

      assertThat(decision.linkedProcesses()).containsExactly(CETR_MUST_TAKE_PLACE);
    }

    @Test
    void red_rating_for_a_40_year_old_offers_no_keyworker_referral() {
      RatingDecision decision = nationalDecision(personAged(40), IMMEDIATE_RISK_OF_ADMISSION);

      assertThat(decision.linkedProcesses()).doesNotContain(KEYWORKER_REFERRAL);
    }

    @Test
    void red_and_amber_answers_together_are_red_and_both_reasons_are_shown() {
      RatingDecision decision =
          nationalDecision(
              personAged(40), IMMEDIATE_RISK_OF_ADMISSION, SIGNIFICANTLY_INCREASED_RISK);

      assertThat(decision.suggestedRating()).isEqualTo(Rating.RED);
      assertThat(decision.reasons())
          .extracting(Reason::rating)
          .containsExactly(Rating.RED, Rating.AMBER);
    }
  }

  @Nested
  class Amber_row {
    @Test
    void an_immediate_risk_without_urgent_intervention_is_amber() {
      RatingDecision decision =
          nationalDecision(personAged(40), IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION);

      assertThat(decision.suggestedRating()).isEqualTo(Rating.AMBER);
    }

    @Test
    void a_significantly_increased_risk_of_placement_or_family_breakdown_is_amber() {
      RatingDecision decision = nationalDecision(personAged(40), SIGNIFICANTLY_INCREASED_RISK);

      assertThat(decision.suggestedRating()).isEqualTo(Rating.AMBER);
      assertThat(decision.reasons().get(0).text()).contains("Amber");
    }

    @Test
    void amber_brings_a_multi_agency_meeting_or_cetr() {
      RatingDecision decision = nationalDecision(personAged(40), SIGNIFICANTLY_INCREASED_RISK);

      assertThat(decision.linkedProcesses()).containsExactly(MULTI_AGENCY_MEETING_OR_CETR);
    }

    @Test
    void amber_rating_for_a_12_year_old_offers_keyworker_referral() {
      RatingDecision decision = nationalDecision(personAged(12), SIGNIFICANTLY_INCREASED_RISK);

      assertThat(decision.linkedProcesses())
          .containsExactly(MULTI_AGENCY_MEETING_OR_CETR, KEYWORKER_REFERRAL);
    }
  }

  @Nested
  class Green_row {
    @Test
    void some_risks_currently_managed_effectively_is_green() {
      RatingDecision decision = nationalDecision(personAged(40), SOME_RISKS_CURRENTLY_MANAGED);

      assertThat(decision.suggestedRating()).isEqualTo(Rating.GREEN);
      assertThat(decision.reasons()).extracting(Reason::ruleId).containsExactly("national-green");
    }

    @Test
    void green_brings_identification_of_cetr_partners() {
      RatingDecision decision = nationalDecision(personAged(40), SOME_RISKS_CURRENTLY_MANAGED);

      assertThat(decision.linkedProcesses()).containsExactly(IDENTIFY_CETR_PARTNERS);
    }

    @Test
    void green_rating_for_a_20_year_old_offers_no_keyworker_referral() {
      RatingDecision decision = nationalDecision(personAged(20), SOME_RISKS_CURRENTLY_MANAGED);

      assertThat(decision.linkedProcesses()).doesNotContain(KEYWORKER_REFERRAL);
    }

    @Test
    void no_answer_above_green_gives_the_green_baseline_with_its_reason() {
      RatingDecision decision = nationalDecision(personAged(40));

      assertThat(decision.suggestedRating()).isEqualTo(Rating.GREEN);
      assertThat(decision.reasons())
          .singleElement()
          .extracting(Reason::ruleId)
          .isEqualTo(Reason.BASELINE_RULE_ID);
    }
  }

  @Nested
  class Keyworker_age_edges {
    private final LocalDate birth = LocalDate.of(1998, 6, 10);

    private RatingDecision redOn(LocalDate date) {
      return Instruments.nationalDefinitions()
          .decide(
              Assessment.of(
                  PersonContext.inCommunity(birth),
                  date,
                  Fixtures.nationalAnswersYesTo(IMMEDIATE_RISK_OF_ADMISSION)));
    }

    @Test
    void the_day_before_the_26th_birthday_a_red_rating_still_offers_keyworker_referral() {
      assertThat(redOn(LocalDate.of(2024, 6, 9)).linkedProcesses()).contains(KEYWORKER_REFERRAL);
    }

    @Test
    void on_the_26th_birthday_a_red_rating_no_longer_offers_keyworker_referral() {
      assertThat(redOn(LocalDate.of(2024, 6, 10)).linkedProcesses())
          .doesNotContain(KEYWORKER_REFERRAL);
    }

    @Test
    void on_the_25th_birthday_a_red_rating_offers_keyworker_referral() {
      assertThat(redOn(LocalDate.of(2023, 6, 10)).linkedProcesses()).contains(KEYWORKER_REFERRAL);
    }

    @Test
    void a_new_born_with_a_red_rating_is_offered_keyworker_referral() {
      assertThat(redOn(birth).linkedProcesses()).contains(KEYWORKER_REFERRAL);
    }

    @Test
    void a_person_born_on_29_february_turns_26_on_1_march_of_a_common_year() {
      PersonContext bornOnLeapDay = PersonContext.inCommunity(LocalDate.of(2000, 2, 29));

      assertThat(bornOnLeapDay.ageOn(LocalDate.of(2026, 2, 28))).isEqualTo(25);
      assertThat(bornOnLeapDay.ageOn(LocalDate.of(2026, 3, 1))).isEqualTo(26);
      assertThat(bornOnLeapDay.ageOn(LocalDate.of(2028, 2, 29))).isEqualTo(28);
    }

    @Test
    void
        a_person_born_on_29_february_is_still_offered_a_keyworker_on_28_february_of_the_26th_year() {
      PersonContext bornOnLeapDay = PersonContext.inCommunity(LocalDate.of(2000, 2, 29));
      RatingPolicy policy = RatingPolicy.nationalDefaults();

      assertThat(bornOnLeapDay.meetsKeyworkerCriteria(LocalDate.of(2026, 2, 28), policy)).isTrue();
      assertThat(bornOnLeapDay.meetsKeyworkerCriteria(LocalDate.of(2026, 3, 1), policy)).isFalse();
    }
  }
}
