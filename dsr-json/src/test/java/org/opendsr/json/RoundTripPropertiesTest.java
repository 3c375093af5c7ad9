package org.opendsr.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.Purpose;
import org.quicktheories.core.Gen;

/** Writing any value of a mapped type and reading the document back gives an equal value. */
class RoundTripPropertiesTest {

  private static final DsrJson JSON = DsrJson.standard();

  private static <T> void roundTrips(Gen<T> values, Class<T> type) {
    qt().withExamples(300)
        .forAll(values)
        .checkAssert(
            value -> {
              String json = JSON.write(value);
              assertThat(JSON.read(json, type)).isEqualTo(value);
              assertThat(JSON.read(json)).isEqualTo(value);
              assertThat(
                      JSON.withPrettyPrinting().read(JSON.withPrettyPrinting().write(value), type))
                  .isEqualTo(value);
            });
  }

  @Test
  void an_assessment_round_trips() {
    roundTrips(Generators.assessments(), org.opendsr.rating.Assessment.class);
  }

  @Test
  void a_rating_decision_with_its_reasons_round_trips() {
    roundTrips(Generators.ratingDecisions(), org.opendsr.rating.RatingDecision.class);
  }

  @Test
  void a_recorded_rating_with_or_without_an_override_round_trips() {
    roundTrips(Generators.recordedRatings(), org.opendsr.rating.RecordedRating.class);
  }

  @Test
  void a_clinician_override_round_trips_to_the_nanosecond() {
    roundTrips(Generators.overrides(), org.opendsr.rating.ClinicianOverride.class);
  }

  @Test
  void a_rating_policy_round_trips() {
    roundTrips(Generators.ratingPolicies(), org.opendsr.rating.RatingPolicy.class);
  }

  @Test
  void every_kind_of_consent_record_round_trips() {
    roundTrips(Generators.consentRecords(), ConsentRecord.class);
  }

  @Test
  void a_consent_record_reads_back_as_its_own_variant() {
    qt().forAll(Generators.consentRecords())
        .checkAssert(
            record -> {
              @SuppressWarnings("unchecked")
              Class<ConsentRecord> variant = (Class<ConsentRecord>) record.getClass();
              assertThat(JSON.read(JSON.write(record), variant)).isEqualTo(record);
            });
  }

  @Test
  void every_purpose_round_trips() {
    roundTrips(Generators.purposes(), Purpose.class);
  }

  @Test
  void a_consent_decision_round_trips() {
    roundTrips(Generators.consentDecisions(), org.opendsr.consent.ConsentDecision.class);
  }

  @Test
  void a_consent_policy_round_trips() {
    roundTrips(Generators.consentPolicies(), org.opendsr.consent.ConsentPolicy.class);
  }

  @Test
  void a_lawful_basis_round_trips() {
    roundTrips(Generators.lawfulBases(), org.opendsr.consent.LawfulBasis.class);
  }

  @Test
  void an_nhs_number_round_trips_as_its_ten_digits() {
    roundTrips(Generators.nhsNumbers(), org.opendsr.core.person.NhsNumber.class);
    qt().forAll(Generators.nhsNumbers())
        .checkAssert(
            number ->
                assertThat(JSON.write(number))
                    .isEqualTo(
                        "{\"version\":1,\"kind\":\"nhs-number\",\"value\":\""
                            + number.value()
                            + "\"}"));
  }

  @Test
  void a_date_of_birth_round_trips() {
    roundTrips(Generators.datesOfBirth(), org.opendsr.core.person.DateOfBirth.class);
  }

  @Test
  void a_diagnosis_round_trips() {
    roundTrips(Generators.diagnoses(), org.opendsr.core.person.Diagnosis.class);
  }

  @Test
  void a_person_name_round_trips() {
    roundTrips(Generators.personNames(), org.opendsr.core.person.PersonName.class);
  }

  @Test
  void a_residence_round_trips() {
    roundTrips(Generators.residences(), org.opendsr.core.person.Residence.class);
  }

  @Test
  void an_agency_round_trips() {
    roundTrips(Generators.agencies(), org.opendsr.core.person.Agency.class);
  }

  @Test
  void contact_details_round_trip() {
    roundTrips(Generators.contacts(), org.opendsr.core.person.ContactDetails.class);
  }

  @Test
  void a_professional_round_trips() {
    roundTrips(Generators.professionals(), org.opendsr.core.person.Professional.class);
  }

  @Test
  void a_suppression_policy_round_trips() {
    roundTrips(
        Generators.suppressionPolicies(), org.opendsr.core.reporting.SuppressionPolicy.class);
  }
}
