package org.opendsr.consent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The person's own refusal of one purpose.
 *
 * <p>A refusal by a person with capacity (or a Gillick competent child) ends any basis for this
 * purpose from its date. It changes nothing else: other purposes, and the care the person gets, are
 * untouched (Local DSR and C(E)TR page for citizens; Coventry and Warwickshire ICB DSR page). A
 * refusal by a person assessed as lacking capacity, or by a child not assessed as Gillick
 * competent, does not end a best-interests or parental basis but is flagged as a {@link Conflict}
 * for review.
 *
 * @param purpose what was refused
 * @param date the date of the refusal
 * @param recordedBy opaque identifier of the user who recorded it, not blank
 */
public record ConsentRefused(Purpose purpose, LocalDate date, String recordedBy)
    implements ConsentRecord {

  /** Validates every field. */
  public ConsentRefused {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(date, "date");
    Checks.nonBlank(recordedBy, "recordedBy");
  }

  /**
   * Records the person's refusal.
   *
   * @param purpose what was refused
   * @param date the date of the refusal
   * @param recordedBy opaque identifier of the recording user
   * @return the record
   */
  public static ConsentRefused of(Purpose purpose, LocalDate date, String recordedBy) {
    return new ConsentRefused(purpose, date, recordedBy);
  }
}
