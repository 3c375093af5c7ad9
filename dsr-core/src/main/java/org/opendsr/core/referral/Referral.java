package org.opendsr.core.referral;

import java.time.LocalDate;
import java.util.Objects;
import org.opendsr.core.ValidationException;
import org.opendsr.core.person.ContactDetails;

/**
 * A referral to the register.
 *
 * @param source who referred
 * @param date the date the referral was received; first contact is counted from it
 * @param referrerRole the referrer's role or relationship, e.g. "school nurse" or "parent" (not a
 *     name)
 * @param referrerContact how to reach the referrer
 */
public record Referral(
    ReferralSource source, LocalDate date, String referrerRole, ContactDetails referrerContact) {

  /** Validates every part. */
  public Referral {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(referrerRole, "referrerRole");
    Objects.requireNonNull(referrerContact, "referrerContact");
    if (referrerRole.isBlank()) {
      throw ValidationException.of("referral.referrerRole", "must not be blank");
    }
    if (referrerRole.length() > 200) {
      throw ValidationException.of("referral.referrerRole", "must be at most 200 characters");
    }
  }

  /**
   * Creates a referral.
   *
   * @param source who referred
   * @param date when it was received
   * @param referrerRole the referrer's role
   * @param referrerContact how to reach them
   * @return the referral
   */
  public static Referral of(
      ReferralSource source, LocalDate date, String referrerRole, ContactDetails referrerContact) {
    return new Referral(source, date, referrerRole, referrerContact);
  }
}
