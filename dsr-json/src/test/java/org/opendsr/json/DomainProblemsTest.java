package org.opendsr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.opendsr.core.Violation;

/**
 * A rule of the domain broken by a document is reported against the field the rule names, read from
 * the problem the domain reports and never from its message; anything else the domain throws is a
 * bug and reaches the caller as one.
 */
class DomainProblemsTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  private static JsonFormatException failure(Runnable read) {
    JsonFormatException error = catchThrowableOfType(JsonFormatException.class, read::run);
    assertThat(error).as("the document is refused").isNotNull();
    return error;
  }

  private static <T> T readOrThrow(Codec<T> codec, JsonNode node) {
    Problems problems = new Problems();
    T value = codec.read(node, "$", problems);
    problems.throwIfAny();
    return value;
  }

  @Test
  void an_override_without_a_clinician_is_reported_at_the_clinician_field() throws Exception {
    JsonNode override =
        json(
            "{'rating':'RED','reason':'worse since the move','clinicianId':' ',"
                + "'decidedAt':'2026-05-11T10:15:30Z'}");

    JsonFormatException error =
        failure(() -> readOrThrow(RatingCodecs.CLINICIAN_OVERRIDE, override));

    assertThat(error.violations())
        .containsExactly(Violation.of("$.clinicianId", "must not be blank"));
  }

  @Test
  void a_consent_policy_interval_that_is_not_positive_is_reported_at_that_interval()
      throws Exception {
    JsonNode policy = json("{'recheckInterval':'P0D','capacityAssessmentStaleness':'P6M'}");

    JsonFormatException error = failure(() -> readOrThrow(ConsentCodecs.CONSENT_POLICY, policy));

    assertThat(error.violations())
        .containsExactly(Violation.of("$.recheckInterval", "must be positive"));
  }

  @Test
  void a_rule_of_the_object_as_a_whole_is_reported_at_the_object_in_full() throws Exception {
    ObjectNode node = (ObjectNode) json("{'a':1}");
    Problems problems = new Problems();
    In in = new In(node, "$.x", problems);
    in.ignoreRest();

    Object value =
        in.build(
            () -> {
              throw new org.opendsr.rating.RatingException("a decision needs at least one reason");
            });

    assertThat(value).isNull();
    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(
            JsonFormatException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(Violation.of("$.x", "a decision needs at least one reason")));
  }

  @Test
  void a_bug_while_building_a_value_reaches_the_caller_instead_of_reading_as_bad_input()
      throws Exception {
    ObjectNode node = (ObjectNode) json("{}");
    In in = new In(node, "$", new Problems());

    assertThatThrownBy(
            () ->
                in.build(
                    () -> {
                      throw new IllegalStateException("a bug in the library");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a bug in the library");
  }

  @Test
  void a_bug_while_making_a_scalar_value_reaches_the_caller() {
    Codec<Integer> broken =
        Codecs.mapped(
            Codecs.STRING,
            text -> {
              throw new ArithmeticException("a bug in the library");
            },
            String::valueOf);

    assertThatThrownBy(() -> broken.read(Codecs.NODES.textNode("x"), "$", new Problems()))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void a_task_closed_without_an_outcome_names_the_outcome() throws Exception {
    JsonNode task =
        json(
            "{'id':'E-1-T1','kind':'CETR','opened':'2026-05-11','due':'2026-05-25',"
                + "'detail':'community C(E)TR','closedOn':'2026-05-12'}");

    JsonFormatException error = failure(() -> readOrThrow(RegisterCodecs.TASK, task));

    assertThat(error.violations()).extracting(Violation::field).containsExactly("$.outcome");
  }
}
