package org.opendsr.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import org.opendsr.core.ValidationException;

/**
 * Working days: Monday to Friday, except holidays. Service standards such as "contact the referred
 * person within 5 working days" (Coventry and Warwickshire ICB DSR page) are counted with it.
 *
 * <p>{@link #englandAndWales()} computes England and Wales bank holidays by rule for any year from
 * {@link BankHolidayRules#FIRST_SUPPORTED_YEAR}; a date in a year after the bundled GOV.UK list is
 * {@linkplain #isProjected(LocalDate) projected}, and a date before the supported range is refused
 * with a {@link ValidationException} rather than counted without its holidays.
 *
 * <p>Counting convention: {@code addWorkingDays(d, n)} is the n-th working day after {@code d}
 * ({@code d} itself never counts), and {@code workingDaysBetween(a, b)} counts working days in the
 * half-open range {@code (a, b]}, so {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
 */
public final class WorkingDayCalendar {

  private final HolidaySource source;

  private WorkingDayCalendar(HolidaySource source) {
    this.source = source;
  }

  /**
   * The calendar of England and Wales, with bank holidays computed by rule and checked against the
   * bundled GOV.UK list ({@link BankHolidayRules#englandAndWales()}).
   *
   * @return the calendar
   */
  public static WorkingDayCalendar englandAndWales() {
    return of(BankHolidayRules.englandAndWales());
  }

  /**
   * A calendar with another source of holidays. The calendar asks the source about each date it
   * counts ({@link HolidaySource#isHoliday(LocalDate)}).
   *
   * @param source the holidays
   * @return the calendar
   */
  public static WorkingDayCalendar of(HolidaySource source) {
    Objects.requireNonNull(source, "source");
    return new WorkingDayCalendar(source);
  }

  /**
   * Whether a date is a working day.
   *
   * @param date the date
   * @return false on Saturdays, Sundays and holidays
   * @throws ValidationException naming {@code date} if the holiday source cannot answer for it (for
   *     England and Wales, a date before {@link BankHolidayRules#FIRST_SUPPORTED_YEAR})
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !source.isHoliday(date);
  }

  /**
   * Whether the holidays around a date are projected by rule rather than taken from a published
   * list (for England and Wales, a year after the bundled GOV.UK list), so a due date counted
   * across it may move if a change is proclaimed later.
   *
   * @param date the date
   * @return true if the holidays of the date's year are projected
   * @throws ValidationException naming {@code year} if the holiday source cannot answer for it
   */
  public boolean isProjected(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return source.isProjected(date.getYear());
  }

  /**
   * The n-th working day after a date.
   *
   * @param date the start; it does not itself count
   * @param workingDays how many working days to add, zero or more
   * @return {@code date} if {@code workingDays} is zero, else a working day
   * @throws IllegalArgumentException if {@code workingDays} is negative
   * @throws ValidationException naming {@code date} if a day counted is one the holiday source
   *     cannot answer for
   */
  public LocalDate addWorkingDays(LocalDate date, int workingDays) {
    Objects.requireNonNull(date, "date");
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative");
    }
    LocalDate d = date;
    int left = workingDays;
    while (left > 0) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /**
   * Counts the working days after {@code from} up to and including {@code to}.
   *
   * @param from the start (not counted)
   * @param to the end (counted if a working day)
   * @return the count; negative if {@code to} is before {@code from}
   * @throws ValidationException naming {@code date} if a day counted is one the holiday source
   *     cannot answer for
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The first working day on or after a date, for due dates that must not fall on a day the service
   * is closed.
   *
   * @param date the date
   * @return {@code date} if it is a working day, else the next one
   */
  public LocalDate onOrNextWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate d = date;
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }
}
