package org.opendsr.rating;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rating that goes on the register: the instrument's suggestion, and the clinician's override
 * when there is one. Both are kept. The final rating's linked processes are recomputed for the same
 * person, date and policy.
 *
 * <p>Blue is a fact, not a judgement: it cannot be overridden for an inpatient, nor chosen for a
 * person who is not one (update the person's circumstances and assess again instead).
 *
 * @param suggestion the instrument's decision; not null
 * @param override the clinician's override, if any; not null
 */
public record RecordedRating(RatingDecision suggestion, Optional<ClinicianOverride> override) {

  /**
   * Checks the arguments.
   *
   * @throws RatingException if the override agrees with the suggestion, or moves to or from Blue
   */
  public RecordedRating {
    Objects.requireNonNull(suggestion, "suggestion");
    Objects.requireNonNull(override, "override");
    if (override.isPresent()) {
      Rating suggested = suggestion.suggestedRating();
      Rating chosen = override.get().rating();
      if (chosen == suggested) {
        throw RatingException.of(
            "override",
            "must differ from the suggested rating",
            "an override must differ from the suggested rating");
      }
      if (suggested == Rating.BLUE || chosen == Rating.BLUE) {
        throw RatingException.of(
            "override",
            "cannot set or remove Blue",
            "Blue follows from inpatient status and cannot be set or removed by an override");
      }
    }
  }

  /**
   * The suggestion accepted as it is.
   *
   * @param suggestion the decision; not null
   * @return the recorded rating
   */
  public static RecordedRating asSuggested(RatingDecision suggestion) {
    return new RecordedRating(suggestion, Optional.empty());
  }

  /**
   * The suggestion overridden by a clinician.
   *
   * @param suggestion the decision; not null
   * @param override the override; not null
   * @return the recorded rating
   * @throws RatingException if the override agrees with the suggestion, or moves to or from Blue
   */
  public static RecordedRating overridden(RatingDecision suggestion, ClinicianOverride override) {
    return new RecordedRating(
        suggestion, Optional.of(Objects.requireNonNull(override, "override")));
  }

  /**
   * The rating on the register: the override's when there is one, otherwise the suggestion.
   *
   * @return the final rating
   */
  public Rating finalRating() {
    return override.map(ClinicianOverride::rating).orElse(suggestion.suggestedRating());
  }

  /**
   * The processes that apply to the final rating.
   *
   * @return an immutable list
   */
  public List<LinkedProcess> linkedProcesses() {
    return suggestion.linkedProcessesFor(finalRating());
  }

  /**
   * Whether a clinician overrode the suggestion.
   *
   * @return {@code true} when {@link #override()} is present
   */
  public boolean isOverridden() {
    return override.isPresent();
  }

  /**
   * The assessment date of the suggestion.
   *
   * @return the date
   */
  public LocalDate assessmentDate() {
    return suggestion.assessmentDate();
  }
}
