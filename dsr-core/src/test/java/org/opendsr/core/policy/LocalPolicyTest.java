package org.opendsr.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentPolicy;
import org.opendsr.core.ValidationException;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingPolicy;

class LocalPolicyTest {

  private final LocalPolicy defaults = LocalPolicy.defaults();

  @Test
  void defaults_follow_local_practice_and_national_policy() {
    assertThat(defaults.firstContactWorkingDays())
        .as("Coventry and Warwickshire ICB DSR page")
        .isEqualTo(5);
    assertThat(defaults.suspectedAutismAllowed()).as("national policy permits, off").isFalse();
    assertThat(defaults.reviewInterval(Rating.RED)).isEqualTo(Period.ofWeeks(2));
    assertThat(defaults.reviewInterval(Rating.AMBER)).isEqualTo(Period.ofWeeks(4));
    assertThat(defaults.reviewInterval(Rating.GREEN)).isEqualTo(Period.ofMonths(3));
    assertThat(defaults.firstRiskReviewWithin()).isEqualTo(Period.ofWeeks(4));
    assertThat(defaults.consentPolicy()).isEqualTo(ConsentPolicy.defaults());
    assertThat(defaults.ratingPolicy()).isEqualTo(RatingPolicy.nationalDefaults());
  }

  @Test
  void national_cetr_timescales_depend_on_age_and_setting() {
    CetrTimescales national = defaults.cetrTimescales();
    assertThat(national.postAdmission(17)).isEqualTo(Period.ofWeeks(2));
    assertThat(national.postAdmission(18)).isEqualTo(Period.ofWeeks(4));
    assertThat(national.repeat(17, true)).isEqualTo(Period.ofMonths(3));
    assertThat(national.repeat(30, false)).isEqualTo(Period.ofMonths(6));
    assertThat(national.repeat(30, true)).isEqualTo(Period.ofMonths(12));
    assertThat(national.placeLeadAwareness())
        .as("Local DSR and decision support tool page")
        .isEqualTo(Period.ofDays(28));
  }

  @Test
  void each_value_can_be_changed_on_its_own() {
    LocalPolicy local =
        defaults
            .withFirstContactWorkingDays(3)
            .withSuspectedAutismAllowed(true)
            .withReviewInterval(Rating.RED, Period.ofWeeks(1))
            .withDueSoonDays(7)
            .withRerateWithinWorkingDays(2)
            .withConsentPolicy(ConsentPolicy.defaults().withRecheckInterval(Period.ofMonths(6)))
            .withCetrTimescales(CetrTimescales.national());
    assertThat(local.firstContactWorkingDays()).isEqualTo(3);
    assertThat(local.suspectedAutismAllowed()).isTrue();
    assertThat(local.reviewInterval(Rating.RED)).isEqualTo(Period.ofWeeks(1));
    assertThat(local.reviewInterval(Rating.AMBER)).isEqualTo(Period.ofWeeks(4));
    assertThat(local.dueSoonDays()).isEqualTo(7);
    assertThat(local.rerateWithinWorkingDays()).isEqualTo(2);
    assertThat(local.consentPolicy().recheckInterval()).isEqualTo(Period.ofMonths(6));
  }

  @Test
  void nonsense_values_are_refused_naming_the_field() {
    assertThatThrownBy(() -> defaults.withFirstContactWorkingDays(0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("firstContactWorkingDays");
    assertThatThrownBy(() -> defaults.withReviewInterval(Rating.RED, Period.ZERO))
        .hasMessageContaining("reviewIntervals.RED");
    assertThatThrownBy(() -> defaults.withDueSoonDays(-1)).hasMessageContaining("dueSoonDays");
    assertThatThrownBy(() -> defaults.withRerateWithinWorkingDays(-1))
        .hasMessageContaining("rerateWithinWorkingDays");
    assertThatThrownBy(
            () ->
                new LocalPolicy(
                    5,
                    false,
                    Map.of(Rating.RED, Period.ofWeeks(2)),
                    Period.ofWeeks(4),
                    5,
                    CetrTimescales.national(),
                    ConsentPolicy.defaults(),
                    RatingPolicy.nationalDefaults(),
                    14))
        .hasMessageContaining("reviewIntervals");
    CetrTimescales n = CetrTimescales.national();
    assertThatThrownBy(
            () ->
                new CetrTimescales(
                    n.postAdmissionAdult(),
                    Period.ofDays(-1),
                    n.repeatAdultNonSecure(),
                    n.repeatAdultSecure(),
                    n.repeatChild(),
                    n.placeLeadAwareness(),
                    n.communityCetrForRed()))
        .hasMessageContaining("postAdmissionChild");
    assertThatThrownBy(() -> n.withCommunityCetrForRedChild(Period.ZERO))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("communityCetrForRedChild");
  }

  @Test
  void
      timescales_given_with_one_community_cetr_timescale_keep_the_childrens_week_or_a_shorter_one() {
    CetrTimescales n = CetrTimescales.national();
    CetrTimescales longer =
        new CetrTimescales(
            n.postAdmissionAdult(),
            n.postAdmissionChild(),
            n.repeatAdultNonSecure(),
            n.repeatAdultSecure(),
            n.repeatChild(),
            n.placeLeadAwareness(),
            Period.ofWeeks(3));
    assertThat(longer.communityCetrAfterRed(17)).isEqualTo(Period.ofWeeks(1));
    assertThat(longer.communityCetrAfterRed(18)).isEqualTo(Period.ofWeeks(3));
    assertThat(CetrTimescales.childDefault(Period.ofDays(4))).isEqualTo(Period.ofDays(4));
    assertThat(CetrTimescales.childDefault(Period.ofMonths(1))).isEqualTo(Period.ofWeeks(1));
  }

  @Test
  void the_time_to_the_first_risk_review_can_be_changed_and_must_be_positive() {
    LocalPolicy changed = defaults.withFirstRiskReviewWithin(Period.ofWeeks(3));
    assertThat(changed.firstRiskReviewWithin()).isEqualTo(Period.ofWeeks(3));
    assertThat(changed.withFirstRiskReviewWithin(defaults.firstRiskReviewWithin()))
        .isEqualTo(defaults);
    assertThatThrownBy(() -> defaults.withFirstRiskReviewWithin(Period.ZERO))
        .hasMessageContaining("firstRiskReviewWithin");
  }
}
