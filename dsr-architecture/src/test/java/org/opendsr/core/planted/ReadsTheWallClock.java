package org.opendsr.core.planted;

import java.time.Clock;
import java.time.LocalDate;

/** Planted violations of the clock rule, one per method; {@link #fromClock} is allowed. */
public class ReadsTheWallClock {
  static LocalDate today() {
    return LocalDate.now();
  }

  static long millis() {
    return System.currentTimeMillis();
  }

  static java.time.Instant instant() {
    return java.time.Instant.now();
  }

  static LocalDate inZone() {
    return LocalDate.now(java.time.ZoneOffset.UTC);
  }

  static LocalDate fromClock(Clock clock) {
    return LocalDate.now(clock);
  }
}
