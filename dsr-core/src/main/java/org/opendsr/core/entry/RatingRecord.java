package org.opendsr.core.entry;

import java.time.LocalDate;
import java.util.Objects;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingChange;
import org.opendsr.rating.RecordedRating;

/**
 * One rating in the entry's history: the decision with any clinician override, the date it applies
 * from, and how it changed from the previous rating.
 *
 * @param on the assessment date
 * @param recorded the suggested rating, its reasons, and any override
 * @param change escalated, de-escalated or unchanged compared with the previous rating; unchanged
 *     for the first
 */
public record RatingRecord(LocalDate on, RecordedRating recorded, RatingChange change) {

  /** Validates every part. */
  public RatingRecord {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(recorded, "recorded");
    Objects.requireNonNull(change, "change");
  }

  /**
   * The rating that stands: the override if any, else the suggestion.
   *
   * @return the final rating
   */
  public Rating rating() {
    return recorded.finalRating();
  }
}
