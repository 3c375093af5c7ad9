package org.opendsr.spring.boot;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Period;
import java.util.Map;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.rating.Rating;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The local policy as {@code opendsr.policy.*} properties. A property left out keeps the default of
 * {@link LocalPolicy#defaults()}, which names its source; a value given replaces it. Checked at
 * start-up twice: by Bean Validation on these properties, then by {@link LocalPolicy}'s own
 * invariants, each failure naming the property and the rule.
 *
 * <pre>
 * opendsr.policy.first-contact-working-days=5
 * opendsr.policy.suspected-autism-allowed=false
 * opendsr.policy.review-intervals.red=P2W
 * opendsr.policy.first-risk-review-within=P4W
 * opendsr.policy.rerate-within-working-days=5
 * opendsr.policy.due-soon-days=14
 * </pre>
 *
 * @param firstContactWorkingDays working days from a referral to first contact, 1 to 60
 * @param suspectedAutismAllowed whether a person awaiting an autism assessment may be included
 * @param reviewIntervals the interval to the next DSR review, for the ratings given
 * @param firstRiskReviewWithin time to the first risk review
 * @param rerateWithinWorkingDays working days after a C(E)TR or review to rate again, 0 to 60
 * @param dueSoonDays how many days ahead the worklist shows work as due soon, 0 to 366
 */
@Validated
@ConfigurationProperties("opendsr.policy")
public record OpenDsrPolicyProperties(
    @Min(1) @Max(60) Integer firstContactWorkingDays,
    Boolean suspectedAutismAllowed,
    Map<Rating, Period> reviewIntervals,
    Period firstRiskReviewWithin,
    @Min(0) @Max(60) Integer rerateWithinWorkingDays,
    @Min(0) @Max(366) Integer dueSoonDays) {

  private static final String PREFIX = "opendsr.policy.";

  /** Copies the map; every value may be absent. */
  public OpenDsrPolicyProperties {
    reviewIntervals = reviewIntervals == null ? Map.of() : Map.copyOf(reviewIntervals);
  }

  /**
   * The local policy: the defaults, with each property given replacing its default.
   *
   * @return the policy
   * @throws InvalidPolicyException naming each property and the rule it breaks
   */
  public LocalPolicy toLocalPolicy() {
    try {
      LocalPolicy policy = LocalPolicy.defaults();
      if (firstContactWorkingDays != null) {
        policy = policy.withFirstContactWorkingDays(firstContactWorkingDays);
      }
      if (suspectedAutismAllowed != null) {
        policy = policy.withSuspectedAutismAllowed(suspectedAutismAllowed);
      }
      for (Map.Entry<Rating, Period> interval : reviewIntervals.entrySet()) {
        policy = policy.withReviewInterval(interval.getKey(), interval.getValue());
      }
      if (firstRiskReviewWithin != null) {
        policy = policy.withFirstRiskReviewWithin(firstRiskReviewWithin);
      }
      if (rerateWithinWorkingDays != null) {
        policy = policy.withRerateWithinWorkingDays(rerateWithinWorkingDays);
      }
      if (dueSoonDays != null) {
        policy = policy.withDueSoonDays(dueSoonDays);
      }
      return policy;
    } catch (ValidationException e) {
      throw new InvalidPolicyException(e);
    }
  }

  /**
   * The configured local policy breaks one of {@link LocalPolicy}'s rules. The message names the
   * properties and the rules, never a value.
   */
  public static final class InvalidPolicyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    InvalidPolicyException(ValidationException cause) {
      super(describe(cause), cause);
    }

    private static String describe(ValidationException cause) {
      StringBuilder text = new StringBuilder("the OpenDSR local policy is not valid:");
      for (Violation v : cause.violations()) {
        text.append(' ').append(PREFIX).append(v.field()).append(": ").append(v.rule()).append(';');
      }
      return text.substring(0, text.length() - 1);
    }
  }
}
