package org.opendsr.core.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The ratings of an entry and the DSR reviews held, each in the order recorded.
 *
 * @param ratings the rating history
 * @param reviewsHeld dates of DSR reviews held
 */
public record RatingHistory(List<RatingRecord> ratings, List<LocalDate> reviewsHeld) {

  /** Copies both lists. */
  public RatingHistory {
    ratings = List.copyOf(Objects.requireNonNull(ratings, "ratings"));
    reviewsHeld = List.copyOf(Objects.requireNonNull(reviewsHeld, "reviewsHeld"));
  }

  /**
   * No rating and no review yet.
   *
   * @return an empty history
   */
  public static RatingHistory none() {
    return new RatingHistory(List.of(), List.of());
  }

  /**
   * This history with other ratings.
   *
   * @param newRatings the ratings
   * @return a new history
   */
  public RatingHistory withRatings(List<RatingRecord> newRatings) {
    return new RatingHistory(newRatings, reviewsHeld);
  }

  /**
   * This history with other DSR reviews.
   *
   * @param newReviewsHeld the dates of the reviews held
   * @return a new history
   */
  public RatingHistory withReviewsHeld(List<LocalDate> newReviewsHeld) {
    return new RatingHistory(ratings, newReviewsHeld);
  }
}
