package org.opendsr.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendsr.rating.Fixtures.nationalDecision;
import static org.opendsr.rating.Fixtures.personAged;
import static org.opendsr.rating.Instruments.IMMEDIATE_RISK_OF_ADMISSION;
import static org.opendsr.rating.Instruments.SIGNIFICANTLY_INCREASED_RISK;
import static org.opendsr.rating.Instruments.SOME_RISKS_CURRENTLY_MANAGED;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clinician override, and how ratings change over time. */
class RecordedRatingTest {

  private static final Instant DECIDED_AT = Instant.parse("2024-06-10T14:30:00Z");

  @Test
  void a_clinician_may_raise_amber_to_red_with_a_reason_and_the_cetr_then_must_take_place() {
    RatingDecision amber = nationalDecision(personAged(20), SIGNIFICANTLY_INCREASED_RISK);

    RecordedRating recorded =
        RecordedRating.overridden(
            amber,
            ClinicianOverride.of(Rating.RED, "Placement ended yesterday", "user-42", DECIDED_AT));

    assertThat(recorded.finalRating()).isEqualTo(Rating.RED);
    assertThat(recorded.suggestion().suggestedRating()).isEqualTo(Rating.AMBER);
    assertThat(recorded.isOverridden()).isTrue();
    assertThat(recorded.linkedProcesses())
        .containsExactly(LinkedProcess.CETR_MUST_TAKE_PLACE, LinkedProcess.KEYWORKER_REFERRAL);
    assertThat(recorded.override().orElseThrow().clinicianId()).isEqualTo("user-42");
    assertThat(recorded.override().orElseThrow().toString()).doesNotContain("Placement");
    assertThat(recorded.assessmentDate()).isEqualTo(Fixtures.ASSESSMENT_DATE);
  }

  @Test
  void a_suggestion_accepted_as_it_is_keeps_its_rating_and_processes() {
    RatingDecision red = nationalDecision(personAged(40), IMMEDIATE_RISK_OF_ADMISSION);

    RecordedRating recorded = RecordedRating.asSuggested(red);

    assertThat(recorded.finalRating()).isEqualTo(Rating.RED);
    assertThat(recorded.isOverridden()).isFalse();
    assertThat(recorded.linkedProcesses()).isEqualTo(red.linkedProcesses());
  }

  @Test
  void an_override_needs_a_reason_and_a_clinician() {
    assertThatThrownBy(() -> ClinicianOverride.of(Rating.RED, " ", "user-42", DECIDED_AT))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(() -> ClinicianOverride.of(Rating.RED, "Reason", "", DECIDED_AT))
        .isInstanceOf(RatingException.class);
  }

  @Test
  void an_override_without_a_reason_is_refused_by_the_rating_rules() {
    assertThatThrownBy(() -> ClinicianOverride.of(Rating.RED, null, "user-42", DECIDED_AT))
        .isExactlyInstanceOf(RatingException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> ClinicianOverride.of(Rating.RED, "Reason", null, DECIDED_AT))
        .isExactlyInstanceOf(RatingException.class)
        .hasMessageContaining("clinician");
  }

  @Test
  void an_override_that_agrees_with_the_suggestion_is_refused() {
    RatingDecision red = nationalDecision(personAged(40), IMMEDIATE_RISK_OF_ADMISSION);

    assertThatThrownBy(
            () ->
                RecordedRating.overridden(
                    red, ClinicianOverride.of(Rating.RED, "Agree", "user-42", DECIDED_AT)))
        .isInstanceOf(RatingException.class);
  }

  @Test
  void blue_can_neither_be_overridden_nor_chosen_by_a_clinician() {
    RatingDecision blue = nationalDecision(personAged(40).withInpatient(true));
    RatingDecision green = nationalDecision(personAged(40), SOME_RISKS_CURRENTLY_MANAGED);

    assertThatThrownBy(
            () ->
                RecordedRating.overridden(
                    blue, ClinicianOverride.of(Rating.RED, "Discharged", "user-42", DECIDED_AT)))
        .isInstanceOf(RatingException.class);
    assertThatThrownBy(
            () ->
                RecordedRating.overridden(
                    green, ClinicianOverride.of(Rating.BLUE, "Admitted", "user-42", DECIDED_AT)))
        .isInstanceOf(RatingException.class);
  }

  @Test
  void amber_then_red_is_escalated_and_red_then_amber_de_escalated() {
    RatingDecision amber = nationalDecision(personAged(40), SIGNIFICANTLY_INCREASED_RISK);
    RatingDecision red = nationalDecision(personAged(40), IMMEDIATE_RISK_OF_ADMISSION);

    assertThat(red.changeFrom(amber)).isEqualTo(RatingChange.ESCALATED);
    assertThat(amber.changeFrom(red)).isEqualTo(RatingChange.DE_ESCALATED);
    assertThat(red.changeFrom(red)).isEqualTo(RatingChange.UNCHANGED);
    assertThat(
            RatingChange.between(
                RecordedRating.asSuggested(red), RecordedRating.asSuggested(amber)))
        .isEqualTo(RatingChange.DE_ESCALATED);
  }

  @Test
  void admission_from_red_to_blue_is_an_escalation_and_discharge_a_de_escalation() {
    assertThat(RatingChange.between(Rating.RED, Rating.BLUE)).isEqualTo(RatingChange.ESCALATED);
    assertThat(RatingChange.between(Rating.BLUE, Rating.RED)).isEqualTo(RatingChange.DE_ESCALATED);
    assertThat(Rating.BLUE.isMoreSevereThan(Rating.RED)).isTrue();
    assertThat(Rating.mostSevere(Rating.GREEN, Rating.AMBER)).isEqualTo(Rating.AMBER);
    assertThat(Rating.RED.definition()).contains("crisis");
  }

  @Test
  void the_trend_of_the_last_ratings_shows_rising_falling_stable_and_fluctuating() {
    Rating g = Rating.GREEN;
    Rating a = Rating.AMBER;
    Rating r = Rating.RED;

    assertThat(Trend.ofRatings(List.of(g, a, r), 3).direction()).isEqualTo(Trend.Direction.RISING);
    assertThat(Trend.ofRatings(List.of(r, a, a), 3).direction()).isEqualTo(Trend.Direction.FALLING);
    assertThat(Trend.ofRatings(List.of(a, a, a), 3).direction()).isEqualTo(Trend.Direction.STABLE);
    assertThat(Trend.ofRatings(List.of(a, r, g), 3))
        .isEqualTo(new Trend(Trend.Direction.FLUCTUATING, 3, 1, 1, 0));
    assertThat(Trend.ofRatings(List.of(a), 3).direction())
        .isEqualTo(Trend.Direction.TOO_FEW_RATINGS);
  }

  @Test
  void the_trend_looks_only_at_the_last_n_final_ratings() {
    RecordedRating red =
        RecordedRating.asSuggested(nationalDecision(personAged(40), IMMEDIATE_RISK_OF_ADMISSION));
    RecordedRating amber =
        RecordedRating.asSuggested(nationalDecision(personAged(40), SIGNIFICANTLY_INCREASED_RISK));
    RecordedRating overriddenToRed =
        RecordedRating.overridden(
            amber.suggestion(),
            ClinicianOverride.of(Rating.RED, "Escalating at home", "user-7", DECIDED_AT));

    Trend trend = Trend.of(List.of(red, amber, amber, overriddenToRed), 2);

    assertThat(trend).isEqualTo(new Trend(Trend.Direction.RISING, 2, 1, 0, 0));
    assertThatThrownBy(() -> Trend.of(List.of(red), 1)).isInstanceOf(RatingException.class);
  }
}
