package org.opendsr.core.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendsr.core.ValidationException;

class DateOfBirthTest {

  @Test
  void age_increases_on_the_birthday_not_the_day_before() {
    DateOfBirth dob = DateOfBirth.of(LocalDate.of(2001, 6, 15));
    assertThat(dob.ageOn(LocalDate.of(2027, 6, 14))).isEqualTo(25);
    assertThat(dob.ageOn(LocalDate.of(2027, 6, 15))).isEqualTo(26);
  }

  @Test
  void a_29_february_birth_completes_a_year_on_1_march_in_a_common_year() {
    DateOfBirth leapling = DateOfBirth.of(LocalDate.of(2012, 2, 29));
    assertThat(leapling.ageOn(LocalDate.of(2028, 2, 28))).isEqualTo(15);
    assertThat(leapling.ageOn(LocalDate.of(2028, 2, 29))).isEqualTo(16);
    assertThat(leapling.ageOn(LocalDate.of(2027, 2, 28))).isEqualTo(14);
    assertThat(leapling.ageOn(LocalDate.of(2027, 3, 1))).isEqualTo(15);
    assertThat(leapling.birthdayAtAge(15)).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(leapling.birthdayAtAge(16)).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void age_is_not_defined_before_birth() {
    DateOfBirth dob = DateOfBirth.parse("2020-01-01");
    assertThat(dob.ageOn(LocalDate.of(2020, 1, 1))).isZero();
    assertThatThrownBy(() -> dob.ageOn(LocalDate.of(2019, 12, 31)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("dateOfBirth");
  }

  @Test
  void bad_dates_are_rejected_naming_the_field_without_the_value() {
    assertThatThrownBy(() -> DateOfBirth.parse("31/02/2010"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("dateOfBirth")
        .hasMessageNotContaining("2010");
    assertThatThrownBy(() -> DateOfBirth.of(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void to_string_reveals_nothing() {
    DateOfBirth dob = DateOfBirth.parse("2010-03-04");
    assertThat(dob.toString()).doesNotContain("2010").doesNotContain("03");
    assertThat(dob).isEqualTo(DateOfBirth.of(LocalDate.of(2010, 3, 4)));
    assertThat(dob.hashCode()).isEqualTo(LocalDate.of(2010, 3, 4).hashCode());
  }
}
