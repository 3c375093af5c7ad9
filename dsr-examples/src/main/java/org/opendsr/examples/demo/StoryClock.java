package org.opendsr.examples.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock the demo moves forward by hand, day by day, so events are recorded on the days the story
 * says they happened. Each day starts at 09:00 in the zone given, and every reading is a second
 * later than the last so events of one day keep their order.
 */
final class StoryClock extends Clock {

  private final ZoneId zone;
  private Instant now;

  StoryClock(LocalDate start, ZoneId zone) {
    this.zone = Objects.requireNonNull(zone, "zone");
    set(start);
  }

  void set(LocalDate day) {
    now = day.atTime(9, 0).atZone(zone).toInstant();
  }

  LocalDate today() {
    return LocalDate.ofInstant(now, zone);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    StoryClock copy = new StoryClock(today(), other);
    copy.now = now;
    return copy;
  }

  @Override
  public Instant instant() {
    now = now.plusSeconds(1);
    return now;
  }
}
