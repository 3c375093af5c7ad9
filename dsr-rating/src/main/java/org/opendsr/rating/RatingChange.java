package org.opendsr.rating;

import java.util.Objects;

/** How a rating moved between two assessments, in the severity order of {@link Rating}. */
public enum RatingChange {
  /** The later rating is more severe, for example Amber to Red or Red to Blue. */
  ESCALATED,
  /** The later rating is less severe, for example Red to Amber or Blue to Red on discharge. */
  DE_ESCALATED,
  /** The rating is the same. */
  UNCHANGED;

  /**
   * The change from one rating to another.
   *
   * @param previous the earlier rating; not null
   * @param current the later rating; not null
   * @return the change
   */
  public static RatingChange between(Rating previous, Rating current) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    if (current.isMoreSevereThan(previous)) {
      return ESCALATED;
    }
    return previous.isMoreSevereThan(current) ? DE_ESCALATED : UNCHANGED;
  }

  /**
   * The change between the final ratings of two recorded ratings.
   *
   * @param previous the earlier recorded rating; not null
   * @param current the later recorded rating; not null
   * @return the change
   */
  public static RatingChange between(RecordedRating previous, RecordedRating current) {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(current, "current");
    return between(previous.finalRating(), current.finalRating());
  }
}
