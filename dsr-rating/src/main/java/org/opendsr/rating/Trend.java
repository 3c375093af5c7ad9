package org.opendsr.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The direction of a person's ratings over their last few recorded ratings, for worklists of who is
 * escalating.
 *
 * @param direction the overall direction; not null
 * @param ratingsConsidered how many ratings were looked at (at most the N asked for)
 * @param escalations how many steps between consecutive ratings were escalations
 * @param deEscalations how many steps were de-escalations
 * @param unchanged how many steps left the rating unchanged
 */
public record Trend(
    Direction direction, int ratingsConsidered, int escalations, int deEscalations, int unchanged) {

  /** The overall direction of a sequence of ratings. */
  public enum Direction {
    /** Fewer than two ratings: no direction can be seen. */
    TOO_FEW_RATINGS,
    /** Every step left the rating unchanged. */
    STABLE,
    /** At least one escalation and no de-escalation. */
    RISING,
    /** At least one de-escalation and no escalation. */
    FALLING,
    /** Both escalations and de-escalations. */
    FLUCTUATING
  }

  /**
   * Checks the arguments.
   *
   * @throws RatingException if a count is negative
   */
  public Trend {
    Objects.requireNonNull(direction, "direction");
    if (ratingsConsidered < 0 || escalations < 0 || deEscalations < 0 || unchanged < 0) {
      throw RatingException.of(
          "counts", "must not be negative", "trend counts must not be negative");
    }
  }

  /**
   * The trend over the last {@code lastN} ratings of a history.
   *
   * @param history ratings oldest first; not null
   * @param lastN how many of the most recent ratings to consider; at least 2
   * @return the trend
   * @throws RatingException if {@code lastN < 2}
   */
  public static Trend ofRatings(List<Rating> history, int lastN) {
    Objects.requireNonNull(history, "history");
    if (lastN < 2) {
      throw RatingException.of("lastN", "must be at least 2", "a trend needs lastN of at least 2");
    }
    List<Rating> window = history.subList(Math.max(0, history.size() - lastN), history.size());
    int up = 0;
    int down = 0;
    int same = 0;
    for (int i = 1; i < window.size(); i++) {
      switch (RatingChange.between(window.get(i - 1), window.get(i))) {
        case ESCALATED -> up++;
        case DE_ESCALATED -> down++;
        case UNCHANGED -> same++;
      }
    }
    Direction direction;
    if (window.size() < 2) {
      direction = Direction.TOO_FEW_RATINGS;
    } else if (up > 0 && down > 0) {
      direction = Direction.FLUCTUATING;
    } else if (up > 0) {
      direction = Direction.RISING;
    } else if (down > 0) {
      direction = Direction.FALLING;
    } else {
      direction = Direction.STABLE;
    }
    return new Trend(direction, window.size(), up, down, same);
  }

  /**
   * The trend over the final ratings of the last {@code lastN} recorded ratings.
   *
   * @param history recorded ratings oldest first; not null
   * @param lastN how many of the most recent to consider; at least 2
   * @return the trend
   * @throws RatingException if {@code lastN < 2}
   */
  public static Trend of(List<RecordedRating> history, int lastN) {
    Objects.requireNonNull(history, "history");
    List<Rating> ratings = new ArrayList<>(history.size());
    for (RecordedRating recorded : history) {
      ratings.add(recorded.finalRating());
    }
    return ofRatings(ratings, lastN);
  }
}
