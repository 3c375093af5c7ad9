package org.opendsr.core.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the case notes move forward by hand: each day starts at 09:00 UTC. */
final class TestClock extends Clock {

  private Instant now;

  TestClock(LocalDate today) {
    set(today);
  }

  void set(LocalDate today) {
    now = today.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the register tests run in UTC");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
