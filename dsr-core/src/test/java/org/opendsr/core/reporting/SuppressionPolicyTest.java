package org.opendsr.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendsr.core.ValidationException;

class SuppressionPolicyTest {

  private final SuppressionPolicy nhs = SuppressionPolicy.nhsDefault();

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
  void counts_of_one_to_seven_are_shown_as_a_star(int count) {
    assertThat(nhs.publish(count)).isEqualTo("*");
  }

  @Test
  void zero_is_shown_as_zero_by_default() {
    assertThat(nhs.publish(0)).isEqualTo("0");
  }

  @ParameterizedTest
  @CsvSource({"8,10", "10,10", "12,10", "13,15", "22,20", "23,25", "25,25", "27,25", "28,30"})
  void counts_above_seven_are_rounded_to_the_nearest_five(int count, String shown) {
    assertThat(nhs.publish(count)).isEqualTo(shown);
  }

  @Test
  void an_even_rounding_base_rounds_halves_upwards() {
    SuppressionPolicy tens = SuppressionPolicy.of(9, 10, true);
    assertThat(tens.publish(15)).isEqualTo("20");
    assertThat(tens.publish(14)).isEqualTo("10");
    assertThat(tens.publish(25)).isEqualTo("30");
  }

  @Test
  void a_local_policy_can_hide_zero_and_change_threshold_and_base() {
    SuppressionPolicy local = SuppressionPolicy.of(9, 10, false);
    assertThat(local.publish(0)).isEqualTo("*");
    assertThat(local.publish(9)).isEqualTo("*");
    assertThat(local.publish(10)).isEqualTo("10");
  }

  @Test
  void a_policy_with_threshold_zero_and_base_one_publishes_exact_counts() {
    SuppressionPolicy exact = SuppressionPolicy.of(0, 1, true);
    assertThat(exact.publish(1)).isEqualTo("1");
    assertThat(exact.publish(13)).isEqualTo("13");
  }

  @Test
  void a_policy_that_would_round_a_shown_count_to_zero_is_rejected() {
    assertThatThrownBy(() -> SuppressionPolicy.of(1, 5, true))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("suppression.roundingBase");
  }

  @Test
  void a_policy_lists_every_problem_at_once() {
    assertThatThrownBy(() -> SuppressionPolicy.of(-1, 0, true))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.violations()).hasSize(2));
  }

  @Test
  void negative_counts_are_refused() {
    assertThatThrownBy(() -> nhs.publish(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> nhs.round(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_shown_count_is_never_more_than_half_a_base_from_the_truth() {
    qt().forAll(integers().between(8, 100_000))
        .checkAssert(
            n -> {
              int shown = Integer.parseInt(nhs.publish(n));
              assertThat(shown % 5).isZero();
              assertThat(Math.abs(shown - n)).isLessThanOrEqualTo(2);
            });
  }
}
