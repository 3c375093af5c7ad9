package org.opendsr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendsr.core.person.NhsNumber;

/** Each constraint applies the same rule as the library type it stands for. */
class ConstraintsTest {

  private final Validator validator = Validators.validator();

  record NhsNumberField(@ValidNhsNumber String value) {}

  record EntryIdField(@ValidEntryId String value) {}

  record OdsCodeField(@OdsCode String value) {}

  record WorkingDayField(@WorkingDay LocalDate value) {}

  private boolean valid(Object bean) {
    return validator.validate(bean).isEmpty();
  }

  @Test
  void an_nhs_number_is_accepted_in_every_spelling_the_register_accepts() {
    for (String spelling :
        new String[] {"9434765919", "943 476 5919", "943-476-5919", " 9434765919 ", "4010232137"}) {
      assertThat(valid(new NhsNumberField(spelling))).as(spelling).isTrue();
      assertThat(NhsNumber.isValid(spelling)).as("the register agrees on " + spelling).isTrue();
    }
  }

  @Test
  void an_nhs_number_with_a_wrong_check_digit_or_shape_is_refused_as_the_register_refuses_it() {
    for (String bad :
        new String[] {
          "9434765918", "1000000010", "1111111111", "94347659", "943 4765 919", "943476591X", ""
        }) {
      assertThat(valid(new NhsNumberField(bad))).as(bad).isFalse();
      assertThat(NhsNumber.isValid(bad)).as("the register agrees on " + bad).isFalse();
    }
  }

  @Test
  void an_entry_id_follows_the_registers_shape() {
    assertThat(valid(new EntryIdField("E-000123"))).isTrue();
    assertThat(valid(new EntryIdField("legacy.row_17"))).isTrue();
    assertThat(valid(new EntryIdField(""))).isFalse();
    assertThat(valid(new EntryIdField("E 000123"))).isFalse();
    assertThat(valid(new EntryIdField("E".repeat(41)))).isFalse();
  }

  @Test
  void an_ods_code_is_three_to_eight_capital_letters_and_digits() {
    for (String code : new String[] {"RX1", "RX1RA", "A81001", "706", "QHL", "15E"}) {
      assertThat(valid(new OdsCodeField(code))).as(code).isTrue();
    }
    for (String bad : new String[] {"RX", "rx1", "RX-1", "RX1 ", "ABCDEFGHI", "R\u00c91"}) {
      assertThat(valid(new OdsCodeField(bad))).as(bad).isFalse();
    }
  }

  @Test
  void a_working_day_is_neither_a_weekend_nor_an_england_and_wales_bank_holiday() {
    assertThat(valid(new WorkingDayField(LocalDate.of(2026, 12, 23)))).as("a Wednesday").isTrue();
    assertThat(valid(new WorkingDayField(LocalDate.of(2026, 12, 26)))).as("a Saturday").isFalse();
    assertThat(valid(new WorkingDayField(LocalDate.of(2026, 12, 25)))).as("Christmas").isFalse();
    assertThat(valid(new WorkingDayField(LocalDate.of(2026, 12, 28))))
        .as("Boxing Day substitute")
        .isFalse();
    assertThat(valid(new WorkingDayField(LocalDate.of(2026, 8, 31)))).as("summer").isFalse();
  }

  @Test
  void an_absent_value_is_left_to_not_null() {
    assertThat(valid(new NhsNumberField(null))).isTrue();
    assertThat(valid(new EntryIdField(null))).isTrue();
    assertThat(valid(new OdsCodeField(null))).isTrue();
    assertThat(valid(new WorkingDayField(null))).isTrue();
  }

  @Test
  void each_violation_names_the_field_and_the_rule() {
    Set<ConstraintViolation<NhsNumberField>> violations =
        validator.validate(new NhsNumberField("9434765918"));
    assertThat(violations).hasSize(1);
    ConstraintViolation<NhsNumberField> violation = violations.iterator().next();
    assertThat(violation.getPropertyPath()).hasToString("value");
    assertThat(violation.getMessage()).contains("modulus 11 check digit");
  }
}
