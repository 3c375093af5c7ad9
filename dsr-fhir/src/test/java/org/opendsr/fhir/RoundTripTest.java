package org.opendsr.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.opendsr.core.person.Diagnosis;

class RoundTripTest {

  @Test
  void export_then_import_gives_back_every_generated_record() {
    qt().withExamples(300)
        .forAll(Records.records())
        .checkAssert(
            record ->
                assertThat(FhirExchange.importRecord(FhirExchange.export(record)))
                    .isEqualTo(record));
  }

  @Test
  void export_then_import_through_json_gives_back_every_generated_record() {
    qt().withExamples(200)
        .forAll(Records.records())
        .checkAssert(
            record ->
                assertThat(FhirExchange.fromJson(FhirExchange.toJson(record))).isEqualTo(record));
  }

  @Test
  void the_same_record_always_exports_the_same_json() {
    assertThat(FhirExchange.toJson(Fixtures.sam())).isEqualTo(FhirExchange.toJson(Fixtures.sam()));
  }

  @Test
  void every_diagnosis_survives_the_round_trip() {
    for (Diagnosis diagnosis : Diagnosis.values()) {
      DsrRecord record = Fixtures.sam(diagnosis);
      assertThat(FhirExchange.fromJson(FhirExchange.toJson(record)).diagnosis())
          .isEqualTo(diagnosis);
    }
  }

  @Test
  void the_bundle_is_a_collection_with_the_patient_first() {
    Bundle bundle = FhirExchange.export(Fixtures.sam());
    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    assertThat(bundle.getEntryFirstRep().getResource().fhirType()).isEqualTo("Patient");
    assertThat(bundle.getEntry())
        .allSatisfy(e -> assertThat(e.getFullUrl()).startsWith("urn:uuid:"));
  }
}
