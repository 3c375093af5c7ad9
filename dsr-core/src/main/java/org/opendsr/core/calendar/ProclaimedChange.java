package org.opendsr.core.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A one-off change to the England and Wales bank holidays of one year, made by royal proclamation
 * under the Banking and Financial Dealings Act 1971 section 1: a regular holiday moved to another
 * date, or an extra holiday. Dates as published by GOV.UK bank holidays (2012 onwards) and in the
 * proclamations (earlier years).
 *
 * @param replaces the regular holiday moved, or empty for an extra holiday
 * @param date the date the holiday is on
 * @param title its name
 */
record ProclaimedChange(Optional<RegularHoliday> replaces, LocalDate date, String title) {

  /**
   * Every proclaimed change from {@link BankHolidayRules#FIRST_SUPPORTED_YEAR} on. A change
   * proclaimed later is added here and to the bundled GOV.UK list together.
   */
  static final List<ProclaimedChange> ENGLAND_AND_WALES =
      List.of(
          extra(LocalDate.of(1981, 7, 29), "Royal wedding bank holiday"),
          // 50th anniversary of VE day.
          moved(
              RegularHoliday.EARLY_MAY,
              LocalDate.of(1995, 5, 8),
              "Early May bank holiday (VE day)"),
          extra(LocalDate.of(1999, 12, 31), "Millennium bank holiday"),
          extra(LocalDate.of(2002, 6, 3), "Golden Jubilee bank holiday"),
          moved(RegularHoliday.SPRING, LocalDate.of(2002, 6, 4), "Spring bank holiday"),
          extra(LocalDate.of(2011, 4, 29), "Royal wedding bank holiday"),
          moved(RegularHoliday.SPRING, LocalDate.of(2012, 6, 4), "Spring bank holiday"),
          extra(LocalDate.of(2012, 6, 5), "Queen's Diamond Jubilee"),
          // 75th anniversary of VE day.
          moved(
              RegularHoliday.EARLY_MAY,
              LocalDate.of(2020, 5, 8),
              "Early May bank holiday (VE day)"),
          moved(RegularHoliday.SPRING, LocalDate.of(2022, 6, 2), "Spring bank holiday"),
          extra(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday"),
          extra(
              LocalDate.of(2022, 9, 19),
              "Bank Holiday for the State Funeral of Queen Elizabeth II"),
          extra(LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III"));

  /** Validates the parts. */
  ProclaimedChange {
    Objects.requireNonNull(replaces, "replaces");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
  }

  static ProclaimedChange moved(RegularHoliday holiday, LocalDate date, String title) {
    return new ProclaimedChange(Optional.of(holiday), date, title);
  }

  static ProclaimedChange extra(LocalDate date, String title) {
    return new ProclaimedChange(Optional.empty(), date, title);
  }
}
