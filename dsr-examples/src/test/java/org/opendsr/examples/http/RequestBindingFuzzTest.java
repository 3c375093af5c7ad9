package org.opendsr.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opendsr.core.ValidationException;

/**
 * Coverage-guided fuzz test of the HTTP example's request binding: identity headers, the worklist
 * query and the referral body. In every build it runs the stored inputs under {@code
 * RequestBindingFuzzTestInputs}; with {@code JAZZER_FUZZ=1} it fuzzes (docs/fuzzing.md).
 */
class RequestBindingFuzzTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-18T10:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
  private static final Set<String> FORM_FIELDS =
      Set.of(
          "givenName",
          "familyName",
          "dateOfBirth",
          "nhsNumber",
          "address",
          "locality",
          "diagnosis",
          "source",
          "referredOn",
          "referrerRole",
          "referrerEmail",
          "consentGiven");

  private static final List<String> HEADERS =
      List.of("X-DSR-User", "X-DSR-Role", "X-DSR-Agency", "X-DSR-Person-Key", "X-DSR-Purpose");

  /**
   * An input is lines: the five identity headers in the order of {@link #HEADERS} (an empty line
   * leaves the header out), the raw worklist query (empty for none), then the referral body.
   */
  @FuzzTest(maxDuration = "3m")
  void a_request_is_bound_or_refused_with_a_validation_error_that_echoes_nothing(byte[] bytes)
      throws IOException {
    String input = new String(bytes, StandardCharsets.UTF_8);
    String[] lines = input.split("\n", HEADERS.size() + 2);
    Headers headers = new Headers();
    for (int i = 0; i < HEADERS.size() && i < lines.length; i++) {
      // The server never hands over a header value with a carriage return: Headers refuses one.
      if (!lines[i].isEmpty() && lines[i].indexOf('\r') < 0) {
        headers.add(HEADERS.get(i), lines[i]);
      }
    }
    String query =
        lines.length > HEADERS.size() && !lines[HEADERS.size()].isEmpty()
            ? lines[HEADERS.size()]
            : null;
    byte[] body =
        lines.length > HEADERS.size() + 1
            ? lines[HEADERS.size() + 1].getBytes(StandardCharsets.UTF_8)
            : new byte[0];

    refusedWithoutEcho(input, body, () -> RegisterHttpServer.Caller.of(headers));
    refusedWithoutEcho(input, body, () -> RegisterHttpServer.WorklistQuery.of(query, CLOCK));
    refusedWithoutEcho(
        input, body, () -> RegisterHttpServer.referral(new ByteArrayInputStream(body), "u-fuzz"));
  }

  @FunctionalInterface
  private interface Binding {
    Object bind() throws IOException;
  }

  private static void refusedWithoutEcho(String input, byte[] body, Binding binding)
      throws IOException {
    try {
      binding.bind();
    } catch (ValidationException e) {
      String message = e.getMessage();
      Matcher run = TEN_DIGITS.matcher(input);
      while (run.find()) {
        assertThat(message).doesNotContain(run.group());
      }
      for (String name : names(body)) {
        assertThat(message).doesNotContain(name);
      }
    }
  }

  /**
   * The name and address strings sent, where they are distinctive enough to look for: six
   * characters or more, not a field name of the form.
   */
  private static List<String> names(byte[] body) {
    List<String> names = new ArrayList<>();
    try {
      JsonNode tree = JSON.readTree(body);
      for (String field : List.of("givenName", "familyName", "address")) {
        JsonNode value = tree == null ? null : tree.get(field);
        if (value != null && value.isTextual()) {
          String text = value.asText().strip();
          if (text.length() >= 6 && !FORM_FIELDS.contains(text)) {
            names.add(text);
          }
        }
      }
    } catch (IOException | RuntimeException notJson) {
      // A body that is not JSON holds no name the binding could have read.
    }
    return names;
  }
}
