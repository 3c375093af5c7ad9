package org.opendsr.core.reporting;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How an entry episode ended: the date it left the register and why. On the closing date the
 * episode no longer counts as on the register.
 *
 * @param date the date the episode was closed
 * @param reason why it was closed
 */
public record Closure(LocalDate date, CloseReason reason) {

  /** Checks both parts are present. */
  public Closure {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * Creates a closure.
   *
   * @param date the closing date
   * @param reason why
   * @return the closure
   */
  public static Closure of(LocalDate date, CloseReason reason) {
    return new Closure(date, reason);
  }
}
