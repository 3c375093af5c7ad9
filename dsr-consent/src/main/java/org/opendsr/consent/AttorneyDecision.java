package org.opendsr.consent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A decision by a registered health-and-welfare attorney under a lasting power of attorney (MCA
 * 2005 s9-s11).
 *
 * <p>An attorney must be 18 or over when the power is registered (MCA s10(1)), and can act only
 * once it is registered and only when the person (the donor, who must be 18 or over) lacks capacity
 * for this decision (MCA s11(7)(a)). So, like a best-interests decision, it is a valid basis only
 * with a current capacity assessment for the same decision finding the person lacks capacity.
 *
 * @param purpose the decision made
 * @param date the date of the decision, not before {@code lpaRegisteredOn}
 * @param recordedBy opaque identifier of the recording user, not blank
 * @param attorneyId opaque identifier of the attorney, not blank
 * @param attorneyDateOfBirth the attorney's date of birth; used only to check the age rule and
 *     never shown
 * @param lpaRegisteredOn the date the lasting power of attorney was registered
 * @param consents whether the attorney consents (true) or refuses (false)
 */
public record AttorneyDecision(
    Purpose purpose,
    LocalDate date,
    String recordedBy,
    String attorneyId,
    LocalDate attorneyDateOfBirth,
    LocalDate lpaRegisteredOn,
    boolean consents)
    implements ConsentRecord {

  /** Validates every field, the attorney's age at registration and the registration date. */
  public AttorneyDecision {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(date, "date");
    Checks.nonBlank(recordedBy, "recordedBy");
    Checks.nonBlank(attorneyId, "attorneyId");
    Objects.requireNonNull(attorneyDateOfBirth, "attorneyDateOfBirth");
    Objects.requireNonNull(lpaRegisteredOn, "lpaRegisteredOn");
    // MCA 2005 s10(1)(a): an attorney must be an individual aged 18 or over.
    if (lpaRegisteredOn.isBefore(attorneyDateOfBirth)
        || Ages.on(attorneyDateOfBirth, lpaRegisteredOn) < 18) {
      throw ConsentException.of(
          "attorneyDateOfBirth",
          "an attorney must be 18 or over when the power is registered",
          "attorneyDateOfBirth: an attorney must be 18 or over when the power is registered");
    }
    // MCA 2005 Sch 1: a lasting power of attorney cannot be used until it is registered.
    if (date.isBefore(lpaRegisteredOn)) {
      throw ConsentException.of(
          "date",
          "an attorney decision cannot predate registration of the power of attorney",
          "date: an attorney decision cannot predate registration of the power of attorney");
    }
  }

  /**
   * An attorney's consent.
   *
   * @param purpose the decision made
   * @param date the date of the decision
   * @param attorneyId opaque identifier of the attorney, who also records it
   * @param attorneyDateOfBirth the attorney's date of birth
   * @param lpaRegisteredOn the registration date of the lasting power of attorney
   * @return the record
   * @throws ConsentException if the attorney was under 18 at registration or the decision predates
   *     registration
   */
  public static AttorneyDecision consents(
      Purpose purpose,
      LocalDate date,
      String attorneyId,
      LocalDate attorneyDateOfBirth,
      LocalDate lpaRegisteredOn) {
    return new AttorneyDecision(
        purpose, date, attorneyId, attorneyId, attorneyDateOfBirth, lpaRegisteredOn, true);
  }

  /**
   * An attorney's refusal; it ends any basis for the purpose.
   *
   * @param purpose the decision made
   * @param date the date of the decision
   * @param attorneyId opaque identifier of the attorney, who also records it
   * @param attorneyDateOfBirth the attorney's date of birth
   * @param lpaRegisteredOn the registration date of the lasting power of attorney
   * @return the record
   * @throws ConsentException if the attorney was under 18 at registration or the decision predates
   *     registration
   */
  public static AttorneyDecision refuses(
      Purpose purpose,
      LocalDate date,
      String attorneyId,
      LocalDate attorneyDateOfBirth,
      LocalDate lpaRegisteredOn) {
    return new AttorneyDecision(
        purpose, date, attorneyId, attorneyId, attorneyDateOfBirth, lpaRegisteredOn, false);
  }

  /**
   * A description without the attorney's date of birth, which is personal data.
   *
   * @return the purpose, dates of decision and registration, identifiers and outcome
   */
  @Override
  public String toString() {
    return "AttorneyDecision[purpose=%s, date=%s, recordedBy=%s, attorneyId=%s, lpaRegisteredOn=%s, consents=%s]"
        .formatted(purpose, date, recordedBy, attorneyId, lpaRegisteredOn, consents);
  }
}
