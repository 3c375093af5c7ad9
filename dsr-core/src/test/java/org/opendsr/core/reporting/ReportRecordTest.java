package org.opendsr.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Closure;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.rating.Rating;

class ReportRecordTest {

  private static final LocalDate ON = LocalDate.of(2026, 3, 31);

  @Test
  void a_record_is_built_from_plain_values_and_a_date_of_birth_is_reduced_to_a_band() {
    ReportRecord record =
        ReportRecord.builder("k-17")
            .added(LocalDate.of(2025, 5, 1))
            .ageOn(DateOfBirth.of(LocalDate.of(2009, 4, 1)), ON)
            .diagnosis(Diagnosis.LEARNING_DISABILITY_AND_AUTISM)
            .locality("  Swindon ")
            .agency("ICB1")
            .rated(LocalDate.of(2025, 9, 1), Rating.RED)
            .rated(LocalDate.of(2025, 5, 1), Rating.GREEN)
            .escalated(LocalDate.of(2025, 9, 1))
            .cetrNotHeld(LocalDate.of(2025, 10, 1))
            .theme("CRISIS_SUPPORT")
            .build();

    assertThat(record.ageBand()).isEqualTo(AgeBand.AGE_14_TO_17);
    assertThat(record.locality()).isEqualTo("Swindon");
    assertThat(record.ratings())
        .extracting(RatedOn::rating)
        .containsExactly(Rating.GREEN, Rating.RED);
    assertThat(record.ratingOn(LocalDate.of(2025, 6, 1))).contains(Rating.GREEN);
    assertThat(record.ratingOn(LocalDate.of(2025, 4, 1))).isEmpty();
    assertThat(record.themes()).containsExactly(ThemeCode.of("CRISIS_SUPPORT"));
    assertThat(record.closure()).isEmpty();
    assertThat(record.nationalDataOptOut()).isFalse();
  }

  @Test
  void building_reports_every_missing_or_malformed_value_at_once() {
    assertThatThrownBy(() -> ReportRecord.builder("bad key!").theme("free text about Ann").build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly(
                        "reportRecord.key",
                        "themeCode",
                        "reportRecord.added",
                        "reportRecord.ageBand",
                        "reportRecord.diagnosis",
                        "reportRecord.locality"));
  }

  @Test
  void the_record_rejects_a_blank_locality_a_bad_agency_and_a_closure_before_it_was_added() {
    assertThatThrownBy(
            () ->
                ReportRecord.builder("k1")
                    .added(ON)
                    .ageBand(AgeBand.AGE_26_TO_64)
                    .diagnosis(Diagnosis.AUTISM)
                    .locality(" ")
                    .agency("no spaces allowed")
                    .closed(ON.minusDays(1), CloseReason.OTHER)
                    .build())
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly(
                        "reportRecord.locality", "reportRecord.agencies", "reportRecord.closure"));
  }

  @Test
  void a_key_shaped_like_an_nhs_number_is_refused_and_error_messages_do_not_echo_it() {
    assertThatThrownBy(() -> PseudonymousKey.of("9434765919"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("not an NHS number")
        .hasMessageNotContaining("9434765919");
    assertThat(PseudonymousKey.of("k1").toString()).doesNotContain("k1");
  }

  @Test
  void the_record_prints_no_key() {
    ReportRecord record =
        new ReportRecord(
            PseudonymousKey.of("secret-key"),
            ON,
            Optional.of(new Closure(ON.plusDays(3), CloseReason.DIED)),
            List.of(),
            AgeBand.AGE_65_AND_OVER,
            Diagnosis.AUTISM,
            "Swindon",
            java.util.Set.of(),
            true,
            List.of(),
            List.of(),
            java.util.Set.of());

    assertThat(record.toString()).doesNotContain("secret-key");
    assertThat(record.isOnRegisterOn(ON.plusDays(2))).isTrue();
    assertThat(record.isOnRegisterOn(ON.plusDays(3))).isFalse();
    assertThat(record.isOnRegisterDuring(ReportingPeriod.of(ON.plusDays(3), ON.plusDays(9))))
        .isFalse();
  }

  @Test
  void age_bands_follow_the_documented_boundaries() {
    assertThat(AgeBand.of(0)).isEqualTo(AgeBand.AGE_0_TO_13);
    assertThat(AgeBand.of(13)).isEqualTo(AgeBand.AGE_0_TO_13);
    assertThat(AgeBand.of(14)).isEqualTo(AgeBand.AGE_14_TO_17);
    assertThat(AgeBand.of(18)).isEqualTo(AgeBand.AGE_18_TO_25);
    assertThat(AgeBand.of(25)).isEqualTo(AgeBand.AGE_18_TO_25);
    assertThat(AgeBand.of(26)).isEqualTo(AgeBand.AGE_26_TO_64);
    assertThat(AgeBand.of(65)).isEqualTo(AgeBand.AGE_65_AND_OVER);
    assertThat(AgeBand.of(104).from()).isEqualTo(65);
    assertThatThrownBy(() -> AgeBand.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void time_on_register_counts_completed_months() {
    LocalDate added = LocalDate.of(2025, 1, 31);
    assertThat(TimeOnRegisterBand.between(added, LocalDate.of(2025, 4, 30)))
        .isEqualTo(TimeOnRegisterBand.UNDER_3_MONTHS);
    assertThat(TimeOnRegisterBand.between(added, LocalDate.of(2025, 5, 1)))
        .isEqualTo(TimeOnRegisterBand.FROM_3_TO_6_MONTHS);
    assertThat(TimeOnRegisterBand.between(added, LocalDate.of(2025, 8, 1)))
        .isEqualTo(TimeOnRegisterBand.FROM_6_TO_12_MONTHS);
    assertThat(TimeOnRegisterBand.between(added, LocalDate.of(2026, 2, 1)))
        .isEqualTo(TimeOnRegisterBand.FROM_1_TO_2_YEARS);
    assertThatThrownBy(() -> TimeOnRegisterBand.between(added, added.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_period_must_not_end_before_it_starts_and_lists_the_months_it_touches() {
    ReportingPeriod period =
        ReportingPeriod.of(LocalDate.of(2025, 11, 15), LocalDate.of(2026, 1, 2));
    assertThat(period.months()).hasSize(3);
    assertThat(period.contains(LocalDate.of(2025, 11, 14))).isFalse();
    assertThat(period.contains(LocalDate.of(2026, 1, 2))).isTrue();
    assertThat(period.toString()).isEqualTo("2025-11-15 to 2026-01-02");
    assertThatThrownBy(() -> ReportingPeriod.of(ON, ON.minusDays(1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("period");
  }

  @Test
  void a_review_held_after_the_end_of_the_period_counts_as_not_held() {
    CetrDue review = CetrDue.held(ON, ON.plusDays(2));
    assertThat(review.outcomeAsOf(ON)).isEqualTo(CetrDue.Outcome.NOT_HELD);
    assertThat(review.outcomeAsOf(ON.plusDays(2))).isEqualTo(CetrDue.Outcome.LATE);
    assertThat(CetrDue.held(ON, ON).outcomeAsOf(ON)).isEqualTo(CetrDue.Outcome.WITHIN_TIMESCALE);
  }

  @Test
  void theme_codes_are_codes_not_free_text_and_the_local_list_is_checked() {
    assertThatThrownBy(() -> ThemeCode.of("Housing problems"))
        .isInstanceOf(ValidationException.class);
    assertThat(ThemeCode.of("HOUSING").toString()).isEqualTo("HOUSING");
    ThemeCodes defaults = ThemeCodes.defaults();
    assertThat(defaults.codes())
        .extracting(ThemeCode::value)
        .startsWith(
            "HOUSING",
            "CRISIS_SUPPORT",
            "SHORT_BREAKS",
            "EDUCATION_PLACEMENT",
            "FORENSIC",
            "WORKFORCE");
    assertThat(defaults.description(ThemeCode.of("HOUSING"))).isPresent();
    assertThat(defaults.description(ThemeCode.of("NOT_LISTED"))).isEmpty();
    assertThat(defaults).isEqualTo(ThemeCodes.defaults()).hasSameHashCodeAs(ThemeCodes.defaults());
    assertThat(defaults).isNotEqualTo(ThemeCodes.of(Map.of("HOUSING", "Housing")));
    assertThat(defaults.toString()).startsWith("ThemeCodes[HOUSING");
    assertThatThrownBy(() -> ThemeCodes.of(Map.of("UNLISTED", "x", "lower", "x", "GAP", " ")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.violations()).hasSize(3));
  }
}
