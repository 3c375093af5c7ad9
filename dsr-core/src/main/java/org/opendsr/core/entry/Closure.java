package org.opendsr.core.entry;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When and why an entry was closed.
 *
 * @param on the date of closure
 * @param reason the reason
 */
public record Closure(LocalDate on, CloseReason reason) {

  /** Validates both parts. */
  public Closure {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(reason, "reason");
  }
}
