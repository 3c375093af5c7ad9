package org.opendsr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.core.Violation;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.person.Residence;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.RatingPolicy;
import org.quicktheories.core.Gen;

/** Errors name paths and rules, and never repeat the NHS number, name or date of birth read. */
class NoPersonalDataInErrorsTest {

  private static final DsrJson JSON = DsrJson.standard();

  private static void assertErrorOmits(String json, Class<?> type, String... personal) {
    JsonFormatException error =
        catchThrowableOfType(JsonFormatException.class, () -> JSON.read(json, type));
    assertThat(error).as("an error for %s", json).isNotNull();
    StringBuilder everything = new StringBuilder(error.getMessage()).append('\n').append(error);
    for (Violation violation : error.violations()) {
      everything.append('\n').append(violation.field()).append(violation.rule());
    }
    for (String value : personal) {
      assertThat(everything.toString()).doesNotContain(value);
    }
  }

  @Test
  void an_nhs_number_whose_check_digit_fails_is_not_repeated() {
    assertErrorOmits(
        "{\"version\":1,\"kind\":\"nhs-number\",\"value\":\"9434765918\"}",
        NhsNumber.class,
        "9434765918",
        "943 476 5918",
        "5918");
  }

  @Test
  void an_nhs_number_of_the_wrong_shape_is_not_repeated() {
    assertErrorOmits(
        "{\"version\":1,\"kind\":\"nhs-number\",\"value\":9434765919}",
        NhsNumber.class,
        "9434765919");
    assertErrorOmits(
        "{\"version\":1,\"kind\":\"nhs-number\",\"value\":\"943-476-5919\"}",
        NhsNumber.class,
        "943-476-5919",
        "5919");
  }

  @Test
  void a_date_of_birth_before_1900_is_not_repeated() {
    assertErrorOmits(
        "{\"version\":1,\"kind\":\"date-of-birth\",\"value\":\"1850-07-14\"}",
        DateOfBirth.class,
        "1850");
    assertErrorOmits(
        "{\"version\":1,\"kind\":\"date-of-birth\",\"value\":\"14/07/1950\"}",
        DateOfBirth.class,
        "1950");
  }

  @Test
  void an_assessment_dated_before_the_birth_does_not_repeat_either_date() {
    String json =
        "{\"version\":1,\"kind\":\"assessment\",\"person\":{\"dateOfBirth\":\"2011-09-17\","
            + "\"inpatient\":false,\"knownToKeyworkerService\":false},"
            + "\"assessmentDate\":\"2010-03-04\",\"answers\":{}}";
    assertErrorOmits(json, Assessment.class, "2011", "2010-03-04");
  }

  @Test
  void a_name_in_a_field_of_the_wrong_kind_is_not_repeated() {
    assertErrorOmits(
        "{\"version\":1,\"kind\":\"residence\",\"address\":\"1 Quarry Lane\",\"locality\":\"Swindon\","
            + "\"setting\":\"Siobhan Okonkwo-Hartley\"}",
        Residence.class,
        "Siobhan",
        "Okonkwo",
        "Quarry");
  }

  @Test
  void a_name_with_a_control_character_is_not_repeated() {
    assertErrorOmits(
        "{\"version\":1,\"kind\":\"person-name\",\"given\":\"Siobhan\\u0007\",\"family\":\"Okonkwo\"}",
        PersonName.class,
        "Siobhan",
        "Okonkwo");
  }

  @Test
  void malformed_json_around_personal_data_does_not_echo_the_parser_message() {
    assertErrorOmits(
        "{\"version\":1,\"kind\":\"person-name\",\"given\":\"Siobhan\",\"family\":Okonkwo}",
        PersonName.class,
        "Siobhan",
        "Okonkwo");
    assertErrorOmits(
        "{\"version\":1,\"kind\":\"nhs-number\",\"value\":\"9434765919\"} 9434765919 Siobhan",
        NhsNumber.class,
        "9434765919",
        "Siobhan");
    assertErrorOmits(
        "{\"version\":1,\"kind\":\"person-name\",\"given\":\"Siobhan", PersonName.class, "Siobhan");
  }

  @Test
  void an_attorney_too_young_is_reported_without_their_date_of_birth() {
    String json =
        "{\"version\":1,\"kind\":\"consent-record\",\"type\":\"attorney-decision\","
            + "\"purpose\":{\"type\":\"inclusion\"},\"date\":\"2024-05-01\",\"recordedBy\":\"c1\","
            + "\"attorneyId\":\"a1\",\"attorneyDateOfBirth\":\"2009-12-25\","
            + "\"lpaRegisteredOn\":\"2024-01-10\",\"consents\":true}";
    assertErrorOmits(json, ConsentRecord.class, "2009", "12-25");
  }

  /** Distinctive names, so a rule's own words can never contain one by chance. */
  private static Gen<String> distinctiveNames() {
    return Generators.ids().map(s -> "Qzx" + s.toUpperCase(java.util.Locale.ROOT) + "v");
  }

  @Test
  void no_error_about_a_professional_repeats_their_name_or_contact_details() {
    Gen<List<String>> people =
        distinctiveNames().zip(distinctiveNames(), (given, family) -> List.of(given, family));
    qt().forAll(people, Generators.nhsNumbers())
        .checkAssert(
            (name, nhsNumber) -> {
              String given = name.get(0);
              String family = name.get(1);
              String base =
                  "{\"version\":1,\"kind\":\"professional\",\"id\":\"p1\",\"name\":{\"given\":\""
                      + given
                      + "\",\"family\":\""
                      + family
                      + "\"},\"role\":\"nurse\",\"agencyId\":\"T1\",\"contact\":{\"email\":\""
                      + given
                      + "@"
                      + family
                      + "\"}}";
              // The e-mail address lacks a dot after the @; then every other rule in turn.
              assertErrorOmits(base, Professional.class, given, family);
              assertErrorOmits(
                  base.replace("\"role\":\"nurse\"", "\"role\":" + nhsNumber.value()),
                  Professional.class,
                  given,
                  family,
                  nhsNumber.value());
              assertErrorOmits(
                  base.replace("\"given\":\"", "\"given\":[\"")
                      .replace(given + "\",\"family", given + "\"],\"family"),
                  Professional.class,
                  given,
                  family);
              assertErrorOmits(base + given, Professional.class, given, family);
            });
  }

  private static final String POLICY =
      "{\"version\":1,\"kind\":\"rating-policy\",\"keyworkerOfferCoversBlue\":true,"
          + "\"keyworkerMinimumAge\":0,\"keyworkerMaximumAge\":25}";

  @Test
  void an_unknown_json_field_name_is_not_echoed() {
    String json = POLICY.replace("{\"version\"", "{\"Samira Okafor 9434765919\":1,\"version\"");

    assertErrorOmits(json, RatingPolicy.class, "Samira", "9434765919");
    assertThat(
            catchThrowableOfType(
                    JsonFormatException.class, () -> JSON.read(json, RatingPolicy.class))
                .violations())
        .containsExactly(
            Violation.of("$", "has a field that is not known (field 1 of the object)"));
  }

  @Test
  void a_field_name_given_twice_is_not_echoed() {
    String json = POLICY.replace("{\"version\"", "{\"samira\":1,\"samira\":2,\"version\"");

    assertErrorOmits(json, RatingPolicy.class, "samira");
  }

  @Test
  void malformed_json_under_an_unknown_field_name_does_not_echo_the_name() {
    String json = POLICY.replace("{\"version\"", "{\"okafor\":[1,x],\"version\"");

    assertErrorOmits(json, RatingPolicy.class, "okafor");
  }

  @Test
  void an_unknown_key_of_a_map_keyed_by_a_code_is_not_echoed() {
    Problems problems = new Problems();
    Codecs.enumMap(java.time.DayOfWeek.class, Codecs.STRING)
        .read(Codecs.NODES.objectNode().put("MONDAY", "a").put("Samira", "b"), "$.days", problems);

    JsonFormatException error =
        catchThrowableOfType(JsonFormatException.class, problems::throwIfAny);
    assertThat(error.violations()).extracting(Violation::field).containsExactly("$.days");
    assertThat(error.getMessage()).doesNotContain("Samira");
  }
}
