package org.opendsr.core.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.opendsr.consent.Basis;

/** Whether a referral is accepted, stays pending, or is declined; always with why. */
public sealed interface ReferralDecision
    permits ReferralDecision.Accepted, ReferralDecision.Pending, ReferralDecision.Declined {

  /**
   * Accepted: a permitted inclusion basis and a qualifying diagnosis.
   *
   * @param basis the inclusion basis relied on
   * @param basisValidUntil the last day the basis may be relied on before a re-check
   */
  record Accepted(Basis basis, LocalDate basisValidUntil) implements ReferralDecision {
    /** Validates both parts. */
    public Accepted {
      Objects.requireNonNull(basis, "basis");
      Objects.requireNonNull(basisValidUntil, "basisValidUntil");
    }
  }

  /**
   * Pending: something may still come, typically consent not yet recorded.
   *
   * @param reasons what is missing, free of personal data; not empty
   */
  record Pending(List<String> reasons) implements ReferralDecision {
    /** Copies the reasons. */
    public Pending {
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("a pending referral needs a reason");
      }
    }
  }

  /**
   * Declined: the diagnosis does not qualify, or inclusion was refused.
   *
   * @param reasons why, free of personal data; not empty
   */
  record Declined(List<String> reasons) implements ReferralDecision {
    /** Copies the reasons. */
    public Declined {
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("a declined referral needs a reason");
      }
    }
  }
}
