package org.opendsr.core.planted;

import java.time.Clock;
import java.time.LocalDate;

/** Follows the clock rule: time comes from an injected clock. */
public class UsesInjectedClock {
  static LocalDate today(Clock clock) {
    return LocalDate.now(clock);
  }
}
