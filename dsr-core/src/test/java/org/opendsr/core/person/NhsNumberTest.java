package org.opendsr.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendsr.core.ValidationException;
import org.quicktheories.core.Gen;

class NhsNumberTest {

  /** Nine leading digits as a zero-padded string. */
  private static Gen<String> firstNine() {
    return integers().between(0, 999_999_999).map(i -> String.format("%09d", i));
  }

  /**
   * Reference check digit, written independently from the production code (NHS number check digit).
   */
  private static int referenceCheck(String nine) {
    int[] weights = {10, 9, 8, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += Character.getNumericValue(nine.charAt(i)) * weights[i];
    }
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"9434765919", "4010232137", "943 476 5919", "943-476-5919", "  9434765919 "})
  void known_valid_numbers_in_common_spellings_are_accepted(String text) {
    assertThat(NhsNumber.isValid(text)).isTrue();
  }

  @Test
  void domain_examples_that_fail_the_check_digit_are_rejected() {
    assertThatThrownBy(() -> NhsNumber.parse("9434765918"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("nhsNumber")
        .hasMessageContaining("check digit");
    assertThat(NhsNumber.isValid("1000000010")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "943476591",
        "94347659190",
        "943476591A",
        "943 476 59 19",
        "94 3476 5919",
        "943  476 5919",
        "943_476_5919",
        "٩٤٣٤٧٦٥٩١٩",
        "９４３４７６５９１９",
        "943 476-5919 x"
      })
  void everything_else_is_rejected_without_echoing_the_input(String text) {
    assertThatThrownBy(() -> NhsNumber.parse(text))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("nhsNumber")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("5919").doesNotContain("3476"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0000000000", "1111111111", "5555555555", "999 999 9999"})
  void ten_identical_digits_are_rejected_by_policy(String text) {
    assertThatThrownBy(() -> NhsNumber.parse(text))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("identical");
  }

  @Test
  void formats_in_three_three_four_groups_and_masks_in_to_string() {
    NhsNumber number = NhsNumber.parse("9434765919");
    assertThat(number.formatted()).isEqualTo("943 476 5919");
    assertThat(number.value()).isEqualTo("9434765919");
    assertThat(number.toString()).isEqualTo("*** *** 5919").doesNotContain("943");
  }

  @Test
  void numbers_starting_999_are_in_the_test_range() {
    String nine = "999000001";
    String test = nine + NhsNumber.checkDigitFor(nine).orElseThrow();
    assertThat(NhsNumber.parse(test).isTestRange()).isTrue();
    assertThat(NhsNumber.parse("9434765919").isTestRange()).isFalse();
  }

  @Test
  void spellings_of_one_number_are_equal() {
    assertThat(NhsNumber.parse("943-476-5919"))
        .isEqualTo(NhsNumber.parse("9434765919"))
        .hasSameHashCodeAs(NhsNumber.parse("943 476 5919"));
    assertThat(NhsNumber.parse("9434765919").compareTo(NhsNumber.parse("4010232137"))).isPositive();
  }

  @Test
  void exactly_the_numbers_with_a_correct_check_digit_are_accepted() {
    qt().forAll(firstNine(), integers().between(0, 9))
        .checkAssert(
            (nine, last) -> {
              String candidate = nine + last;
              boolean sameDigits = candidate.chars().distinct().count() == 1;
              boolean expected = !sameDigits && referenceCheck(nine) == last;
              assertThat(NhsNumber.isValid(candidate)).isEqualTo(expected);
            });
  }

  @Test
  void format_then_parse_gives_the_same_number() {
    qt().forAll(firstNine())
        .assuming(nine -> referenceCheck(nine) != 10)
        .assuming(nine -> (nine + referenceCheck(nine)).chars().distinct().count() > 1)
        .checkAssert(
            nine -> {
              NhsNumber number = NhsNumber.parse(nine + referenceCheck(nine));
              assertThat(NhsNumber.parse(number.formatted())).isEqualTo(number);
              assertThat(NhsNumber.parse(number.formatted().replace(' ', '-'))).isEqualTo(number);
              assertThat(NhsNumber.parse(number.value())).isEqualTo(number);
            });
  }

  @Test
  void a_remainder_that_needs_check_digit_ten_means_no_valid_number() {
    // Choose the ninth digit d so that the weighted sum leaves remainder 1 (11 - 1 = 10):
    // sum8 + 2d = 1 (mod 11), and 2 * 6 = 1 (mod 11), so d = 6 * (1 - sum8) mod 11.
    qt().forAll(integers().between(0, 99_999_999).map(i -> String.format("%08d", i)))
        .assuming(eight -> ninthDigitForRemainderOne(eight) < 10)
        .checkAssert(
            eight -> {
              String nine = eight + ninthDigitForRemainderOne(eight);
              assertThat(referenceCheck(nine)).isEqualTo(10);
              assertThat(NhsNumber.checkDigitFor(nine)).isEmpty();
              for (int d = 0; d <= 9; d++) {
                assertThat(NhsNumber.isValid(nine + d)).isFalse();
              }
            });
  }

  private static int ninthDigitForRemainderOne(String eight) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (eight.charAt(i) - '0') * (10 - i);
    }
    return Math.floorMod(6 * (1 - sum), 11);
  }

  @Test
  void arbitrary_text_never_crashes_the_parser() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 20))
        .checkAssert(
            text ->
                assertThat(NhsNumber.tryParse(text))
                    .satisfiesAnyOf(
                        r -> assertThat(r).isEmpty(),
                        r -> assertThat(r.orElseThrow().value()).hasSize(10)));
  }

  @Test
  void check_digit_needs_nine_digits() {
    assertThatThrownBy(() -> NhsNumber.checkDigitFor("12345678"))
        .isInstanceOf(ValidationException.class);
    assertThat(NhsNumber.tryParse(null)).isEmpty();
  }
}
