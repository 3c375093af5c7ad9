package org.opendsr.consent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Consent to one purpose withdrawn. Consent can be withdrawn at any time, with effect from that
 * moment (NHS England DSR and C(E)TR policy (2023); Coventry and Warwickshire ICB DSR page): from
 * its date the withdrawal wins over every earlier consent, best-interests decision, parental
 * consent or attorney decision for the purpose, including one recorded on the same day. Only a new
 * consent-type record dated later permits again.
 *
 * @param purpose what the withdrawal is for
 * @param date the date of the withdrawal
 * @param withdrawnBy opaque identifier of who withdrew (the person, a person with parental
 *     responsibility, an attorney, a decision maker), not blank
 * @param recordedBy opaque identifier of the user who recorded it, not blank
 */
public record Withdrawal(Purpose purpose, LocalDate date, String withdrawnBy, String recordedBy)
    implements ConsentRecord {

  /** Validates every field. */
  public Withdrawal {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(date, "date");
    Checks.nonBlank(withdrawnBy, "withdrawnBy");
    Checks.nonBlank(recordedBy, "recordedBy");
  }

  /**
   * Records a withdrawal.
   *
   * @param purpose what the withdrawal is for
   * @param date the date of the withdrawal
   * @param withdrawnBy opaque identifier of who withdrew
   * @param recordedBy opaque identifier of the recording user
   * @return the record
   */
  public static Withdrawal of(
      Purpose purpose, LocalDate date, String withdrawnBy, String recordedBy) {
    return new Withdrawal(purpose, date, withdrawnBy, recordedBy);
  }
}
