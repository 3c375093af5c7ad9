package org.opendsr.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.opendsr.core.Violation;

/**
 * Valid FHIR that other senders produce, and text HAPI's parser chokes on: each is read correctly
 * where FHIR allows it, or refused with a {@link FhirImportException} naming the resource (by its
 * position in the Bundle) and the element, never with another exception.
 */
class ForeignShapesTest {

  /** FHIR's data-absent-reason extension, which may stand in for any primitive value. */
  private static final String DATA_ABSENT_REASON =
      "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

  private static <T extends Element> T absent(T element) {
    element.addExtension(new Extension(DATA_ABSENT_REASON, new CodeType("unknown")));
    return element;
  }

  private static Bundle samsBundle() {
    return FhirExchange.export(Fixtures.sam());
  }

  private static <T extends Resource> T first(Bundle bundle, Class<T> type) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow();
  }

  private static int entryOf(Bundle bundle, Resource resource) {
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      if (bundle.getEntry().get(i).getResource() == resource) {
        return i;
      }
    }
    throw new AssertionError("not in the bundle");
  }

  private static String at(Bundle bundle, Resource resource) {
    return "Bundle.entry[" + entryOf(bundle, resource) + "]." + resource.fhirType();
  }

  private static List<Violation> problems(Bundle bundle) {
    Throwable thrown = catchThrowable(() -> FhirExchange.importRecord(bundle));
    assertThat(thrown).isExactlyInstanceOf(FhirImportException.class);
    return ((FhirImportException) thrown).violations();
  }

  private static List<Violation> problems(String json) {
    Throwable thrown = catchThrowable(() -> FhirExchange.fromJson(json));
    assertThat(thrown).isExactlyInstanceOf(FhirImportException.class);
    return ((FhirImportException) thrown).violations();
  }

  private static String json(Bundle bundle) {
    return FhirExchange.context().newJsonParser().encodeResourceToString(bundle);
  }

  @Test
  void a_given_name_replaced_by_a_data_absent_reason_is_read_as_absent() {
    Bundle bundle = samsBundle();
    first(bundle, Patient.class).getNameFirstRep().getGiven().add(absent(new StringType()));

    DsrRecord record = FhirExchange.importRecord(bundle);

    assertThat(record.latest().person().name().given()).isEqualTo(Fixtures.NAME_GIVEN);
  }

  @Test
  void a_patient_whose_only_given_name_is_absent_is_refused_naming_the_given_name() {
    Bundle bundle = samsBundle();
    Patient patient = first(bundle, Patient.class);
    patient.getNameFirstRep().getGiven().clear();
    patient.getNameFirstRep().getGiven().add(absent(new StringType()));

    assertThat(problems(bundle))
        .contains(Violation.of(at(bundle, patient) + ".name[0].given", "must not be blank"));
  }

  @Test
  void an_identifier_value_replaced_by_a_data_absent_reason_is_refused_naming_the_identifier() {
    Bundle bundle = samsBundle();
    Organization organization = first(bundle, Organization.class);
    organization.getIdentifierFirstRep().setValueElement(absent(new StringType()));

    assertThat(problems(bundle))
        .extracting(Violation::field)
        .contains(at(bundle, organization) + ".identifier");
  }

  @Test
  void an_nhs_number_replaced_by_a_data_absent_reason_is_refused_as_required() {
    Bundle bundle = samsBundle();
    Patient patient = first(bundle, Patient.class);
    patient.getIdentifierFirstRep().setValueElement(absent(new StringType()));

    assertThat(problems(bundle))
        .contains(Violation.of(at(bundle, patient) + ".identifier[0].value", "is required"));
  }

  @Test
  void a_coding_code_replaced_by_a_data_absent_reason_is_refused_naming_the_element() {
    Bundle bundle = samsBundle();
    Condition condition = first(bundle, Condition.class);
    condition.getCode().getCodingFirstRep().setCodeElement(absent(new CodeType()));

    assertThat(problems(bundle))
        .extracting(Violation::field)
        .contains(at(bundle, condition) + ".code.coding[0].code");
  }

  @Test
  void a_coding_with_a_display_and_no_code_is_refused_naming_the_element() {
    Bundle bundle = samsBundle();
    Condition condition = first(bundle, Condition.class);
    Coding coding = condition.getCode().getCodingFirstRep();
    coding.setDisplay("Learning disability").setCodeElement(null);

    assertThat(problems(bundle))
        .contains(Violation.of(at(bundle, condition) + ".code.coding[0].code", "is required"));
  }

  @Test
  void an_audit_event_recorded_replaced_by_a_data_absent_reason_is_refused_as_required() {
    Bundle bundle = samsBundle();
    AuditEvent event = first(bundle, AuditEvent.class);
    event.setRecordedElement(absent(new InstantType()));

    assertThat(problems(bundle))
        .contains(Violation.of(at(bundle, event) + ".recorded", "is required"));
  }

  @Test
  void a_boolean_extension_with_no_value_is_refused_naming_the_extension() {
    Bundle bundle = samsBundle();
    Patient patient = first(bundle, Patient.class);
    patient
        .getExtensionByUrl(FhirCodes.extension("education-health-and-care-plan"))
        .setValue(absent(new BooleanType()));

    assertThat(problems(bundle))
        .contains(
            Violation.of(
                at(bundle, patient) + ".extension[education-health-and-care-plan]",
                "must have a value"));
  }

  @Test
  void an_answer_with_a_boolean_that_has_no_value_is_refused_naming_the_extension() {
    Bundle bundle = samsBundle();
    RiskAssessment risk = first(bundle, RiskAssessment.class);
    Extension answer =
        risk.getReasonCode().stream()
            .flatMap(c -> c.getExtensionsByUrl(FhirCodes.extension("reason-answer")).stream())
            .filter(e -> e.getExtensionByUrl("value").getValue() instanceof BooleanType)
            .findFirst()
            .orElseThrow();
    answer.getExtensionByUrl("value").setValue(absent(new BooleanType()));

    assertThat(problems(bundle))
        .extracting(Violation::field)
        .anyMatch(
            f ->
                f.startsWith(at(bundle, risk) + ".reasonCode[")
                    && f.endsWith(".extension[reason-answer].extension[value]"));
  }

  @Test
  void an_instant_with_no_value_is_refused_naming_the_extension() {
    Bundle bundle = samsBundle();
    RiskAssessment risk =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(RiskAssessment.class::isInstance)
            .map(RiskAssessment.class::cast)
            .filter(r -> r.hasExtension(FhirCodes.extension("clinician-override")))
            .findFirst()
            .orElseThrow();
    risk.getExtensionByUrl(FhirCodes.extension("clinician-override"))
        .getExtensionByUrl("decided-at")
        .setValue(absent(new InstantType()));

    assertThat(problems(bundle))
        .contains(
            Violation.of(
                at(bundle, risk) + ".extension[clinician-override].extension[decided-at]",
                "must have a value"));
  }

  @Test
  void a_repeated_sub_extension_is_refused_naming_the_extension() {
    Bundle bundle = samsBundle();
    RiskAssessment risk = first(bundle, RiskAssessment.class);
    Extension policy = risk.getExtensionByUrl(FhirCodes.extension("rating-policy"));
    policy.addExtension(policy.getExtensionByUrl("keyworker-minimum-age").copy());

    assertThat(problems(bundle))
        .contains(
            Violation.of(
                at(bundle, risk) + ".extension[rating-policy].extension[keyworker-minimum-age]",
                "must appear at most once"));
  }

  @Test
  void an_extension_array_holding_a_number_is_refused_as_not_fhir() {
    String json = json(samsBundle()).replaceFirst("\"extension\": *\\[", "\"extension\":[7,");

    assertThat(problems(json)).isNotEmpty();
  }

  @Test
  void a_resource_that_is_not_an_object_is_refused_as_not_fhir() {
    String json =
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":5}]}";

    assertThat(problems(json)).isNotEmpty();
  }

  @Test
  void an_empty_resource_type_is_refused_as_not_fhir() {
    String json =
        "{\"resourceType\":\"Bundle\",\"type\":\"collection\","
            + "\"entry\":[{\"resource\":{\"resourceType\":\"\"}}]}";

    assertThat(problems(json)).isNotEmpty();
  }

  @Test
  void an_empty_top_level_resource_type_is_refused_as_not_fhir() {
    assertThat(problems("{\"resourceType\":\"\"}")).isNotEmpty();
  }

  @Test
  void a_patient_id_is_never_echoed_in_an_import_error() {
    Bundle bundle = samsBundle();
    Patient patient = first(bundle, Patient.class);
    patient.setId(Fixtures.NHS);
    patient.setBirthDateElement(null);
    bundle.getEntry().forEach(e -> e.getResource().setId(e.getResource().getIdPart() + "x"));

    FhirImportException error =
        (FhirImportException)
            catchThrowable(
                () -> {
                  FhirExchange.importRecord(bundle);
                });

    assertThat(error.getMessage())
        .contains(at(bundle, patient) + ".birthDate")
        .doesNotContain(Fixtures.NHS, "p1");
  }

  @Test
  void an_unknown_element_name_is_refused_and_neither_logged_nor_echoed() {
    String json = json(samsBundle()).replaceFirst("\"birthDate\"", "\"birthSamiraOkafor\"");
    PrintStream console = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    Throwable thrown;
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    try {
      thrown = catchThrowable(() -> FhirExchange.fromJson(json));
    } finally {
      System.setErr(console);
    }

    assertThat(thrown).isExactlyInstanceOf(FhirImportException.class);
    assertThat(((FhirImportException) thrown).violations())
        .contains(Violation.of("Bundle", "has an element FHIR R4 does not define"));
    assertThat(thrown.getMessage()).doesNotContain("Samira", "birthSamira");
    assertThat(logged.toString(StandardCharsets.UTF_8)).doesNotContain("birthSamira");
  }
}
