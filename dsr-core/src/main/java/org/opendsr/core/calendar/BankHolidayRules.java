package org.opendsr.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.opendsr.core.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * England and Wales bank holidays for any year from {@link #FIRST_SUPPORTED_YEAR}, computed by
 * rule: New Year's Day, Good Friday, Easter Monday (Easter by the Gregorian computus), the early
 * May, spring and summer bank holidays (first Monday of May, last Mondays of May and August),
 * Christmas Day and Boxing Day, each fixed-date holiday falling at a weekend given the first
 * weekday after it that is not already a holiday, plus a table of one-off proclaimed changes
 * (Banking and Financial Dealings Act 1971).
 *
 * <p>The rules and the table reproduce every date of the bundled GOV.UK bank holidays list ({@link
 * BankHolidays#englandAndWales()}). Years after that list are <em>projected</em> ({@link
 * #isProjected(int)}): a change proclaimed later is not known until the library is updated. The
 * first projected year computed is logged once at INFO.
 *
 * <p>Years before {@link #FIRST_SUPPORTED_YEAR} are refused with a {@link ValidationException}, not
 * guessed. Instances are immutable in what they answer and safe to share between threads.
 */
public final class BankHolidayRules implements HolidaySource {

  /**
   * The first year answered: 1978, the first year with all eight regular bank holidays (the early
   * May bank holiday was first proclaimed for 1978, under the Banking and Financial Dealings Act
   * 1971 section 1), and from which the table of proclaimed changes is complete.
   */
  public static final int FIRST_SUPPORTED_YEAR = 1978;

  private static final Logger LOG = LoggerFactory.getLogger(BankHolidayRules.class);

  private static final String SUBSTITUTE = " (substitute day)";

  private final int lastListedYear;
  private final ConcurrentMap<Integer, Map<LocalDate, String>> byYear = new ConcurrentHashMap<>();
  private final AtomicBoolean projectionLogged = new AtomicBoolean();

  private BankHolidayRules(int lastListedYear) {
    this.lastListedYear = lastListedYear;
  }

  /**
   * The bank holidays of England and Wales, checked against the bundled GOV.UK list up to its last
   * year and projected after it.
   *
   * @return the shared instance
   */
  public static BankHolidayRules englandAndWales() {
    return EnglandAndWales.INSTANCE;
  }

  /**
   * The bank holidays observed in a year, with their names as GOV.UK writes them; a holiday at a
   * weekend appears as its substitute weekday ("Christmas Day (substitute day)").
   *
   * @param year the calendar year, {@link #FIRST_SUPPORTED_YEAR} or later
   * @return the dates in order, each with its name; unmodifiable
   * @throws ValidationException naming {@code year} if the year is before the supported range
   */
  public Map<LocalDate, String> holidaysIn(int year) {
    requireSupported("year", year);
    if (year > lastListedYear && projectionLogged.compareAndSet(false, true)) {
      LOG.warn(
          "England and Wales bank holidays after {} are projected by rule: the bundled GOV.UK list"
              + " ends in {}, so a change proclaimed later is not known",
          lastListedYear,
          lastListedYear);
    }
    return byYear.computeIfAbsent(year, BankHolidayRules::compute);
  }

  /**
   * The holidays of every year that is not projected, from {@link #FIRST_SUPPORTED_YEAR} to {@link
   * #lastListedYear()}. Later years are answered by {@link #isHoliday(LocalDate)} and {@link
   * #holidaysIn(int)}.
   *
   * @return the dates in order; unmodifiable
   */
  @Override
  public Set<LocalDate> holidays() {
    Set<LocalDate> all = new TreeSet<>();
    for (int year = FIRST_SUPPORTED_YEAR; year <= lastListedYear; year++) {
      all.addAll(holidaysIn(year).keySet());
    }
    return Collections.unmodifiableSet(all);
  }

  /**
   * Whether a date is a bank holiday (on its substitute weekday, if any).
   *
   * @param date the date, in {@link #FIRST_SUPPORTED_YEAR} or later
   * @return true on a bank holiday
   * @throws ValidationException naming {@code date} if it is before the supported range
   */
  @Override
  public boolean isHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    requireSupported("date", date.getYear());
    return holidaysIn(date.getYear()).containsKey(date);
  }

  /**
   * The name of the bank holiday on a date.
   *
   * @param date the date, in {@link #FIRST_SUPPORTED_YEAR} or later
   * @return its name, or empty if the date is not a bank holiday
   * @throws ValidationException naming {@code date} if it is before the supported range
   */
  public Optional<String> nameOf(LocalDate date) {
    Objects.requireNonNull(date, "date");
    requireSupported("date", date.getYear());
    return Optional.ofNullable(holidaysIn(date.getYear()).get(date));
  }

  /**
   * Whether a year's holidays are projected: after the last year of the bundled GOV.UK list, so
   * computed by rule with no proclaimed changes known.
   *
   * @param year the calendar year, {@link #FIRST_SUPPORTED_YEAR} or later
   * @return true after {@link #lastListedYear()}
   * @throws ValidationException naming {@code year} if the year is before the supported range
   */
  @Override
  public boolean isProjected(int year) {
    requireSupported("year", year);
    return year > lastListedYear;
  }

  /**
   * The last year of the bundled GOV.UK list; later years are projected.
   *
   * @return the year
   */
  public int lastListedYear() {
    return lastListedYear;
  }

  private static void requireSupported(String field, int year) {
    if (year < FIRST_SUPPORTED_YEAR) {
      throw ValidationException.of(
          field,
          "must be in "
              + FIRST_SUPPORTED_YEAR
              + " or later: England and Wales bank holidays are computed from "
              + FIRST_SUPPORTED_YEAR
              + ", the first year of the early May bank holiday, and are not guessed before it");
    }
  }

  private static Map<LocalDate, String> compute(int year) {
    Map<RegularHoliday, ProclaimedChange> moves = new EnumMap<>(RegularHoliday.class);
    Map<LocalDate, String> observed = new TreeMap<>();
    for (ProclaimedChange change : ProclaimedChange.ENGLAND_AND_WALES) {
      if (change.date().getYear() != year) {
        continue;
      }
      change.replaces().ifPresent(holiday -> moves.put(holiday, change));
      observed.put(change.date(), change.title());
    }
    Map<LocalDate, RegularHoliday> atAWeekend = new TreeMap<>();
    for (RegularHoliday holiday : RegularHoliday.values()) {
      if (moves.containsKey(holiday)) {
        continue;
      }
      LocalDate date = holiday.usualDateIn(year);
      if (isWeekend(date) && holiday.substitutedAtAWeekend()) {
        atAWeekend.put(date, holiday);
      } else {
        observed.put(date, holiday.title());
      }
    }
    // In date order, each weekend holiday takes the first weekday after it not already a holiday:
    // Christmas on a Saturday gives Monday 27 and Boxing Day Tuesday 28; Christmas on a Sunday
    // gives Tuesday 27, Boxing Day keeping Monday 26 (Banking and Financial Dealings Act 1971).
    atAWeekend.forEach(
        (date, holiday) -> {
          LocalDate substitute = date.plusDays(1);
          while (isWeekend(substitute) || observed.containsKey(substitute)) {
            substitute = substitute.plusDays(1);
          }
          observed.put(substitute, holiday.title() + SUBSTITUTE);
        });
    return Collections.unmodifiableMap(observed);
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }

  /** Built once, on first use. */
  private static final class EnglandAndWales {
    static final BankHolidayRules INSTANCE =
        new BankHolidayRules(BankHolidays.englandAndWales().lastYear());
  }
}
