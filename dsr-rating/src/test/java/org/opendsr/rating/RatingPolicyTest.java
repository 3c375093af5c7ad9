package org.opendsr.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Local options and the linked processes they change. */
class RatingPolicyTest {

  @Test
  void the_national_defaults_offer_a_keyworker_for_red_and_amber_aged_0_to_25() {
    RatingPolicy policy = RatingPolicy.nationalDefaults();

    assertThat(policy.keyworkerOfferCoversBlue()).isFalse();
    assertThat(policy.keyworkerAgeCovers(0)).isTrue();
    assertThat(policy.keyworkerAgeCovers(25)).isTrue();
    assertThat(policy.keyworkerAgeCovers(26)).isFalse();
    assertThat(policy.keyworkerOfferedFor(Rating.RED)).isTrue();
    assertThat(policy.keyworkerOfferedFor(Rating.AMBER)).isTrue();
    assertThat(policy.keyworkerOfferedFor(Rating.GREEN)).isFalse();
    assertThat(policy.keyworkerOfferedFor(Rating.BLUE)).isFalse();
  }

  @Test
  void a_local_age_range_changes_who_is_offered_a_keyworker() {
    RatingPolicy policy = RatingPolicy.nationalDefaults().withKeyworkerAges(0, 17);
    PersonContext twenty = PersonContext.inCommunity(LocalDate.of(2004, 1, 1));

    assertThat(twenty.meetsKeyworkerCriteria(LocalDate.of(2024, 6, 1), policy)).isFalse();
    assertThatThrownBy(() -> policy.withKeyworkerAges(-1, 17)).isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> policy.withKeyworkerAges(20, 17)).isInstanceOf(RatingException.class);
  }

  @Test
  void each_rating_has_its_own_process_whatever_the_person() {
    assertThat(LinkedProcess.unconditionalFor(Rating.GREEN))
        .containsExactly(LinkedProcess.IDENTIFY_CETR_PARTNERS);
    assertThat(LinkedProcess.applicableTo(Rating.GREEN, true, RatingPolicy.nationalDefaults()))
        .containsExactly(LinkedProcess.IDENTIFY_CETR_PARTNERS);
    assertThat(LinkedProcess.KEYWORKER_REFERRAL.description()).contains("0–25");
    assertThat(Rating.AMBER.label()).isEqualTo("Amber");
    assertThat(Level.HIGH.isAtLeast(Level.MEDIUM)).isTrue();
  }

  @Test
  void a_decision_whose_processes_do_not_follow_from_its_rating_is_refused() {
    RatingDecision red =
        Fixtures.nationalDecision(Fixtures.personAged(40), Instruments.IMMEDIATE_RISK_OF_ADMISSION);

    assertThatThrownBy(
            () ->
                new RatingDecision(
                    Rating.RED,
                    red.reasons(),
                    List.of(LinkedProcess.IDENTIFY_CETR_PARTNERS),
                    red.instrumentId(),
                    red.instrumentVersion(),
                    red.assessmentDate(),
                    false,
                    red.policy()))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(
            () ->
                new RatingDecision(
                    Rating.RED,
                    List.of(),
                    red.linkedProcesses(),
                    red.instrumentId(),
                    red.instrumentVersion(),
                    red.assessmentDate(),
                    false,
                    red.policy()))
        .isInstanceOf(RatingException.class);
  }
}
