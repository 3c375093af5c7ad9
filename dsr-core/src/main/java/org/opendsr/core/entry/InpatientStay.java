package org.opendsr.core.entry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A stay in a mental health or specialist hospital.
 *
 * @param admittedOn the date of admission
 * @param hospitalId the current hospital's identifier (an ODS code or local code)
 * @param secure whether the current setting is secure
 * @param dischargedOn the date of discharge, once discharged
 */
public record InpatientStay(
    LocalDate admittedOn, String hospitalId, boolean secure, Optional<LocalDate> dischargedOn) {

  /** Validates every part. */
  public InpatientStay {
    Objects.requireNonNull(admittedOn, "admittedOn");
    Objects.requireNonNull(hospitalId, "hospitalId");
    Objects.requireNonNull(dischargedOn, "dischargedOn");
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
