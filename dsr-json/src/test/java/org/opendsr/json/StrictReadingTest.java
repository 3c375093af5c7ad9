package org.opendsr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentPolicy;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.Withdrawal;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.Professional;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.RatingPolicy;

/** Each rule of strict reading, with the JSON path of the bad value. */
class StrictReadingTest {

  private static final DsrJson JSON = DsrJson.standard();

  private static final String POLICY =
      "{\"version\":1,\"kind\":\"rating-policy\",\"keyworkerOfferCoversBlue\":false,"
          + "\"keyworkerMinimumAge\":0,\"keyworkerMaximumAge\":25}";

  private static List<Violation> violations(String json, Class<?> type) {
    JsonFormatException error =
        catchThrowableOfType(JsonFormatException.class, () -> JSON.read(json, type));
    assertThat(error).as("a JsonFormatException for %s", json).isNotNull();
    assertThat(error).isInstanceOf(ValidationException.class);
    return error.violations();
  }

  private static String instrumentWith(String from, String to) {
    String json = JSON.writeInstrument(Instruments.weightedItems());
    assertThat(json).contains(from);
    return json.replaceFirst(
        java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  @Test
  void a_valid_document_is_read() {
    assertThat(JSON.read(POLICY, RatingPolicy.class)).isEqualTo(RatingPolicy.nationalDefaults());
    assertThat(
            JSON.read(
                new ByteArrayInputStream(POLICY.getBytes(StandardCharsets.UTF_8)),
                RatingPolicy.class))
        .isEqualTo(RatingPolicy.nationalDefaults());
  }

  @Test
  void an_unknown_field_is_rejected_with_its_path() {
    String json = instrumentWith("\"text\":\"Harm to self", "\"weight\":3,\"text\":\"Harm to self");
    assertThat(violations(json, Instrument.class))
        .containsExactly(
            Violation.of("$.items[1]", "has a field that is not known (field 3 of the object)"));
  }

  @Test
  void an_unknown_top_level_field_is_rejected() {
    assertThat(
            violations(
                POLICY.replace("{\"version\"", "{\"extra\":1,\"version\""), RatingPolicy.class))
        .containsExactly(
            Violation.of("$", "has a field that is not known (field 1 of the object)"));
  }

  @Test
  void a_missing_required_field_is_rejected_with_its_path() {
    assertThat(violations(POLICY.replace(",\"keyworkerMinimumAge\":0", ""), RatingPolicy.class))
        .containsExactly(Violation.of("$.keyworkerMinimumAge", "is required"));
  }

  @Test
  void a_null_is_rejected_where_a_value_is_required() {
    assertThat(
            violations(
                POLICY.replace("\"keyworkerMinimumAge\":0", "\"keyworkerMinimumAge\":null"),
                RatingPolicy.class))
        .containsExactly(Violation.of("$.keyworkerMinimumAge", "must not be null"));
  }

  @Test
  void a_null_is_rejected_for_an_optional_value_which_must_be_left_out_instead() {
    String json =
        "{\"version\":1,\"kind\":\"person-name\",\"given\":\"Ann\",\"family\":\"Lee\","
            + "\"preferred\":null}";
    assertThat(violations(json, org.opendsr.core.person.PersonName.class))
        .containsExactly(
            Violation.of("$.preferred", "must not be null; leave the field out instead"));
  }

  @Test
  void a_null_in_an_array_is_rejected_with_its_index() {
    String json = instrumentWith("\"contradictions\":[]", "\"contradictions\":[null]");
    assertThat(violations(json, Instrument.class))
        .containsExactly(Violation.of("$.contradictions[0]", "must not be null"));
  }

  @Test
  void values_of_the_wrong_json_type_are_rejected_with_their_paths() {
    String json =
        "{\"version\":1,\"kind\":\"rating-policy\",\"keyworkerOfferCoversBlue\":\"false\","
            + "\"keyworkerMinimumAge\":1.0,\"keyworkerMaximumAge\":\"25\"}";
    assertThat(violations(json, RatingPolicy.class))
        .containsExactly(
            Violation.of("$.keyworkerOfferCoversBlue", "must be true or false"),
            Violation.of(
                "$.keyworkerMinimumAge", "must be a whole number from -2147483648 to 2147483647"),
            Violation.of(
                "$.keyworkerMaximumAge", "must be a whole number from -2147483648 to 2147483647"));
  }

  @Test
  void an_object_where_an_array_belongs_is_rejected() {
    String json = instrumentWith("\"contradictions\":[]", "\"contradictions\":{}");
    assertThat(violations(json, Instrument.class))
        .containsExactly(Violation.of("$.contradictions", "must be an array"));
  }

  @Test
  void an_enum_value_must_be_a_constant_name_exactly() {
    String json = instrumentWith("\"baseline\":\"GREEN\"", "\"baseline\":\"green\"");
    assertThat(violations(json, Instrument.class))
        .containsExactly(Violation.of("$.baseline", "must be one of BLUE, RED, AMBER, GREEN"));
  }

  @Test
  void a_number_too_large_for_its_field_is_rejected() {
    assertThat(
            violations(
                POLICY.replace("\"keyworkerMaximumAge\":25", "\"keyworkerMaximumAge\":99999999999"),
                RatingPolicy.class))
        .extracting(Violation::field)
        .containsExactly("$.keyworkerMaximumAge");
  }

  @Test
  void trailing_data_after_the_document_is_rejected() {
    assertThat(violations(POLICY + " {}", RatingPolicy.class))
        .extracting(Violation::field, Violation::rule)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.toList().get(0)).isEqualTo("$");
              assertThat((String) v.toList().get(1))
                  .startsWith("must be a single JSON value with nothing after it");
            });
    assertThat(violations(POLICY + "x", RatingPolicy.class))
        .extracting(Violation::field)
        .containsExactly("$");
  }

  @Test
  void malformed_json_is_rejected_at_its_line_and_column_not_the_path_reached() {
    String json = POLICY.replace("\"keyworkerMinimumAge\":0", "\"keyworkerMinimumAge\":0x");
    List<Violation> found = violations(json, RatingPolicy.class);
    assertThat(found).extracting(Violation::field).containsExactly("$");
    assertThat(found.get(0).rule()).startsWith("is not well-formed JSON (line 1, column");
  }

  @Test
  void an_empty_document_is_rejected() {
    assertThat(violations("  ", RatingPolicy.class))
        .containsExactly(Violation.of("$", "must be a JSON object; the document is empty"));
    assertThat(violations("[1]", RatingPolicy.class))
        .containsExactly(Violation.of("$", "must be a JSON object"));
  }

  @Test
  void a_field_given_twice_is_rejected() {
    assertThat(
            violations(
                POLICY.replace("{\"version\":1,", "{\"version\":1,\"version\":1,"),
                RatingPolicy.class))
        .containsExactly(
            Violation.of("$", "has a field that appears twice in one object (line 1, column 25)"));
  }

  @Test
  void a_document_without_a_version_is_rejected() {
    assertThat(violations(POLICY.replace("\"version\":1,", ""), RatingPolicy.class))
        .containsExactly(Violation.of("$.version", "is required"));
  }

  @Test
  void a_document_of_an_unsupported_version_is_rejected_clearly() {
    assertThat(violations(POLICY.replace("\"version\":1", "\"version\":2"), RatingPolicy.class))
        .containsExactly(
            Violation.of(
                "$.version", "is a version this library cannot read; it reads versions 1 to 1"));
    assertThat(violations(POLICY.replace("\"version\":1", "\"version\":\"1\""), RatingPolicy.class))
        .containsExactly(Violation.of("$.version", "must be a whole number"));
  }

  @Test
  void a_document_of_another_kind_is_rejected() {
    assertThat(violations(POLICY, ConsentPolicy.class))
        .containsExactly(Violation.of("$.kind", "must be consent-policy"));
    assertThat(
            catchThrowableOfType(
                    JsonFormatException.class,
                    () -> JSON.read(POLICY.replace("rating-policy", "nonsense")))
                .violations())
        .extracting(Violation::field)
        .containsExactly("$.kind");
  }

  @Test
  void a_consent_record_of_another_variant_than_asked_is_rejected_at_its_type() {
    String json =
        JSON.write(
            Withdrawal.of(
                org.opendsr.consent.Purpose.inclusion(),
                java.time.LocalDate.of(2024, 1, 2),
                "person",
                "coordinator"));
    assertThat(JSON.read(json, ConsentRecord.class)).isInstanceOf(Withdrawal.class);
    assertThat(violations(json, ConsentGiven.class))
        .containsExactly(Violation.of("$.type", "must be consent-given"));
  }

  @Test
  void an_unknown_variant_is_rejected_at_its_type_and_nothing_else_is_reported() {
    String json =
        "{\"version\":1,\"kind\":\"consent-record\",\"type\":\"consent-assumed\",\"whatever\":1}";
    assertThat(violations(json, ConsentRecord.class))
        .containsExactly(
            Violation.of(
                "$.type",
                "must be one of consent-given, consent-refused, capacity-assessment,"
                    + " best-interests-decision, parental-consent, gillick-assessment,"
                    + " attorney-decision, withdrawal"));
  }

  @Test
  void every_problem_of_a_document_is_reported_at_once() {
    String json =
        "{\"version\":1,\"kind\":\"rating-policy\",\"keyworkerOfferCoversBlue\":1,"
            + "\"surprise\":true}";
    assertThat(violations(json, RatingPolicy.class))
        .containsExactly(
            Violation.of("$.keyworkerOfferCoversBlue", "must be true or false"),
            Violation.of("$.keyworkerMinimumAge", "is required"),
            Violation.of("$.keyworkerMaximumAge", "is required"),
            Violation.of("$", "has a field that is not known (field 4 of the object)"));
  }

  @Test
  void a_bad_nhs_number_is_reported_with_its_path_and_the_domain_rule() {
    assertThat(
            violations(
                "{\"version\":1,\"kind\":\"nhs-number\",\"value\":\"9434765918\"}",
                NhsNumber.class))
        .containsExactly(Violation.of("$.value", "check digit does not match (modulus 11)"));
    assertThat(
            violations(
                "{\"version\":1,\"kind\":\"nhs-number\",\"value\":\"943 476 5919\"}",
                NhsNumber.class))
        .containsExactly(
            Violation.of("$.value", "must be the 10 digits of an NHS number, without spaces"));
  }

  @Test
  void a_domain_rule_broken_deep_inside_is_reported_at_the_field_it_names() {
    String json =
        "{\"version\":1,\"kind\":\"professional\",\"id\":\"p1\",\"name\":{\"given\":\" \","
            + "\"family\":\"Lee\"},\"role\":\"nurse\",\"agencyId\":\"T1\","
            + "\"contact\":{\"email\":\"not an address\"}}";
    assertThat(violations(json, Professional.class))
        .containsExactly(
            Violation.of("$.name.given", "must not be blank"),
            Violation.of("$.contact.email", "must be an email address"));
  }

  @Test
  void a_consent_rule_broken_is_reported_at_the_field_it_names() {
    String json =
        "{\"version\":1,\"kind\":\"consent-record\",\"type\":\"consent-given\","
            + "\"purpose\":{\"type\":\"sharing-with\",\"agencyId\":\" \"},"
            + "\"date\":\"2024-02-30\",\"recordedBy\":\" \"}";
    assertThat(violations(json, ConsentRecord.class))
        .containsExactly(
            Violation.of("$.purpose.agencyId", "must not be blank"),
            Violation.of("$.date", "must be a date written as YYYY-MM-DD"));
  }

  @Test
  void a_suppression_policy_that_breaks_its_rules_is_reported_at_each_field() {
    String json =
        "{\"version\":1,\"kind\":\"suppression-policy\",\"threshold\":-1,"
            + "\"roundingBase\":0,\"showZero\":true}";
    assertThat(violations(json, org.opendsr.core.reporting.SuppressionPolicy.class))
        .containsExactly(
            Violation.of("$.threshold", "must not be negative"),
            Violation.of("$.roundingBase", "must be at least 1"));
  }

  @Test
  void an_answer_of_no_known_shape_is_rejected_at_the_position_of_its_item() {
    String json =
        "{\"version\":1,\"kind\":\"assessment\",\"person\":{\"dateOfBirth\":\"2010-01-01\","
            + "\"inpatient\":false,\"knownToKeyworkerService\":false},"
            + "\"assessmentDate\":\"2025-01-01\",\"answers\":{\"in_crisis\":\"yes\"}}";
    assertThat(violations(json, Assessment.class))
        .containsExactly(
            Violation.of(
                "$.answers[#1]", "must be true or false, LOW, MEDIUM or HIGH, or a whole number"));
  }

  @Test
  void an_invalid_instrument_is_reported_at_the_rule_concerned() {
    String json = instrumentWith("{\"from\":9,\"to\":", "{\"from\":10,\"to\":");
    List<Violation> found = violations(json, Instrument.class);
    assertThat(found).extracting(Violation::field).contains("$.rules[0]");
    assertThat(found).extracting(Violation::rule).anyMatch(r -> r.startsWith("threshold gap:"));
  }

  @Test
  void an_instrument_error_names_conditions_and_items_by_position_never_by_the_ids_sent()
      throws Exception {
    String json =
        new String(
            StrictReadingTest.class
                .getResourceAsStream(
                    "DsrJsonFuzzTestInputs/a_document_is_read_or_refused_with_a_format_error_that"
                        + "_echoes_nothing/finding_an_item_id_echoed_by_instrument_validation")
                .readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);

    List<Violation> found = violations(json, Instrument.class);

    assertThat(found)
        .containsExactlyInAnyOrder(
            Violation.of(
                "$.rules[0]",
                "unknown item: conditions[1] names an item the instrument does not have"),
            Violation.of(
                "$.rules[1]",
                "wrong item kind: conditions[0] is a condition for a YES_NO item, but the item it"
                    + " names, items[0], is a LEVEL item"));
    assertThat(found.toString()).doesNotContain("9434765919").doesNotContain("4010232137");
  }

  @Test
  void an_item_used_by_no_rule_is_reported_at_the_item() {
    String json =
        instrumentWith(
            "\"items\":[",
            "\"items\":[{\"id\":\"unused\",\"kind\":\"YES_NO\",\"text\":\"Never asked\"},");
    assertThat(violations(json, Instrument.class))
        .extracting(Violation::field, Violation::rule)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.toList().get(0)).isEqualTo("$.items[0]");
              assertThat((String) v.toList().get(1)).startsWith("unused item:");
            });
  }

  @Test
  void a_yes_no_item_may_not_state_a_range() {
    String json =
        instrumentWith(
            "\"kind\":\"YES_NO\",\"text\":\"Contact",
            "\"kind\":\"YES_NO\",\"minimum\":0,\"text\":\"Contact");
    assertThat(violations(json, Instrument.class))
        .containsExactly(
            Violation.of("$.items[0]", "has a field that is not known (field 3 of the object)"));
  }

  @Test
  void a_type_that_is_not_mapped_is_refused_on_write_and_read() {
    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> JSON.write(new Object())))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> JSON.read(POLICY, String.class)))
        .isNotNull();
  }

  @Test
  void an_agency_document_keeps_its_own_kind_in_its_value() {
    org.opendsr.core.person.Agency agency =
        new org.opendsr.core.person.Agency(
            "RX1", "Riverside Trust", org.opendsr.core.person.Agency.Kind.HEALTH);
    assertThat(JSON.write(agency))
        .isEqualTo(
            "{\"version\":1,\"kind\":\"agency\",\"value\":{\"id\":\"RX1\","
                + "\"name\":\"Riverside Trust\",\"kind\":\"HEALTH\"}}");
  }

  @Test
  void the_kinds_cover_every_top_level_document() {
    assertThat(JSON.kinds())
        .contains("instrument", "rating-policy", "consent-record", "consent-policy", "nhs-number")
        .doesNotHaveDuplicates();
    assertThat(JSON.kindOf(ConsentGiven.class)).isEqualTo("consent-record");
  }
}
