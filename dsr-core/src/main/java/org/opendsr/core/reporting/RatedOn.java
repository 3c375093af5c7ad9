package org.opendsr.core.reporting;

import java.time.LocalDate;
import java.util.Objects;
import org.opendsr.rating.Rating;

/**
 * One step of an episode's rating history: the rating that applied from a date.
 *
 * @param date the date the rating was given
 * @param rating the rating
 */
public record RatedOn(LocalDate date, Rating rating) {

  /** Checks both parts are present. */
  public RatedOn {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(rating, "rating");
  }

  /**
   * Creates a step of the history.
   *
   * @param date the date the rating was given
   * @param rating the rating
   * @return the step
   */
  public static RatedOn of(LocalDate date, Rating rating) {
    return new RatedOn(date, rating);
  }
}
