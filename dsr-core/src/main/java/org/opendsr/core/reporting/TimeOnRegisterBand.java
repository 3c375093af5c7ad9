package org.opendsr.core.reporting;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How long an entry episode has been on the register on a date, in bands.
 *
 * <p>The bands are a local choice, not national: they follow the quarterly and yearly rhythm of
 * reviews and commissioning, and are wide enough to keep counts above the suppression threshold.
 * Time counts from the date the episode was added; months are completed calendar months ({@link
 * Period#between}).
 */
public enum TimeOnRegisterBand {
  /** Less than 3 completed months. */
  UNDER_3_MONTHS(0, "Under 3 months"),
  /** From 3 to under 6 months. */
  FROM_3_TO_6_MONTHS(3, "3 to under 6 months"),
  /** From 6 to under 12 months. */
  FROM_6_TO_12_MONTHS(6, "6 to under 12 months"),
  /** From 1 to under 2 years. */
  FROM_1_TO_2_YEARS(12, "1 to under 2 years"),
  /** 2 years or more. */
  TWO_YEARS_OR_MORE(24, "2 years or more");

  private final int fromMonths;
  private final String label;

  TimeOnRegisterBand(int fromMonths, String label) {
    this.fromMonths = fromMonths;
    this.label = label;
  }

  /**
   * The band for an episode added on {@code added}, seen on {@code on}.
   *
   * @param added the date the episode was added; not null
   * @param on the date of the report; not before {@code added}
   * @return the band
   * @throws IllegalArgumentException if {@code on} is before {@code added}
   */
  public static TimeOnRegisterBand between(LocalDate added, LocalDate on) {
    Objects.requireNonNull(added, "added");
    Objects.requireNonNull(on, "on");
    if (on.isBefore(added)) {
      throw new IllegalArgumentException("the report date must not be before the date added");
    }
    long months = Period.between(added, on).toTotalMonths();
    TimeOnRegisterBand result = UNDER_3_MONTHS;
    for (TimeOnRegisterBand band : values()) {
      if (months >= band.fromMonths) {
        result = band;
      }
    }
    return result;
  }

  /**
   * The label used in published tables.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
