package org.opendsr.core.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.opendsr.core.ValidationException;

/**
 * A person's date of birth, and their age in completed years on any later date.
 *
 * <p>Age follows {@link Period#between}: a year is completed on the same month and day, and a
 * person born on 29 February completes a year on 1 March in a common year (on 28 February the
 * anniversary has not yet been reached). Personal data: {@link #toString()} reveals nothing.
 */
public final class DateOfBirth {

  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  private final LocalDate value;

  private DateOfBirth(LocalDate value) {
    this.value = value;
  }

  /**
   * Creates a date of birth.
   *
   * @param value the date; not before 1900-01-01
   * @return the date of birth
   * @throws ValidationException naming {@code dateOfBirth} if the date is implausibly early
   */
  public static DateOfBirth of(LocalDate value) {
    Objects.requireNonNull(value, "value");
    if (value.isBefore(EARLIEST)) {
      throw ValidationException.of("dateOfBirth", "must not be before 1900-01-01");
    }
    return new DateOfBirth(value);
  }

  /**
   * Parses an ISO date ({@code 2012-02-29}).
   *
   * @param iso the text
   * @return the date of birth
   * @throws ValidationException naming {@code dateOfBirth} if the text is not an ISO date
   */
  public static DateOfBirth parse(String iso) {
    Objects.requireNonNull(iso, "iso");
    try {
      return of(LocalDate.parse(iso.strip()));
    } catch (java.time.format.DateTimeParseException e) {
      throw ValidationException.of("dateOfBirth", "must be a date written as YYYY-MM-DD");
    }
  }

  /**
   * The date itself.
   *
   * @return the date of birth
   */
  public LocalDate value() {
    return value;
  }

  /**
   * Age in completed years on {@code date}.
   *
   * @param date the date the age is wanted for; not before the birth
   * @return completed years
   * @throws ValidationException if {@code date} is before the date of birth
   */
  public int ageOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(value)) {
      throw ValidationException.of(
          "dateOfBirth", "must not be after the date the age is wanted for");
    }
    return Period.between(value, date).getYears();
  }

  /**
   * The date on which the person reaches {@code years} of age.
   *
   * @param years an age in years
   * @return the birthday (for 29 February births in a common year, 1 March)
   */
  public LocalDate birthdayAtAge(int years) {
    LocalDate anniversary = value.plusYears(years);
    // plusYears clamps 29 February to 28 February; the age is not reached until the next day.
    return anniversary.getDayOfMonth() != value.getDayOfMonth()
        ? anniversary.plusDays(1)
        : anniversary;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateOfBirth d && d.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Reveals nothing: a date of birth is personal data. */
  @Override
  public String toString() {
    return "DateOfBirth[****-**-**]";
  }
}
