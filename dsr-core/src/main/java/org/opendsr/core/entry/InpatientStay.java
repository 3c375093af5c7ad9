package org.opendsr.core.entry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A stay in a mental health or specialist hospital.
 *
 * @param admittedOn the date of admission
 * @param hospitalId the current hospital's code (an ODS code or local code)
 * @param secure whether the current setting is secure
 * @param dischargedOn the date of discharge, once discharged
 */
public record InpatientStay(
    LocalDate admittedOn,
    HospitalCode hospitalId,
    boolean secure,
    Optional<LocalDate> dischargedOn) {

  /** Validates every part. */
  public InpatientStay {
    Objects.requireNonNull(admittedOn, "admittedOn");
    Objects.requireNonNull(hospitalId, "hospitalId");
    Objects.requireNonNull(dischargedOn, "dischargedOn");
  }

  /**
   * A stay with the hospital's code given as text, as the register's stores and files hold it.
   *
   * @param admittedOn the date of admission
   * @param hospitalId the current hospital's code
   * @param secure whether the current setting is secure
   * @param dischargedOn the date of discharge, once discharged
   * @throws org.opendsr.core.ValidationException if the code is not well formed
   */
  public InpatientStay(
      LocalDate admittedOn, String hospitalId, boolean secure, Optional<LocalDate> dischargedOn) {
    this(admittedOn, HospitalCode.of(hospitalId), secure, dischargedOn);
  }

  /**
   * Whether the person is still in hospital.
   *
   * @return true until discharged
   */
  public boolean isCurrent() {
    return dischargedOn.isEmpty();
  }
}
