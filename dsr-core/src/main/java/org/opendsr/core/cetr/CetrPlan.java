package org.opendsr.core.cetr;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How a C(E)TR is set up before it is held: the day it is booked for, who is to sit on the panel,
 * and when the papers went to the panel. Consent for the review is not part of the plan: it is a
 * consent record whose purpose is the review (see {@link CetrRecord}).
 *
 * @param on the day the review is booked for
 * @param panel who is to sit on the panel; a role may still be unfilled
 * @param papersSentOn the day the papers were sent to the panel, once sent
 */
public record CetrPlan(LocalDate on, Panel panel, Optional<LocalDate> papersSentOn) {

  /** Validates every part. */
  public CetrPlan {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(panel, "panel");
    Objects.requireNonNull(papersSentOn, "papersSentOn");
  }
}
