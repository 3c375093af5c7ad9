package org.opendsr.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A process that the national table links to a rating (national policy 2023), with the condition
 * under which it applies.
 *
 * <table>
 *   <caption>Linked processes</caption>
 *   <tr><th>process</th><th>applies to</th></tr>
 *   <tr><td>{@link #INPATIENT_REVIEW_CYCLE}</td><td>Blue</td></tr>
 *   <tr><td>{@link #CETR_MUST_TAKE_PLACE}</td><td>Red</td></tr>
 *   <tr><td>{@link #MULTI_AGENCY_MEETING_OR_CETR}</td><td>Amber</td></tr>
 *   <tr><td>{@link #IDENTIFY_CETR_PARTNERS}</td><td>Green</td></tr>
 *   <tr><td>{@link #KEYWORKER_REFERRAL}</td><td>Red and Amber (and Blue when {@link
 *       RatingPolicy#keyworkerOfferCoversBlue()}), for a person aged within the policy's keyworker
 *       range (0–25 by default) on the assessment date and not already known to the keyworker
 *       service</td></tr>
 * </table>
 */
public enum LinkedProcess {
  /** The inpatient C(E)TR cycle: post-admission review, then repeat reviews while in hospital. */
  INPATIENT_REVIEW_CYCLE(
      "Inpatient C(E)TR cycle: post-admission review and repeat reviews while in hospital"),
  /** A Care (Education) and Treatment Review must take place. */
  CETR_MUST_TAKE_PLACE("A C(E)TR must take place"),
  /** A multi-agency meeting and/or a C(E)TR. */
  MULTI_AGENCY_MEETING_OR_CETR("Multi-agency meeting and/or C(E)TR"),
  /** Identify the partners who would take part in a C(E)TR if one were needed. */
  IDENTIFY_CETR_PARTNERS("Clear identification of the partners who would take part in a C(E)TR"),
  /** Referral to the keyworker service for children and young people. */
  KEYWORKER_REFERRAL(
      "Referral to the keyworker service (ages 0–25), if not already known to the service");

  // Precomputed lists, indexed by rating ordinal; the decision path only picks one.
  private static final List<List<LinkedProcess>> WITHOUT_KEYWORKER = new ArrayList<>();
  private static final List<List<LinkedProcess>> WITH_KEYWORKER = new ArrayList<>();

  static {
    for (Rating rating : Rating.values()) {
      LinkedProcess base = baseFor(rating);
      WITHOUT_KEYWORKER.add(List.of(base));
      WITH_KEYWORKER.add(List.of(base, KEYWORKER_REFERRAL));
    }
  }

  private final String description;

  LinkedProcess(String description) {
    this.description = description;
  }

  /**
   * What the process is, as the national table words it.
   *
   * @return a readable description
   */
  public String description() {
    return description;
  }

  private static LinkedProcess baseFor(Rating rating) {
    return switch (rating) {
      case BLUE -> INPATIENT_REVIEW_CYCLE;
      case RED -> CETR_MUST_TAKE_PLACE;
      case AMBER -> MULTI_AGENCY_MEETING_OR_CETR;
      case GREEN -> IDENTIFY_CETR_PARTNERS;
    };
  }

  /**
   * The processes that apply to a rating for a person.
   *
   * @param rating the rating; not null
   * @param keyworkerCriteriaMet whether the person is within the policy's keyworker age range on
   *     the assessment date and not already known to the keyworker service (see {@link
   *     PersonContext#meetsKeyworkerCriteria(java.time.LocalDate, RatingPolicy)})
   * @param policy the local options; not null
   * @return an immutable list: the rating's own process first, then {@link #KEYWORKER_REFERRAL}
   *     when it applies
   */
  public static List<LinkedProcess> applicableTo(
      Rating rating, boolean keyworkerCriteriaMet, RatingPolicy policy) {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(policy, "policy");
    boolean keyworker = keyworkerCriteriaMet && policy.keyworkerOfferedFor(rating);
    return (keyworker ? WITH_KEYWORKER : WITHOUT_KEYWORKER).get(rating.ordinal());
  }

  /**
   * The processes the national table links to a rating whatever the person's circumstances, that is
   * without the conditional keyworker referral.
   *
   * @param rating the rating; not null
   * @return an immutable list with one process
   */
  public static List<LinkedProcess> unconditionalFor(Rating rating) {
    Objects.requireNonNull(rating, "rating");
    return WITHOUT_KEYWORKER.get(rating.ordinal());
  }
}
