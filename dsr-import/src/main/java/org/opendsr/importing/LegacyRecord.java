package org.opendsr.importing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.rating.Rating;

/**
 * One checked row of a legacy spreadsheet, ready to be written to the register. {@link #toString()}
 * shows the row number only.
 *
 * @param row the spreadsheet row number
 * @param person who the row is about
 * @param rating the legacy RAG rating, if one was given
 * @param added the date the person joined the legacy register (or the referral date)
 * @param lastReview the date of the last DSR review, if given
 * @param consentRecorded whether the legacy register records consent (or another basis)
 * @param keyWorkers key workers, as free text
 * @param notes notes, as free text
 */
public record LegacyRecord(
    long row,
    PersonDetails person,
    Optional<Rating> rating,
    LocalDate added,
    Optional<LocalDate> lastReview,
    boolean consentRecorded,
    Optional<String> keyWorkers,
    Optional<String> notes) {

  /** Validates every part. */
  public LegacyRecord {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(added, "added");
    Objects.requireNonNull(lastReview, "lastReview");
    Objects.requireNonNull(keyWorkers, "keyWorkers");
    Objects.requireNonNull(notes, "notes");
  }

  /**
   * The date the legacy rating was made: the last review, or the date added.
   *
   * @return the date
   */
  public LocalDate ratedOn() {
    return lastReview.orElse(added);
  }

  /** Shows the row number only. */
  @Override
  public String toString() {
    return "LegacyRecord[row=" + row + "]";
  }
}
