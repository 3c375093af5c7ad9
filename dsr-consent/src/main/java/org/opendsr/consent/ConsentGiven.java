package org.opendsr.consent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The person's own informed consent to one purpose.
 *
 * <p>It is a valid basis when, on its date, the person is 16 or over and not assessed as lacking
 * capacity for this decision (capacity is presumed, MCA 2005 s1(2)), or is under 16 and assessed as
 * Gillick competent for this decision.
 *
 * @param purpose what the consent is for
 * @param date the date consent was given
 * @param recordedBy opaque identifier of the user who recorded it, not blank
 */
public record ConsentGiven(Purpose purpose, LocalDate date, String recordedBy)
    implements ConsentRecord {

  /** Validates every field. */
  public ConsentGiven {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(date, "date");
    Checks.nonBlank(recordedBy, "recordedBy");
  }

  /**
   * Records the person's consent.
   *
   * @param purpose what the consent is for
   * @param date the date consent was given
   * @param recordedBy opaque identifier of the recording user
   * @return the record
   */
  public static ConsentGiven of(Purpose purpose, LocalDate date, String recordedBy) {
    return new ConsentGiven(purpose, date, recordedBy);
  }
}
