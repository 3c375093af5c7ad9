package org.opendsr.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/**
 * Every exported resource passes HAPI's structure validation against base R4, offline. UK Core
 * profiles named in {@code meta.profile} are not resolvable offline and are ignored (unknown
 * profiles are not errors): this checks R4 structure, cardinality and invariants, not UK Core
 * conformance.
 */
class StructureValidationTest {

  /** Built once: the validator loads the R4 definitions, which takes seconds. */
  private static final FhirValidator VALIDATOR = validator();

  private static FhirValidator validator() {
    var context = FhirExchange.context();
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(context),
            new InMemoryTerminologyServerValidationSupport(context),
            new CommonCodeSystemsTerminologyService(context));
    FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
    instanceValidator.setErrorForUnknownProfiles(false);
    instanceValidator.setAnyExtensionsAllowed(true);
    FhirValidator validator = context.newValidator();
    validator.registerValidatorModule(instanceValidator);
    return validator;
  }

  private static List<String> errors(Resource resource) {
    ValidationResult result = VALIDATOR.validateWithResult(resource);
    return result.getMessages().stream()
        .filter(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    || m.getSeverity() == ResultSeverityEnum.FATAL)
        .map(StructureValidationTest::describe)
        .collect(Collectors.toList());
  }

  private static String describe(SingleValidationMessage m) {
    return m.getLocationString() + ": " + m.getMessage();
  }

  @Test
  void every_resource_of_a_full_record_is_valid_r4() {
    Bundle bundle = FhirExchange.export(Fixtures.sam());
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      assertThat(errors(entry.getResource())).as(entry.getResource().fhirType()).isEmpty();
    }
  }

  @Test
  void the_exported_bundle_is_valid_r4() {
    assertThat(errors(FhirExchange.export(Fixtures.sam()))).isEmpty();
  }

  @Test
  void every_resource_of_generated_records_is_valid_r4() {
    qt().withExamples(8)
        .forAll(Records.records())
        .checkAssert(
            record ->
                assertThat(
                        FhirExchange.export(record).getEntry().stream()
                            .flatMap(e -> errors(e.getResource()).stream())
                            .collect(Collectors.toList()))
                    .isEmpty());
  }

  @Test
  void the_validator_catches_a_planted_structure_error() {
    org.hl7.fhir.r4.model.Flag flag =
        (org.hl7.fhir.r4.model.Flag)
            FhirExchange.export(Fixtures.sam()).getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r.fhirType().equals("Flag"))
                .findFirst()
                .orElseThrow();
    flag.setCode(null);
    flag.setStatus(null);
    assertThat(errors(flag)).isNotEmpty();
  }

  @Test
  void every_resource_names_its_uk_core_profile_except_risk_assessment() {
    for (Bundle.BundleEntryComponent entry : FhirExchange.export(Fixtures.sam()).getEntry()) {
      Resource resource = entry.getResource();
      if (resource.fhirType().equals("RiskAssessment")) {
        assertThat(resource.getMeta().getProfile()).isEmpty();
      } else {
        assertThat(resource.getMeta().getProfile().get(0).getValue())
            .isEqualTo(FhirCodes.UK_CORE + resource.fhirType());
      }
    }
  }
}
