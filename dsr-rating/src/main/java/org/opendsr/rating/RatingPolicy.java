package org.opendsr.rating;

/**
 * The local options of a health system that change what follows from a rating.
 *
 * <p>Defaults ({@link #nationalDefaults()}):
 *
 * <ul>
 *   <li>{@code keyworkerOfferCoversBlue = false}: the national table links the keyworker referral
 *       to Red and Amber only; some systems also offer it to inpatients (local practice,
 *       configurable).
 *   <li>{@code keyworkerMinimumAge = 0}, {@code keyworkerMaximumAge = 25}: the keyworker service is
 *       for children and young people aged 0 to 25 inclusive (national policy 2023).
 * </ul>
 *
 * @param keyworkerOfferCoversBlue whether a Blue rating also brings a keyworker referral
 * @param keyworkerMinimumAge the youngest age, in whole years on the assessment date, offered a
 *     keyworker referral; at least 0
 * @param keyworkerMaximumAge the oldest age, in whole years on the assessment date, offered a
 *     keyworker referral; not less than the minimum
 */
public record RatingPolicy(
    boolean keyworkerOfferCoversBlue, int keyworkerMinimumAge, int keyworkerMaximumAge) {

  /** Youngest age offered a keyworker (national policy 2023: "0–25 years"). */
  public static final int NATIONAL_KEYWORKER_MINIMUM_AGE = 0;

  /** Oldest age offered a keyworker (national policy 2023: "0–25 years", inclusive). */
  public static final int NATIONAL_KEYWORKER_MAXIMUM_AGE = 25;

  private static final RatingPolicy NATIONAL =
      // Blue not covered: local practice, configurable; ages from the national policy 2023.
      new RatingPolicy(false, NATIONAL_KEYWORKER_MINIMUM_AGE, NATIONAL_KEYWORKER_MAXIMUM_AGE);

  /**
   * Checks the age range.
   *
   * @throws RatingException if the minimum age is negative or the maximum is below the minimum
   */
  public RatingPolicy {
    if (keyworkerMinimumAge < 0) {
      throw RatingException.of(
          "keyworkerMinimumAge",
          "must not be negative",
          "keyworkerMinimumAge must not be negative");
    }
    if (keyworkerMaximumAge < keyworkerMinimumAge) {
      throw RatingException.of(
          "keyworkerMaximumAge",
          "must not be below keyworkerMinimumAge",
          "keyworkerMaximumAge must not be below keyworkerMinimumAge");
    }
  }

  /**
   * The national policy: keyworker referral for Red and Amber, ages 0 to 25 inclusive.
   *
   * @return the default policy
   */
  public static RatingPolicy nationalDefaults() {
    return NATIONAL;
  }

  /**
   * A copy of this policy with the Blue option set.
   *
   * @param covers whether a Blue rating also brings a keyworker referral
   * @return the changed policy
   */
  public RatingPolicy withKeyworkerOfferCoveringBlue(boolean covers) {
    return new RatingPolicy(covers, keyworkerMinimumAge, keyworkerMaximumAge);
  }

  /**
   * A copy of this policy with another keyworker age range.
   *
   * @param minimumAge youngest age offered, inclusive
   * @param maximumAge oldest age offered, inclusive
   * @return the changed policy
   * @throws RatingException if the range is invalid
   */
  public RatingPolicy withKeyworkerAges(int minimumAge, int maximumAge) {
    return new RatingPolicy(keyworkerOfferCoversBlue, minimumAge, maximumAge);
  }

  /**
   * Whether a person of this age, in whole years, is within the keyworker age range.
   *
   * @param age age in whole years on the assessment date
   * @return {@code true} when {@code minimum <= age <= maximum}
   */
  public boolean keyworkerAgeCovers(int age) {
    return age >= keyworkerMinimumAge && age <= keyworkerMaximumAge;
  }

  /**
   * Whether the keyworker referral is linked to this rating under this policy.
   *
   * @param rating a rating; not null
   * @return {@code true} for Red and Amber, and for Blue when {@link #keyworkerOfferCoversBlue()}
   */
  public boolean keyworkerOfferedFor(Rating rating) {
    return switch (rating) {
      case RED, AMBER -> true;
      case BLUE -> keyworkerOfferCoversBlue;
      case GREEN -> false;
    };
  }
}
