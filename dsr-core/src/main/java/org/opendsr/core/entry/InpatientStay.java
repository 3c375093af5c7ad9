package org.opendsr.core.entry;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A stay in a mental health or specialist hospital.
 *
 * <p>The admission date is empty only for a person carried over from a legacy register that knew
 * them to be in hospital but not since when: the register never guesses the date, so no
 * post-admission review or place-lead awareness is scheduled until it is recorded, and a task asks
 * for it.
 *
 * @param admittedOn the date of admission; empty while it is to be recorded
 * @param hospitalId the current hospital's code (an ODS code or local code)
 * @param secure whether the current setting is secure
 * @param dischargedOn the date of discharge, once discharged
 */
public record InpatientStay(
    Optional<LocalDate> admittedOn,
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
   * A stay whose admission date is known.
   *
   * @param admittedOn the date of admission
   * @param hospitalId the current hospital's code
   * @param secure whether the current setting is secure
   * @param dischargedOn the date of discharge, once discharged
   */
  public InpatientStay(
      LocalDate admittedOn,
      HospitalCode hospitalId,
      boolean secure,
      Optional<LocalDate> dischargedOn) {
    this(
        Optional.of(Objects.requireNonNull(admittedOn, "admittedOn")),
        hospitalId,
        secure,
        dischargedOn);
  }

  /**
   * A stay with the hospital's code given as text, as the register's stores and files hold it.
   *
   * @param admittedOn the date of admission; empty while it is to be recorded
   * @param hospitalId the current hospital's code
   * @param secure whether the current setting is secure
   * @param dischargedOn the date of discharge, once discharged
   * @throws org.opendsr.core.ValidationException if the code is not well formed
   */
  public InpatientStay(
      Optional<LocalDate> admittedOn,
      String hospitalId,
      boolean secure,
      Optional<LocalDate> dischargedOn) {
    this(admittedOn, HospitalCode.of(hospitalId), secure, dischargedOn);
  }

  /**
   * A stay whose admission date is known, with the hospital's code given as text.
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
   * A current stay whose admission date is not known yet.
   *
   * @param hospitalId the current hospital's code
   * @param secure whether the current setting is secure
   * @return the stay
   * @throws org.opendsr.core.ValidationException if the code is not well formed
   */
  public static InpatientStay admissionDateUnknown(String hospitalId, boolean secure) {
    return admissionDateUnknown(HospitalCode.of(hospitalId), secure);
  }

  /**
   * A current stay whose admission date is not known yet.
   *
   * @param hospitalId the current hospital's code
   * @param secure whether the current setting is secure
   * @return the stay
   */
  public static InpatientStay admissionDateUnknown(HospitalCode hospitalId, boolean secure) {
    return new InpatientStay(Optional.empty(), hospitalId, secure, Optional.empty());
  }

  /**
   * Whether the admission date is recorded.
   *
   * @return false while it is to be recorded
   */
  public boolean admissionDateKnown() {
    return admittedOn.isPresent();
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
