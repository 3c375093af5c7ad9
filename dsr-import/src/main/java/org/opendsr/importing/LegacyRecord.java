package org.opendsr.importing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.importing.ColumnMapping.ConsentValue;
import org.opendsr.rating.Rating;

/**
 * One checked row of a legacy spreadsheet, ready to be written to the register. {@link #toString()}
 * shows the row number only.
 *
 * @param row the spreadsheet row number
 * @param person who the row is about
 * @param rating the legacy RAG rating, if one was given (never Blue: see {@code inpatient})
 * @param added the date the person joined the legacy register (or the referral date)
 * @param lastReview the date of the last DSR review, if given
 * @param consent the basis for inclusion the legacy register recorded
 * @param consentDate the date of that consent or decision
 * @param inpatient whether the legacy register rates the person Blue (in hospital today)
 * @param admitted the date of admission, if the sheet gives it
 * @param hospital the hospital's code, if the sheet gives it
 * @param keyWorkers key workers, as free text
 * @param notes notes, as free text
 * @param childsView the child's view of a parent's consent, if the sheet records it
 */
public record LegacyRecord(
    long row,
    PersonDetails person,
    Optional<Rating> rating,
    LocalDate added,
    Optional<LocalDate> lastReview,
    ConsentValue consent,
    LocalDate consentDate,
    boolean inpatient,
    Optional<LocalDate> admitted,
    Optional<String> hospital,
    Optional<String> keyWorkers,
    Optional<String> notes,
    Optional<ParentalConsent.ChildsView> childsView) {

  /** Validates every part. */
  public LegacyRecord {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(added, "added");
    Objects.requireNonNull(lastReview, "lastReview");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(consentDate, "consentDate");
    Objects.requireNonNull(admitted, "admitted");
    Objects.requireNonNull(hospital, "hospital");
    Objects.requireNonNull(keyWorkers, "keyWorkers");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(childsView, "childsView");
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
