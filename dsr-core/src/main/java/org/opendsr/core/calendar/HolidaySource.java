package org.opendsr.core.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * Where a {@link WorkingDayCalendar} gets its non-weekend holidays. OpenDSR bundles England and
 * Wales bank holidays ({@link BankHolidays#englandAndWales()}); an embedder with a newer list, or a
 * service with its own closure days, supplies another.
 */
@FunctionalInterface
public interface HolidaySource {

  /**
   * The holidays this source knows of.
   *
   * @return dates that are not working days even when they fall on a weekday
   */
  Set<LocalDate> holidays();
}
