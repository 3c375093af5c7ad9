package org.opendsr.core.reporting;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A Care (Education) and Treatment Review that fell due, and when it was held, if it was.
 *
 * <p>The due date is worked out by the caller from the national timescales (NHS England DSR and
 * C(E)TR policy (2023)); this type only compares it with the date held.
 *
 * @param due the last date by which the review should have been held
 * @param held the date it was held, if it has been
 */
public record CetrDue(LocalDate due, Optional<LocalDate> held) {

  /** How a due review stood at the end of a period. */
  public enum Outcome {
    /** Held on or before the due date. */
    WITHIN_TIMESCALE("Held within timescale"),
    /** Held, but after the due date. */
    LATE("Held late"),
    /** Not held by the end of the period. */
    NOT_HELD("Not held by end of period");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    /**
     * The label used in published tables.
     *
     * @return the label
     */
    public String label() {
      return label;
    }
  }

  /** Checks both parts are present. */
  public CetrDue {
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(held, "held");
  }

  /**
   * A review that was held.
   *
   * @param due the due date
   * @param held the date held
   * @return the review
   */
  public static CetrDue held(LocalDate due, LocalDate held) {
    return new CetrDue(due, Optional.of(held));
  }

  /**
   * A review that has not been held.
   *
   * @param due the due date
   * @return the review
   */
  public static CetrDue notHeld(LocalDate due) {
    return new CetrDue(due, Optional.empty());
  }

  /**
   * How the review stood on a date: a review held after {@code asOf} was not yet held then.
   *
   * @param asOf the end of the reporting period; not null
   * @return the outcome
   */
  public Outcome outcomeAsOf(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return held.filter(h -> !h.isAfter(asOf))
        .map(h -> h.isAfter(due) ? Outcome.LATE : Outcome.WITHIN_TIMESCALE)
        .orElse(Outcome.NOT_HELD);
  }
}
