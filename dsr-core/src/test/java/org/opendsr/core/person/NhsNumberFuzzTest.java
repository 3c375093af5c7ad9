package org.opendsr.core.person;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendsr.core.ValidationException;

/**
 * Coverage-guided fuzz test of {@link NhsNumber#parse}: in every build it runs the stored inputs
 * under {@code NhsNumberFuzzTestInputs}; with {@code JAZZER_FUZZ=1} it fuzzes (docs/fuzzing.md).
 */
class NhsNumberFuzzTest {

  private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

  private static final Set<String> RULES =
      Set.of(
          "must be 10 digits, optionally grouped 3 3 4 with spaces or hyphens",
          "must not be ten identical digits",
          "check digit does not match (modulus 11)");

  @FuzzTest(maxDuration = "2m")
  void parse_fails_only_with_a_validation_error_that_never_echoes_the_input(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    try {
      NhsNumber parsed = NhsNumber.parse(text);
      assertThat(NhsNumber.parse(parsed.formatted())).isEqualTo(parsed);
      assertThat(parsed.toString()).doesNotContain(parsed.value().substring(0, 6));
    } catch (ValidationException e) {
      // Only the field and one of the fixed rules: no part of the input can be echoed.
      assertThat(e.violations())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.field()).isEqualTo("nhsNumber");
                assertThat(v.rule()).isIn(RULES);
              });
      Matcher run = TEN_DIGITS.matcher(text.replaceAll("[^0-9]", ""));
      while (run.find()) {
        assertThat(e.getMessage()).doesNotContain(run.group());
      }
    }
  }
}
