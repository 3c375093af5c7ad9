package org.opendsr.core.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * Where a {@link WorkingDayCalendar} gets its non-weekend holidays. OpenDSR computes England and
 * Wales bank holidays by rule ({@link BankHolidayRules#englandAndWales()}) and bundles the GOV.UK
 * list they are checked against ({@link BankHolidays#englandAndWales()}); an embedder with a newer
 * list, or a service with its own closure days, supplies another.
 *
 * <p>A calendar asks {@link #isHoliday(LocalDate)} about each date it counts; a source whose {@link
 * #holidays()} is costly to build overrides it.
 */
@FunctionalInterface
public interface HolidaySource {

  /**
   * The holidays this source lists.
   *
   * @return dates that are not working days even when they fall on a weekday
   */
  Set<LocalDate> holidays();

  /**
   * Whether a date is a holiday in this source.
   *
   * @param date the date
   * @return true if the date is a holiday; by default, whether {@link #holidays()} contains it
   * @throws org.opendsr.core.ValidationException if the source cannot answer for the date (for
   *     example a date before the years it supports)
   */
  default boolean isHoliday(LocalDate date) {
    return holidays().contains(date);
  }

  /**
   * Whether this source's holidays for a year are projected by rule rather than taken from a
   * published list, so that a later proclamation may still move or add one. A caller showing a due
   * date in such a year can say it may change.
   *
   * @param year the calendar year
   * @return false by default: a plugged-in list is taken as it is
   */
  default boolean isProjected(int year) {
    return false;
  }
}
