package org.opendsr.json;

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
 * Coverage-guided fuzz test of reading every {@link DsrJson} document kind (the reader dispatches
 * on the document's {@code kind}, so one target reaches them all). In every build it runs the
 * stored inputs under {@code DsrJsonFuzzTestInputs}, one valid document of each kind and every
 * finding; with {@code JAZZER_FUZZ=1} it fuzzes (docs/fuzzing.md).
 */
class DsrJsonFuzzTest {

  private static final DsrJson JSON = DsrJson.standard();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

  /** Fields that hold a person's name, address or contact details in the wire format. */
  private static final Set<String> PERSONAL =
      Set.of("given", "family", "preferred", "address", "postcode", "telephone", "email");

  @FuzzTest(maxDuration = "3m")
  void a_document_is_read_or_refused_with_a_format_error_that_echoes_nothing(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    try {
      JSON.read(text);
    } catch (JsonFormatException e) {
      assertThat(e.violations()).isNotEmpty();
      String message = e.getMessage();
      Matcher run = TEN_DIGITS.matcher(text);
      while (run.find()) {
        assertThat(message).doesNotContain(run.group());
      }
      for (String personal : personalStrings(bytes)) {
        assertThat(message).doesNotContain(personal);
      }
    }
  }

  /**
   * The names, addresses and contact details in the document, where distinctive enough to look for:
   * six characters or more, with a capital or a digit (the messages' own words, such as the list of
   * kinds, are lower case).
   */
  private static List<String> personalStrings(byte[] bytes) {
    List<String> found = new ArrayList<>();
    try {
      collect(TREE.readTree(bytes), found);
    } catch (Exception notJson) {
      // Not JSON: nothing was read as a name.
    }
    return found;
  }

  private static void collect(JsonNode node, List<String> found) {
    if (node == null) {
      return;
    }
    node.properties()
        .forEach(
            field -> {
              if (PERSONAL.contains(field.getKey())
                  && field.getValue().isTextual()
                  && field.getValue().asText().strip().length() >= 6
                  && field.getValue().asText().matches("(?s).*[A-Z0-9].*")) {
                found.add(field.getValue().asText().strip());
              }
              collect(field.getValue(), found);
            });
    if (node.isArray()) {
      node.forEach(element -> collect(element, found));
    }
  }
}
