package org.opendsr.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coverage-guided fuzz test of the FHIR Bundle import from JSON. In every build it runs the stored
 * inputs under {@code FhirBundleFuzzTestInputs} (exported records and every finding); with {@code
 * JAZZER_FUZZ=1} it fuzzes (docs/fuzzing.md).
 */
class FhirBundleFuzzTest {

  private static final ObjectMapper TREE = new ObjectMapper();
  private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

  /** FHIR elements that hold a person's name, address or contact details. */
  private static final Set<String> PERSONAL =
      Set.of("given", "family", "text", "line", "postalCode", "district", "value");

  @FuzzTest(maxDuration = "3m")
  void a_bundle_is_imported_or_refused_with_an_import_error_that_echoes_nothing(byte[] bytes) {
    String json = new String(bytes, StandardCharsets.UTF_8);
    try {
      FhirExchange.fromJson(json);
    } catch (FhirImportException e) {
      assertThat(e.violations()).isNotEmpty();
      String message = e.getMessage();
      Matcher run = TEN_DIGITS.matcher(json);
      while (run.find()) {
        assertThat(message).doesNotContain(run.group());
      }
      for (String personal : personalStrings(bytes)) {
        assertThat(message).doesNotContain(personal);
      }
    }
  }

  /**
   * The names, addresses, contact details and ids in the Bundle, where distinctive enough to look
   * for (six characters or more, not a word of the messages' own vocabulary).
   */
  private static List<String> personalStrings(byte[] bytes) {
    List<String> found = new ArrayList<>();
    try {
      collect(TREE.readTree(bytes), false, found);
    } catch (Exception notJson) {
      // Not JSON: nothing was read.
    }
    return found;
  }

  private static void collect(JsonNode node, boolean personal, List<String> found) {
    if (node == null) {
      return;
    }
    if (node.isTextual() && personal) {
      String text = node.asText().strip();
      if (text.length() >= 6 && !text.matches("[a-z]+( [a-z]+)*")) {
        found.add(text);
      }
    }
    node.properties()
        .forEach(
            field ->
                collect(
                    field.getValue(),
                    PERSONAL.contains(field.getKey()) || field.getKey().equals("id"),
                    found));
    if (node.isArray()) {
      node.forEach(element -> collect(element, personal, found));
    }
  }
}
