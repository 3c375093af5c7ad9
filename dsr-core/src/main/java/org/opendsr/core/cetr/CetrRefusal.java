package org.opendsr.core.cetr;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A C(E)TR that could not be held because the person (or whoever decides for them) refused consent
 * to it. A refusal changes nothing else: the care, the rating and the entry stay as they were (NHS
 * England DSR and C(E)TR policy (2023); Local DSR and C(E)TR page for citizens).
 *
 * @param reviewId the review that was refused
 * @param on the date of the refusal
 */
public record CetrRefusal(String reviewId, LocalDate on) {

  /** Assuring Transformation C(E)TR outcome code 8: the person refused a C(E)TR. */
  public static final int ASSURING_TRANSFORMATION_OUTCOME_CODE = 8;

  /** Validates both parts. */
  public CetrRefusal {
    Objects.requireNonNull(reviewId, "reviewId");
    Objects.requireNonNull(on, "on");
  }

  /**
   * The Assuring Transformation outcome code for the refusal.
   *
   * @return 8
   */
  public int assuringTransformationOutcomeCode() {
    return ASSURING_TRANSFORMATION_OUTCOME_CODE;
  }
}
