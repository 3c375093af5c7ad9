package org.opendsr.core.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.opendsr.consent.AttorneyDecision;
import org.opendsr.consent.BestInterestsDecision;
import org.opendsr.consent.ConsentDecision;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.ConsentRefused;
import org.opendsr.consent.ConsentRules;
import org.opendsr.consent.Purpose;
import org.opendsr.consent.Withdrawal;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.policy.LocalPolicy;

/**
 * The acceptance rule for referrals, as a pure function (NHS England DSR and C(E)TR policy (2023)).
 *
 * <ol>
 *   <li>A diagnosis that does not qualify (suspected autism where local policy does not allow it)
 *       declines the referral.
 *   <li>A {@link ConsentDecision.Permitted} decision for {@link Purpose#inclusion()} on the date
 *       accepts it.
 *   <li>Otherwise, if the last inclusion record is a refusal, a withdrawal, or a best-interests or
 *       attorney decision against inclusion, the referral is declined; else it stays pending (for
 *       example while consent has not yet been asked).
 * </ol>
 */
public final class ReferralRules {

  private ReferralRules() {}

  /**
   * Decides a referral.
   *
   * @param dateOfBirth the person's date of birth
   * @param diagnosis the diagnosis on the referral
   * @param consentRecords the person's consent history for this episode
   * @param asOf the date of the decision
   * @param policy local policy
   * @return accepted, pending or declined, with reasons
   */
  public static ReferralDecision decide(
      DateOfBirth dateOfBirth,
      Diagnosis diagnosis,
      List<ConsentRecord> consentRecords,
      LocalDate asOf,
      LocalPolicy policy) {
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(diagnosis, "diagnosis");
    Objects.requireNonNull(consentRecords, "consentRecords");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(policy, "policy");
    if (!diagnosis.qualifiesForInclusion(policy.suspectedAutismAllowed())) {
      return new ReferralDecision.Declined(
          List.of(
              "diagnosis: a learning disability and/or autism diagnosis is required; local policy"
                  + " does not include people awaiting an autism assessment"));
    }
    ConsentDecision decision =
        ConsentRules.decide(
            dateOfBirth.value(), Purpose.inclusion(), consentRecords, asOf, policy.consentPolicy());
    if (decision instanceof ConsentDecision.Permitted permitted) {
      return new ReferralDecision.Accepted(permitted.basis(), permitted.validUntil());
    }
    List<String> reasons = ((ConsentDecision.NotPermitted) decision).reasons();
    return lastInclusionRecordRefuses(consentRecords, asOf)
        ? new ReferralDecision.Declined(reasons)
        : new ReferralDecision.Pending(reasons);
  }

  private static boolean lastInclusionRecordRefuses(List<ConsentRecord> records, LocalDate asOf) {
    ConsentRecord last = null;
    for (ConsentRecord r : records) {
      if (r.purpose().equals(Purpose.inclusion())
          && !r.date().isAfter(asOf)
          && (last == null || !r.date().isBefore(last.date()))) {
        last = r;
      }
    }
    return last != null && refuses(last);
  }

  /**
   * Whether a consent record, on its own, says no to its purpose.
   *
   * @param record the record
   * @return true for a refusal, a withdrawal, or a best-interests or attorney decision against
   */
  public static boolean refuses(ConsentRecord record) {
    Objects.requireNonNull(record, "record");
    return record instanceof ConsentRefused
        || record instanceof Withdrawal
        || (record instanceof BestInterestsDecision b && !b.inBestInterests())
        || (record instanceof AttorneyDecision a && !a.consents());
  }
}
