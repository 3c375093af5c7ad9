package org.opendsr.consent;

import java.time.LocalDate;
import java.time.Period;

/**
 * Ages in completed years, with {@link Period#between} semantics.
 *
 * <p>{@code Period.between} counts a year as complete only when the day of month is reached, so a
 * person born on 29 February turns a year older on 1 March in a year without 29 February (on 28
 * February they are still the younger age). {@link #birthday} follows the same rule, so "age on a
 * date" and "first day of an age" never disagree.
 */
final class Ages {

  private Ages() {}

  /**
   * The age in completed years on a date.
   *
   * @param dateOfBirth the date of birth
   * @param on the date the age is wanted for, not before the date of birth
   * @return the age in completed years
   */
  static int on(LocalDate dateOfBirth, LocalDate on) {
    return Period.between(dateOfBirth, on).getYears();
  }

  /**
   * The first day on which the person is {@code years} old.
   *
   * @param dateOfBirth the date of birth
   * @param years the age
   * @return the birthday; 1 March for a 29 February birth in a year without 29 February
   */
  static LocalDate birthday(LocalDate dateOfBirth, int years) {
    LocalDate candidate = dateOfBirth.plusYears(years);
    return candidate.getDayOfMonth() == dateOfBirth.getDayOfMonth()
        ? candidate
        : candidate.plusDays(1);
  }
}
