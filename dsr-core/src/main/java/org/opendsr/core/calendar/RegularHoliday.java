package org.opendsr.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * The eight bank holidays England and Wales have every year, each knowing its usual date and
 * whether a substitute weekday is given when it falls at a weekend. Source: Banking and Financial
 * Dealings Act 1971 (Schedule 1, and the proclamations made under section 1 each year, which add
 * New Year's Day since 1974, the early May bank holiday since 1978 and the substitute days; Good
 * Friday and Christmas Day are holidays at common law). The dates GOV.UK bank holidays publishes
 * follow these rules.
 */
enum RegularHoliday {
  NEW_YEARS_DAY("New Year's Day", true) {
    @Override
    LocalDate usualDateIn(int year) {
      return LocalDate.of(year, Month.JANUARY, 1);
    }
  },
  GOOD_FRIDAY("Good Friday", false) {
    @Override
    LocalDate usualDateIn(int year) {
      return easterSunday(year).minusDays(2);
    }
  },
  EASTER_MONDAY("Easter Monday", false) {
    @Override
    LocalDate usualDateIn(int year) {
      return easterSunday(year).plusDays(1);
    }
  },
  EARLY_MAY("Early May bank holiday", false) {
    @Override
    LocalDate usualDateIn(int year) {
      return LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(MONDAY));
    }
  },
  SPRING("Spring bank holiday", false) {
    @Override
    LocalDate usualDateIn(int year) {
      return LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(MONDAY));
    }
  },
  SUMMER("Summer bank holiday", false) {
    @Override
    LocalDate usualDateIn(int year) {
      return LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(MONDAY));
    }
  },
  CHRISTMAS_DAY("Christmas Day", true) {
    @Override
    LocalDate usualDateIn(int year) {
      return LocalDate.of(year, Month.DECEMBER, 25);
    }
  },
  BOXING_DAY("Boxing Day", true) {
    @Override
    LocalDate usualDateIn(int year) {
      return LocalDate.of(year, Month.DECEMBER, 26);
    }
  };

  private static final DayOfWeek MONDAY = DayOfWeek.MONDAY;

  private final String title;
  private final boolean substitutedAtAWeekend;

  RegularHoliday(String title, boolean substitutedAtAWeekend) {
    this.title = title;
    this.substitutedAtAWeekend = substitutedAtAWeekend;
  }

  /**
   * The date the holiday usually falls on in a year, before any substitute day or proclaimed move.
   */
  abstract LocalDate usualDateIn(int year);

  /** The holiday's name as GOV.UK bank holidays writes it. */
  String title() {
    return title;
  }

  /**
   * Whether a weekday is given instead when the holiday falls on a Saturday or Sunday. Only the
   * fixed-date holidays can; the others are always on a Monday or a Friday.
   */
  boolean substitutedAtAWeekend() {
    return substitutedAtAWeekend;
  }

  /**
   * Easter Sunday in the Gregorian calendar, by the anonymous Gregorian computus (Meeus, Jones and
   * Butcher). Good Friday is two days before, Easter Monday the day after.
   *
   * @param year a Gregorian year
   * @return the date of Easter Sunday
   */
  static LocalDate easterSunday(int year) {
    int golden = year % 19;
    int century = year / 100;
    int yearOfCentury = year % 100;
    int skippedLeapCenturies = century / 4;
    int leapCenturyRemainder = century % 4;
    int lunarCorrection = (century - (century + 8) / 25 + 1) / 3;
    int epact = (19 * golden + century - skippedLeapCenturies - lunarCorrection + 15) % 30;
    int leapYears = yearOfCentury / 4;
    int leapRemainder = yearOfCentury % 4;
    int toSunday = (32 + 2 * leapCenturyRemainder + 2 * leapYears - epact - leapRemainder) % 7;
    int lateCorrection = (golden + 11 * epact + 22 * toSunday) / 451;
    int daysFromMarch = epact + toSunday - 7 * lateCorrection + 114;
    return LocalDate.of(year, daysFromMarch / 31, daysFromMarch % 31 + 1);
  }
}
