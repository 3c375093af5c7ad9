package org.opendsr.core.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.opendsr.consent.ConsentPolicy;
import org.opendsr.core.ValidationException;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingPolicy;

/**
 * What a local system has agreed, as data. Use {@link #defaults()} and change single values with
 * the {@code with...} methods; every default names its source in {@code docs/sources.md}.
 *
 * @param firstContactWorkingDays working days from a referral to first contact with the person
 * @param suspectedAutismAllowed whether a person awaiting an autism assessment may be included
 * @param reviewIntervals time from a rating (or a DSR review) to the next DSR review, per rating;
 *     every rating has one
 * @param firstRiskReviewWithin time from the referral to the first risk review (the first rating
 *     recorded is that review)
 * @param rerateWithinWorkingDays working days after a C(E)TR, a DSR review or a discharge within
 *     which the person is rated again
 * @param cetrTimescales C(E)TR and inpatient timescales
 * @param consentPolicy consent re-check and assessment staleness
 * @param ratingPolicy keyworker ages and whether the keyworker offer covers Blue
 * @param dueSoonDays how many days ahead a worklist shows work as "due soon"
 */
public record LocalPolicy(
    @Min(1) int firstContactWorkingDays,
    boolean suspectedAutismAllowed,
    @NotNull Map<@NotNull Rating, @NotNull Period> reviewIntervals,
    @NotNull Period firstRiskReviewWithin,
    @Min(0) int rerateWithinWorkingDays,
    @NotNull CetrTimescales cetrTimescales,
    @NotNull @Valid ConsentPolicy consentPolicy,
    @NotNull RatingPolicy ratingPolicy,
    @Min(0) int dueSoonDays) {

  /** Validates every value and copies the map. */
  public LocalPolicy {
    Objects.requireNonNull(reviewIntervals, "reviewIntervals");
    Objects.requireNonNull(cetrTimescales, "cetrTimescales");
    Objects.requireNonNull(consentPolicy, "consentPolicy");
    Objects.requireNonNull(ratingPolicy, "ratingPolicy");
    if (firstContactWorkingDays < 1) {
      throw ValidationException.of("firstContactWorkingDays", "must be at least 1");
    }
    if (rerateWithinWorkingDays < 0) {
      throw ValidationException.of("rerateWithinWorkingDays", "must not be negative");
    }
    if (dueSoonDays < 0) {
      throw ValidationException.of("dueSoonDays", "must not be negative");
    }
    for (Rating rating : Rating.values()) {
      if (!reviewIntervals.containsKey(rating)) {
        throw ValidationException.of("reviewIntervals", "must give an interval for " + rating);
      }
      requirePositive(reviewIntervals.get(rating), "reviewIntervals." + rating);
    }
    requirePositive(firstRiskReviewWithin, "firstRiskReviewWithin");
    reviewIntervals = Map.copyOf(new EnumMap<>(reviewIntervals));
  }

  /**
   * The documented defaults.
   *
   * @return the default policy
   */
  public static LocalPolicy defaults() {
    Map<Rating, Period> intervals = new EnumMap<>(Rating.class);
    // Local practice, configurable: no national interval exists; fortnightly multi-agency review
    // for the most at risk.
    intervals.put(Rating.RED, Period.ofWeeks(2));
    // Local practice, configurable: monthly for others at immediate risk without intervention.
    intervals.put(Rating.AMBER, Period.ofWeeks(4));
    // Local practice, configurable: quarterly while risks are managed.
    intervals.put(Rating.GREEN, Period.ofMonths(3));
    // Local practice, configurable: inpatients are followed by the C(E)TR cycle; the register
    // still looks at them quarterly.
    intervals.put(Rating.BLUE, Period.ofMonths(3));
    return new LocalPolicy(
        // Coventry and Warwickshire ICB DSR page: contact the referred person within 5 working
        // days (a local standard).
        5,
        // NHS England DSR and C(E)TR policy (2023) permits considering people awaiting an autism
        // assessment; off by default in OpenDSR.
        false,
        intervals,
        // Local practice, configurable: a risk review within 4 weeks of referral, counted from the
        // referral date (not from acceptance).
        Period.ofWeeks(4),
        // Local practice, configurable: NHS England DSR and C(E)TR policy (2023) asks for a new
        // rating after every C(E)TR and review without a timescale; one working week.
        5,
        CetrTimescales.national(),
        // dsr-consent defaults: re-check yearly (local practice, configurable).
        ConsentPolicy.defaults(),
        // dsr-rating national defaults: keyworker for ages 0-25 (Keyworker programme).
        RatingPolicy.nationalDefaults(),
        // Local practice, configurable: a worklist looks two weeks ahead.
        14);
  }

  /**
   * The interval to the next DSR review for a rating.
   *
   * @param rating the current rating
   * @return the interval
   */
  public Period reviewInterval(Rating rating) {
    return reviewIntervals.get(Objects.requireNonNull(rating, "rating"));
  }

  /**
   * This policy with another first-contact standard.
   *
   * @param workingDays working days, at least 1
   * @return a new policy
   */
  public LocalPolicy withFirstContactWorkingDays(int workingDays) {
    return new LocalPolicy(
        workingDays,
        suspectedAutismAllowed,
        reviewIntervals,
        firstRiskReviewWithin,
        rerateWithinWorkingDays,
        cetrTimescales,
        consentPolicy,
        ratingPolicy,
        dueSoonDays);
  }

  /**
   * This policy with the suspected-autism option set.
   *
   * @param allowed whether people awaiting an autism assessment may be included
   * @return a new policy
   */
  public LocalPolicy withSuspectedAutismAllowed(boolean allowed) {
    return new LocalPolicy(
        firstContactWorkingDays,
        allowed,
        reviewIntervals,
        firstRiskReviewWithin,
        rerateWithinWorkingDays,
        cetrTimescales,
        consentPolicy,
        ratingPolicy,
        dueSoonDays);
  }

  /**
   * This policy with another review interval for one rating.
   *
   * @param rating the rating
   * @param interval the interval, positive
   * @return a new policy
   */
  public LocalPolicy withReviewInterval(Rating rating, Period interval) {
    Map<Rating, Period> intervals = new EnumMap<>(reviewIntervals);
    intervals.put(Objects.requireNonNull(rating, "rating"), interval);
    return new LocalPolicy(
        firstContactWorkingDays,
        suspectedAutismAllowed,
        intervals,
        firstRiskReviewWithin,
        rerateWithinWorkingDays,
        cetrTimescales,
        consentPolicy,
        ratingPolicy,
        dueSoonDays);
  }

  /**
   * This policy with another "due soon" horizon.
   *
   * @param days days ahead, zero or more
   * @return a new policy
   */
  public LocalPolicy withDueSoonDays(int days) {
    return new LocalPolicy(
        firstContactWorkingDays,
        suspectedAutismAllowed,
        reviewIntervals,
        firstRiskReviewWithin,
        rerateWithinWorkingDays,
        cetrTimescales,
        consentPolicy,
        ratingPolicy,
        days);
  }

  /**
   * This policy with another re-rating standard.
   *
   * @param workingDays working days, zero or more
   * @return a new policy
   */
  public LocalPolicy withRerateWithinWorkingDays(int workingDays) {
    return new LocalPolicy(
        firstContactWorkingDays,
        suspectedAutismAllowed,
        reviewIntervals,
        firstRiskReviewWithin,
        workingDays,
        cetrTimescales,
        consentPolicy,
        ratingPolicy,
        dueSoonDays);
  }

  /**
   * This policy with another consent policy.
   *
   * @param policy the consent policy
   * @return a new policy
   */
  public LocalPolicy withConsentPolicy(ConsentPolicy policy) {
    return new LocalPolicy(
        firstContactWorkingDays,
        suspectedAutismAllowed,
        reviewIntervals,
        firstRiskReviewWithin,
        rerateWithinWorkingDays,
        cetrTimescales,
        policy,
        ratingPolicy,
        dueSoonDays);
  }

  /**
   * This policy with other C(E)TR timescales.
   *
   * @param timescales the timescales
   * @return a new policy
   */
  public LocalPolicy withCetrTimescales(CetrTimescales timescales) {
    return new LocalPolicy(
        firstContactWorkingDays,
        suspectedAutismAllowed,
        reviewIntervals,
        firstRiskReviewWithin,
        rerateWithinWorkingDays,
        timescales,
        consentPolicy,
        ratingPolicy,
        dueSoonDays);
  }

  /**
   * This policy with another time to the first risk review.
   *
   * @param within the time from referral to the first risk review; positive
   * @return a new policy
   * @throws ValidationException if the period is not positive
   */
  public LocalPolicy withFirstRiskReviewWithin(Period within) {
    return new LocalPolicy(
        firstContactWorkingDays,
        suspectedAutismAllowed,
        reviewIntervals,
        within,
        rerateWithinWorkingDays,
        cetrTimescales,
        consentPolicy,
        ratingPolicy,
        dueSoonDays);
  }

  static void requirePositive(Period period, String field) {
    CetrTimescales.check(period, field);
  }
}
