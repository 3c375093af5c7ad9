package org.opendsr.rating;

import java.time.Instant;
import java.util.Objects;

/**
 * A clinician's decision to record another rating than the one suggested.
 *
 * @param rating the rating the clinician records; not null
 * @param reason why, in the clinician's words; not blank (may hold clinical detail, so it is never
 *     printed by {@link #toString()})
 * @param clinicianId an opaque id of the user who decided; not blank
 * @param decidedAt when the decision was made, passed in by the caller; not null
 */
public record ClinicianOverride(
    Rating rating, String reason, String clinicianId, Instant decidedAt) {

  /**
   * Checks the arguments.
   *
   * @throws RatingException if the reason or clinician id is missing or blank
   */
  public ClinicianOverride {
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(decidedAt, "decidedAt");
    // A missing reason or clinician is a broken rule of the domain, as a blank one is, so both
    // give the same RatingException rather than a NullPointerException.
    if (reason == null || reason.isBlank()) {
      throw RatingException.of("reason", "must not be blank", "an override needs a reason");
    }
    if (clinicianId == null || clinicianId.isBlank()) {
      throw RatingException.of(
          "clinicianId", "must not be blank", "an override needs the clinician's id");
    }
  }

  /**
   * An override.
   *
   * @param rating the rating recorded; not null
   * @param reason why; not null or blank
   * @param clinicianId who; not blank
   * @param decidedAt when; not null
   * @return the override
   */
  public static ClinicianOverride of(
      Rating rating, String reason, String clinicianId, Instant decidedAt) {
    return new ClinicianOverride(rating, reason, clinicianId, decidedAt);
  }

  /** Prints the rating and when, not the free-text reason. */
  @Override
  public String toString() {
    return "ClinicianOverride[rating=" + rating + ", decidedAt=" + decidedAt + "]";
  }
}
