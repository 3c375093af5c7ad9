package org.opendsr.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

class PersonDetailsTest {

  @Test
  void a_name_reports_every_blank_part_at_once() {
    assertThatThrownBy(() -> new PersonName(" ", "", Optional.of("x".repeat(201))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("name.given", "name.family", "name.preferred"));
  }

  @Test
  void a_name_prefers_the_preferred_name_and_hides_itself() {
    PersonName name = new PersonName("Robert", "Ashby", Optional.of("Bobby"));
    assertThat(name.displayName()).isEqualTo("Bobby Ashby");
    assertThat(PersonName.of("Ann", "Lee").displayName()).isEqualTo("Ann Lee");
    assertThat(name.toString()).doesNotContain("Robert").doesNotContain("Ashby");
    assertThatThrownBy(() -> PersonName.of("A\u0007", "B")).isInstanceOf(ValidationException.class);
  }

  @Test
  void a_residence_normalises_the_postcode_and_hides_the_address() {
    Residence home =
        new Residence(
            "1 Fictional Row",
            Optional.of("sn12ab"),
            "Swindon",
            Residence.Setting.SUPPORTED_LIVING);
    assertThat(home.postcode()).contains("SN1 2AB");
    assertThat(home.toString())
        .contains("Swindon")
        .doesNotContain("Fictional")
        .doesNotContain("SN1");
    assertThat(Residence.of("2 Nowhere Lane", "Wiltshire").setting())
        .isEqualTo(Residence.Setting.FAMILY_HOME);
  }

  @Test
  void a_residence_reports_a_bad_postcode_and_a_blank_locality_together() {
    assertThatThrownBy(
            () -> new Residence("x", Optional.of("NOT A CODE"), " ", Residence.Setting.OTHER))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("residence.locality", "residence.postcode"))
        .hasMessageNotContaining("NOT A CODE");
  }

  @Test
  void a_contact_needs_a_way_to_reach_someone() {
    assertThatThrownBy(() -> new ContactDetails(Optional.empty(), Optional.of(" ")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("contact");
    assertThatThrownBy(() -> ContactDetails.email("not-an-email"))
        .hasMessageContaining("contact.email");
    assertThatThrownBy(() -> ContactDetails.telephone("call me"))
        .hasMessageContaining("contact.telephone");
    assertThat(ContactDetails.telephone("01793 123456").toString()).doesNotContain("01793");
  }

  @Test
  void a_professional_shows_only_id_role_and_agency() {
    Professional nurse =
        new Professional(
            "p1",
            PersonName.of("Jo", "Example"),
            "community nurse",
            "AWP",
            ContactDetails.email("jo@example.nhs.uk"));
    assertThat(nurse.toString())
        .contains("community nurse")
        .doesNotContain("Jo")
        .doesNotContain("@");
    assertThatThrownBy(
            () ->
                new Professional(
                    " ", PersonName.of("Jo", "X"), "r", "A", ContactDetails.email("a@b.uk")))
        .hasMessageContaining("professional.id");
    assertThatThrownBy(
            () ->
                new Professional(
                    "p", PersonName.of("Jo", "X"), " ", "A", ContactDetails.email("a@b.uk")))
        .hasMessageContaining("professional.role");
    assertThatThrownBy(
            () ->
                new Professional(
                    "p", PersonName.of("Jo", "X"), "r", "", ContactDetails.email("a@b.uk")))
        .hasMessageContaining("professional.agencyId");
  }

  @Test
  void an_agency_id_is_a_code() {
    assertThat(new Agency("QHH", "Example ICB", Agency.Kind.ICB).id()).isEqualTo("QHH");
    assertThatThrownBy(() -> new Agency("has space", "x", Agency.Kind.OTHER))
        .hasMessageContaining("agency.id");
    assertThatThrownBy(() -> new Agency("X1", " ", Agency.Kind.OTHER))
        .hasMessageContaining("agency.name");
  }

  @Test
  void diagnosis_carries_snomed_codes_and_assuring_transformation_categories() {
    assertThat(Diagnosis.LEARNING_DISABILITY.snomedCodes()).containsExactly("110359009");
    assertThat(Diagnosis.AUTISM.snomedCodes()).containsExactly("35919005");
    assertThat(Diagnosis.LEARNING_DISABILITY_AND_AUTISM.assuringTransformationCategory())
        .isEqualTo(2);
    assertThat(Diagnosis.LEARNING_DISABILITY.assuringTransformationCategory()).isEqualTo(1);
    assertThat(Diagnosis.AUTISM.assuringTransformationCategory()).isEqualTo(3);
    assertThat(Diagnosis.SUSPECTED_AUTISM.snomedCodes()).isEmpty();
  }

  @Test
  void suspected_autism_qualifies_only_where_local_policy_allows() {
    assertThat(Diagnosis.SUSPECTED_AUTISM.qualifiesForInclusion(false)).isFalse();
    assertThat(Diagnosis.SUSPECTED_AUTISM.qualifiesForInclusion(true)).isTrue();
    assertThat(Diagnosis.AUTISM.qualifiesForInclusion(false)).isTrue();
  }

  @Test
  void diagnosis_is_read_back_from_snomed_codes_including_autistic_disorder() {
    assertThat(Diagnosis.fromSnomed(List.of("408856003"))).contains(Diagnosis.AUTISM);
    assertThat(Diagnosis.fromSnomed(List.of("110359009", "35919005")))
        .contains(Diagnosis.LEARNING_DISABILITY_AND_AUTISM);
    assertThat(Diagnosis.fromSnomed(List.of("110359009"))).contains(Diagnosis.LEARNING_DISABILITY);
    assertThat(Diagnosis.fromSnomed(List.of("416075005"))).isEmpty();
  }

  @Test
  void a_validation_error_needs_at_least_one_violation() {
    assertThatThrownBy(() -> new ValidationException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Violation.of(" ", "rule"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
