package org.opendsr.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.store.InMemoryRegisterStore;

class RoundTripTest {

  @Test
  void export_then_import_gives_back_every_generated_register_record() {
    qt().withExamples(200)
        .forAll(Records.records())
        .checkAssert(
            record ->
                assertThat(FhirExchange.importRecord(FhirExchange.export(record)))
                    .isEqualTo(record));
  }

  @Test
  void export_then_import_through_json_gives_back_every_generated_register_record() {
    qt().withExamples(100)
        .forAll(Records.records())
        .checkAssert(
            record ->
                assertThat(FhirExchange.fromJson(FhirExchange.toJson(record))).isEqualTo(record));
  }

  @Test
  void a_record_driven_through_the_register_comes_back_whole() {
    DsrRecord sam = Fixtures.sam();

    DsrRecord back = FhirExchange.fromJson(FhirExchange.toJson(sam));

    assertThat(back).isEqualTo(sam);
    Entry latest = back.latest();
    assertThat(back.episodes()).hasSize(2);
    assertThat(latest.cetrs()).hasSize(1);
    assertThat(latest.cetrRefusals()).hasSize(1);
    assertThat(latest.stays()).hasSize(1);
    assertThat(latest.knownToKeyworkerService()).isTrue();
    assertThat(latest.ratings()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(latest.tasks()).isNotEmpty();
    assertThat(back.episodes().get(0).person()).isNotEqualTo(latest.person());
  }

  @Test
  void an_imported_record_is_accepted_by_a_register_as_a_referral() {
    DsrRecord imported = FhirExchange.fromJson(FhirExchange.toJson(Fixtures.sam()));
    Clock clock = Fixtures.storyClock(LocalDate.of(2024, 7, 1));
    DynamicSupportRegister register =
        DynamicSupportRegister.create(
            new InMemoryRegisterStore(),
            clock,
            WorkingDayCalendar.englandAndWales(),
            LocalPolicy.defaults());

    Entry entry = register.handle(imported.asReferral("coord-9")).entry();

    assertThat(entry.person()).isEqualTo(imported.latest().person());
    assertThat(entry.referral()).isEqualTo(imported.latest().referral());
    assertThat(entry.consentRecords()).isEqualTo(imported.latest().consentRecords());
    assertThat(entry.acceptedOn()).isPresent();
  }

  /**
   * The JSON depends on the record only, not on how its parts were built: a copy read back from the
   * bundle is equal to the record but built anew (its lists, maps and sets filled by the reader, in
   * the reader's order), and exports byte for byte the same JSON.
   */
  @Test
  void equal_records_export_the_same_json_however_their_parts_were_built() {
    qt().withExamples(50)
        .forAll(Records.records())
        .checkAssert(
            record -> {
              DsrRecord rebuilt = FhirExchange.importRecord(FhirExchange.export(record));

              assertThat(rebuilt).isEqualTo(record).isNotSameAs(record);
              assertThat(FhirExchange.toJson(rebuilt)).isEqualTo(FhirExchange.toJson(record));
            });
  }

  @Test
  void every_diagnosis_survives_the_round_trip() {
    DsrRecord sam = Fixtures.sam();
    for (Diagnosis diagnosis : Diagnosis.values()) {
      Entry e = sam.latest();
      PersonDetails person =
          new PersonDetails(
              e.person().name(),
              e.person().dateOfBirth(),
              e.person().nhsNumber(),
              e.person().residence(),
              diagnosis,
              e.person().educationHealthAndCarePlan());
      Entry rediagnosed = e.withPerson(person);
      DsrRecord record =
          new DsrRecord(sam.personKey(), List.of(sam.episodes().get(0), rediagnosed), sam.audit());

      assertThat(FhirExchange.fromJson(FhirExchange.toJson(record))).isEqualTo(record);
    }
  }

  @Test
  void the_bundle_is_a_collection_with_the_patient_first() {
    Bundle bundle = FhirExchange.export(Fixtures.sam());
    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    assertThat(bundle.getEntryFirstRep().getResource().fhirType()).isEqualTo("Patient");
    assertThat(bundle.getEntry())
        .allSatisfy(e -> assertThat(e.getFullUrl()).startsWith("urn:uuid:"));
    assertThat(bundle.getEntry().stream().map(e -> e.getResource().fhirType()).distinct().toList())
        .containsAll(
            List.of(
                "Patient",
                "Condition",
                "Organization",
                "Practitioner",
                "PractitionerRole",
                "EpisodeOfCare",
                "Consent",
                "Flag",
                "RiskAssessment",
                "CarePlan",
                "Encounter",
                "Task",
                "AuditEvent"));
  }
}
