package org.opendsr.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

class ImportErrorsTest {

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

  /** Where a resource sits in the Bundle: errors name positions, never the sender's ids. */
  private static String at(Bundle bundle, Resource resource) {
    for (int i = 0; i < bundle.getEntry().size(); i++) {
      if (bundle.getEntry().get(i).getResource() == resource) {
        return "Bundle.entry[" + i + "]." + resource.fhirType();
      }
    }
    throw new AssertionError("not in the bundle");
  }

  private static String at(Bundle bundle, String id) {
    return at(
        bundle,
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(r -> r.getIdPart().equals(id))
            .findFirst()
            .orElseThrow());
  }

  private static List<Violation> problems(Bundle bundle) {
    return catchThrowableOfType(FhirImportException.class, () -> FhirExchange.importRecord(bundle))
        .violations();
  }

  @Test
  void a_bad_nhs_number_is_named_by_resource_and_element() {
    Bundle bundle = samsBundle();
    first(bundle, Patient.class).getIdentifierFirstRep().setValue("9434765918");

    assertThat(problems(bundle))
        .containsExactly(
            Violation.of(
                "Bundle.entry[0].Patient.identifier[0].value",
                "check digit does not match (modulus 11)"));
  }

  @Test
  void an_unknown_diagnosis_code_is_named_by_resource_and_element() {
    Bundle bundle = samsBundle();
    first(bundle, Condition.class).getCode().getCodingFirstRep().setCode("73211009");

    assertThat(problems(bundle))
        .contains(
            Violation.of(
                at(bundle, first(bundle, Condition.class)) + ".code.coding[0].code",
                "unknown code: not a SNOMED CT code for learning disability or autism"));
  }

  private static final String NO_BASIS =
      "an accepted episode needs a Consent for inclusion on the register (a basis)";

  @Test
  void a_bundle_without_consent_is_refused_because_nobody_is_added_without_a_basis() {
    Bundle bundle = samsBundle();
    bundle.getEntry().removeIf(e -> e.getResource().fhirType().equals("Consent"));

    assertThat(problems(bundle))
        .containsExactly(
            Violation.of(at(bundle, "p1-e0-episode"), NO_BASIS),
            Violation.of(at(bundle, "p1-e1-episode"), NO_BASIS));
  }

  @Test
  void a_bundle_whose_consents_do_not_cover_inclusion_is_refused() {
    Bundle bundle = samsBundle();
    bundle
        .getEntry()
        .removeIf(
            e ->
                e.getResource() instanceof org.hl7.fhir.r4.model.Consent c
                    && c.getProvision().getPurposeFirstRep().getCode().equals("INCLUSION"));

    assertThat(problems(bundle))
        .containsExactly(
            Violation.of(at(bundle, "p1-e0-episode"), NO_BASIS),
            Violation.of(at(bundle, "p1-e1-episode"), NO_BASIS));
  }

  @Test
  void every_problem_is_reported_at_once() {
    Bundle bundle = samsBundle();
    first(bundle, Patient.class).getIdentifierFirstRep().setValue("1000000010");
    first(bundle, Patient.class).setBirthDateElement(null);
    first(bundle, org.hl7.fhir.r4.model.Flag.class).getCode().getCodingFirstRep().setCode("PURPLE");
    first(bundle, org.hl7.fhir.r4.model.EpisodeOfCare.class).getIdentifier().clear();

    assertThat(problems(bundle))
        .extracting(Violation::field)
        .containsExactlyInAnyOrder(
            "Bundle.entry[0].Patient.identifier[0].value",
            "Bundle.entry[0].Patient.birthDate",
            at(bundle, "p1-e1-flag-0") + ".code.coding.code",
            at(bundle, "p1-e0-episode") + ".identifier");
  }

  @Test
  void a_bundle_without_an_episode_is_refused() {
    Bundle bundle = samsBundle();
    bundle.getEntry().removeIf(e -> e.getResource() instanceof org.hl7.fhir.r4.model.EpisodeOfCare);

    assertThat(problems(bundle))
        .contains(
            Violation.of("Bundle.entry", "needs an EpisodeOfCare (an episode on the register)"),
            Violation.of(
                at(bundle, "p1-e1-consent-0") + ".extension[episode]",
                "must refer to an EpisodeOfCare in the Bundle"));
  }

  @Test
  void a_closed_task_without_its_outcome_is_named_by_resource_and_element() {
    Bundle bundle = samsBundle();
    org.hl7.fhir.r4.model.Task task =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(org.hl7.fhir.r4.model.Task.class::isInstance)
            .map(org.hl7.fhir.r4.model.Task.class::cast)
            .filter(t -> t.getExecutionPeriod().hasEnd())
            .findFirst()
            .orElseThrow();
    task.getExtension().removeIf(e -> e.getUrl().endsWith("/task-outcome"));

    assertThat(problems(bundle))
        .containsExactly(
            Violation.of(
                at(bundle, task) + ".extension[task-outcome]",
                "a closed task needs both executionPeriod.end and its outcome, an open one neither"));
  }

  @Test
  void an_encounter_of_unknown_kind_is_refused() {
    Bundle bundle = samsBundle();
    org.hl7.fhir.r4.model.Encounter encounter =
        first(bundle, org.hl7.fhir.r4.model.Encounter.class);
    encounter.getTypeFirstRep().getCodingFirstRep().setCode("PICNIC");

    assertThat(problems(bundle))
        .containsExactly(
            Violation.of(
                at(bundle, encounter) + ".type", "unknown code in " + FhirCodes.ENCOUNTER_KIND));
  }

  @Test
  void an_imported_record_with_a_bad_part_never_reaches_the_register() {
    Bundle bundle = samsBundle();
    first(bundle, org.hl7.fhir.r4.model.CarePlan.class)
        .getActivityFirstRep()
        .getDetail()
        .setStatus(org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus.ONHOLD);

    assertThat(problems(bundle))
        .containsExactly(
            Violation.of(
                at(bundle, "p1-e1-action-plan-0") + ".activity[0].detail.status",
                "must be not-started, in-progress, completed or cancelled"));
  }

  @Test
  void a_bundle_without_a_patient_is_refused() {
    Bundle bundle = samsBundle();
    bundle.getEntry().remove(0);

    assertThat(problems(bundle))
        .contains(Violation.of("Bundle.entry", "needs exactly one Patient"));
  }

  @Test
  void a_resource_that_is_not_part_of_a_dsr_record_is_refused() {
    Bundle bundle = samsBundle();
    bundle.addEntry().setResource(new org.hl7.fhir.r4.model.Observation().setId("o1"));

    assertThat(problems(bundle))
        .containsExactly(
            Violation.of(
                "Bundle.entry[" + (bundle.getEntry().size() - 1) + "].Observation",
                "is not part of a DSR record"));
  }

  @Test
  void a_flag_that_disagrees_with_its_risk_assessment_is_refused() {
    Bundle bundle = samsBundle();
    first(bundle, org.hl7.fhir.r4.model.Flag.class).getCode().getCodingFirstRep().setCode("GREEN");

    assertThat(problems(bundle))
        .containsExactly(
            Violation.of(
                at(bundle, "p1-e1-flag-0") + ".code",
                "does not match the rating recorded in its RiskAssessment"));
  }

  @Test
  void messages_never_contain_the_personal_data_read() {
    Bundle bundle = samsBundle();
    first(bundle, Patient.class).getIdentifierFirstRep().setValue("943 476 591X");
    first(bundle, Patient.class).getNameFirstRep().setFamily(" ");

    FhirImportException error =
        catchThrowableOfType(FhirImportException.class, () -> FhirExchange.importRecord(bundle));

    assertThat(error.getMessage())
        .contains("Bundle.entry[0].Patient.identifier[0].value")
        .doesNotContain("943", "591", Fixtures.NAME_GIVEN, "Okafor", "Swindon", "SN1");
  }

  @Test
  void text_that_is_not_fhir_json_is_refused_without_echoing_it() {
    assertThatThrownBy(
            () -> FhirExchange.fromJson("{\"resourceType\":\"Bundle\",\"x\": 9434765919"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Bundle: is not valid FHIR R4 JSON");
  }

  @Test
  void a_failed_import_changes_nothing() {
    Bundle bundle = samsBundle();
    first(bundle, Patient.class).getIdentifierFirstRep().setValue("9434765918");
    String before = FhirExchange.context().newJsonParser().encodeResourceToString(bundle);
    List<DsrRecord> register = new ArrayList<>();
    Consumer<DsrRecord> addToRegister = register::add;

    assertThatThrownBy(() -> addToRegister.accept(FhirExchange.importRecord(bundle)))
        .isInstanceOf(FhirImportException.class);

    assertThat(register).isEmpty();
    assertThat(FhirExchange.context().newJsonParser().encodeResourceToString(bundle))
        .isEqualTo(before);
  }
}
