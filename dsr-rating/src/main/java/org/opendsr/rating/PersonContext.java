package org.opendsr.rating;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The circumstances of the person being rated that the rating rules need, as they are on the
 * assessment date. Holds no name or identifier; the date of birth is never printed.
 *
 * @param dateOfBirth the person's date of birth; not null
 * @param inpatient whether the person is currently an inpatient in a mental health or specialist
 *     hospital (makes the rating Blue)
 * @param knownToKeyworkerService whether the person is already known to the keyworker service (no
 *     new keyworker referral is then suggested)
 */
public record PersonContext(
    LocalDate dateOfBirth, boolean inpatient, boolean knownToKeyworkerService) {

  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if {@code dateOfBirth} is null
   */
  public PersonContext {
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
  }

  /**
   * A person living in the community, not known to the keyworker service.
   *
   * @param dateOfBirth the date of birth; not null
   * @return the context
   */
  public static PersonContext inCommunity(LocalDate dateOfBirth) {
    return new PersonContext(dateOfBirth, false, false);
  }

  /**
   * A copy with the inpatient flag set.
   *
   * @param isInpatient whether the person is currently an inpatient
   * @return the changed context
   */
  public PersonContext withInpatient(boolean isInpatient) {
    return new PersonContext(dateOfBirth, isInpatient, knownToKeyworkerService);
  }

  /**
   * A copy with the keyworker flag set.
   *
   * @param known whether the person is already known to the keyworker service
   * @return the changed context
   */
  public PersonContext withKnownToKeyworkerService(boolean known) {
    return new PersonContext(dateOfBirth, inpatient, known);
  }

  /**
   * The person's age in completed years on a date. A birthday is reached on the same month and day;
   * a person born on 29 February reaches it on 1 March in a year that is not a leap year (as {@link
   * java.time.Period#between} counts it).
   *
   * @param date the date, usually the assessment date; not null
   * @return the age in whole years
   * @throws RatingException if {@code date} is before the date of birth
   */
  public int ageOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(dateOfBirth)) {
      throw RatingException.of(
          "date",
          "must not be before the date of birth",
          "assessment date must not be before the date of birth");
    }
    int age = date.getYear() - dateOfBirth.getYear();
    int month = date.getMonthValue();
    int birthMonth = dateOfBirth.getMonthValue();
    if (month < birthMonth
        || (month == birthMonth && date.getDayOfMonth() < dateOfBirth.getDayOfMonth())) {
      age--;
    }
    return age;
  }

  /**
   * Whether the person qualifies for a keyworker referral apart from the rating: within the
   * policy's age range on the date and not already known to the keyworker service.
   *
   * @param date the assessment date; not null
   * @param policy the local options; not null
   * @return {@code true} when a qualifying rating would bring a keyworker referral
   * @throws RatingException if {@code date} is before the date of birth
   */
  public boolean meetsKeyworkerCriteria(LocalDate date, RatingPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return !knownToKeyworkerService && policy.keyworkerAgeCovers(ageOn(date));
  }

  /** Prints the flags only: the date of birth is personal data. */
  @Override
  public String toString() {
    return "PersonContext[dateOfBirth=***, inpatient="
        + inpatient
        + ", knownToKeyworkerService="
        + knownToKeyworkerService
        + "]";
  }
}
