package org.opendsr.core.reporting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.opendsr.core.person.DateOfBirth;

/**
 * The age groups reports count by. A date of birth is reduced to a band as soon as it is received
 * and is never kept.
 *
 * <p>Boundaries follow the points where DSR rules change (NHS England DSR and C(E)TR policy (2023);
 * Keyworker programme): 14-17 is the move towards adult services; the keyworker offer covers 0-25
 * (so 25 closes a band); 18 is the move from C(E)TR to CTR; 65 marks the usual older-adult
 * services. The bands are wide on purpose, to keep counts above the suppression threshold.
 */
public enum AgeBand {
  /** Children aged 0 to 13. */
  AGE_0_TO_13(0, 13, "0-13"),
  /** Young people aged 14 to 17. */
  AGE_14_TO_17(14, 17, "14-17"),
  /** Young adults aged 18 to 25, still in scope of the keyworker offer. */
  AGE_18_TO_25(18, 25, "18-25"),
  /** Adults aged 26 to 64. */
  AGE_26_TO_64(26, 64, "26-64"),
  /** Adults aged 65 and over. */
  AGE_65_AND_OVER(65, Integer.MAX_VALUE, "65+");

  private final int from;
  private final int to;
  private final String label;

  AgeBand(int from, int to, String label) {
    this.from = from;
    this.to = to;
    this.label = label;
  }

  /**
   * The band an age in completed years falls in.
   *
   * @param years age in completed years; not negative
   * @return the band
   * @throws IllegalArgumentException if {@code years} is negative
   */
  public static AgeBand of(int years) {
    if (years < 0) {
      throw new IllegalArgumentException("an age must not be negative");
    }
    // The last band is open-ended, so a band is always found.
    return Arrays.stream(values()).filter(band -> years <= band.to).findFirst().orElseThrow();
  }

  /**
   * The band a person is in on a date; the date of birth is used and then forgotten.
   *
   * @param dateOfBirth the person's date of birth; not null
   * @param on the date the age is wanted for, usually the report date; not null
   * @return the band
   * @throws org.opendsr.core.ValidationException if {@code on} is before the date of birth
   */
  public static AgeBand on(DateOfBirth dateOfBirth, LocalDate on) {
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(on, "on");
    return of(dateOfBirth.ageOn(on));
  }

  /**
   * The youngest age in the band.
   *
   * @return completed years
   */
  public int from() {
    return from;
  }

  /**
   * The label used in published tables, e.g. {@code "18-25"} or {@code "65+"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
