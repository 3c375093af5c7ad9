package org.opendsr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The constraints as a vendor uses them: on their own referral DTO and on a JPA-style entity. */
class VendorFormTest {

  private final Validator validator = Validators.validator();

  /** A vendor's referral form, bound from a web request. */
  record ReferralRequest(
      @NotNull @ValidNhsNumber String nhsNumber,
      @NotNull @OdsCode String referringOrganisation,
      @NotNull @WorkingDay LocalDate firstContactPlanned,
      @ValidEntryId String existingEntry) {}

  /** A vendor's persistent entity, annotated on its fields as JPA entities usually are. */
  static final class PatientLink {
    @ValidNhsNumber private final String nhsNumber;
    @ValidEntryId private final String dsrEntry;

    PatientLink(String nhsNumber, String dsrEntry) {
      this.nhsNumber = nhsNumber;
      this.dsrEntry = dsrEntry;
    }
  }

  private static Map<String, String> problems(Iterable<? extends ConstraintViolation<?>> found) {
    Map<String, String> byField = new java.util.TreeMap<>();
    for (ConstraintViolation<?> v : found) {
      byField.put(v.getPropertyPath().toString(), v.getMessage());
    }
    return byField;
  }

  @Test
  void a_good_referral_form_has_no_problems() {
    ReferralRequest form =
        new ReferralRequest("943 476 5919", "RX1RA", LocalDate.of(2027, 1, 5), "E-000042");
    assertThat(validator.validate(form)).isEmpty();
  }

  @Test
  void every_problem_of_a_bad_referral_form_is_reported_at_once_by_field() {
    ReferralRequest form =
        new ReferralRequest("943 476 5918", "rx1", LocalDate.of(2027, 1, 1), "E 42");
    assertThat(problems(validator.validate(form)))
        .containsOnlyKeys(
            "nhsNumber", "referringOrganisation", "firstContactPlanned", "existingEntry");
  }

  @Test
  void a_bad_entity_field_is_reported_on_that_field() {
    assertThat(problems(validator.validate(new PatientLink("9434765919", "E-1!"))))
        .containsOnlyKeys("dsrEntry");
    assertThat(problems(validator.validate(new PatientLink("1111111111", "E-1"))))
        .containsOnlyKeys("nhsNumber");
  }

  @Test
  void no_message_repeats_the_rejected_value() {
    String nhsNumber = "9434765918";
    ReferralRequest form = new ReferralRequest(nhsNumber, "ZZ", LocalDate.of(2026, 12, 25), "E 1");
    List<String> messages =
        validator.validate(form).stream()
            .map(ConstraintViolation::getMessage)
            .collect(Collectors.toList());
    assertThat(messages).hasSize(4);
    assertThat(String.join("\n", messages))
        .doesNotContain(nhsNumber)
        .doesNotContain("943 476")
        .doesNotContain("ZZ")
        .doesNotContain("E 1")
        .doesNotContain("2026");
  }

  @Test
  void no_default_message_asks_for_the_validated_value_or_expression_language() throws Exception {
    for (Class<? extends Annotation> constraint :
        List.of(ValidNhsNumber.class, ValidEntryId.class, OdsCode.class, WorkingDay.class)) {
      Method message = constraint.getMethod("message");
      String text = (String) message.getDefaultValue();
      assertThat(text).as(constraint.getSimpleName()).doesNotContain("${").doesNotContain("#{");
      assertThat(text).as(constraint.getSimpleName()).startsWith("must ");
    }
  }
}
