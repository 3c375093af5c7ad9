package org.opendsr.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendsr.core.ValidationException;
import org.quicktheories.core.Gen;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

  /** Every day of the supported range up to the end of 2100, well past the bundled list. */
  private static Gen<LocalDate> datesIn1978To2100() {
    LocalDate start = LocalDate.of(BankHolidayRules.FIRST_SUPPORTED_YEAR, 1, 1);
    int days = (int) (LocalDate.of(2100, 12, 31).toEpochDay() - start.toEpochDay());
    return integers().between(0, days).map(start::plusDays);
  }

  @Test
  void three_working_days_after_21_december_2029_skip_christmas_and_boxing_day() {
    // Friday 21 December 2029. Working: Mon 24, Thu 27, Fri 28; Tue 25 and Wed 26 are holidays.
    LocalDate due = calendar.addWorkingDays(LocalDate.of(2029, 12, 21), 3);
    assertThat(due).isEqualTo(LocalDate.of(2029, 12, 28));
    assertThat(calendar.isWorkingDay(LocalDate.of(2029, 12, 25))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2029, 12, 26))).isFalse();
  }

  @Test
  void christmas_2026_boxing_day_moves_to_monday_28_december() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse(); // Friday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 26))).isFalse(); // Saturday
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse(); // substitute
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    assertThat(BankHolidays.englandAndWales().nameOf(LocalDate.of(2026, 12, 28)))
        .hasValueSatisfying(n -> assertThat(n).contains("substitute"));
  }

  @Test
  void five_working_days_from_christmas_eve_2026_crosses_three_holidays_and_new_year() {
    // 24 Dec 2026 is a Thursday. Not working: 25 (BH), 26-27 (weekend), 28 (substitute BH),
    // 1 Jan (BH), 2-3 Jan (weekend). Working: 29, 30, 31 Dec, 4, 5 Jan.
    LocalDate due = calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 5);
    assertThat(due).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 24), due)).isEqualTo(5);
  }

  @Test
  void christmas_2027_falls_at_a_weekend_so_both_days_are_substituted() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 27))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 28))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 29))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
  }

  @Test
  void easter_2027_good_friday_and_easter_monday_are_not_working_days() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 25))).isTrue(); // Maundy Thursday
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse();
    assertThat(calendar.addWorkingDays(LocalDate.of(2027, 3, 25), 1))
        .isEqualTo(LocalDate.of(2027, 3, 30));
  }

  @Test
  void the_bundled_list_has_good_friday_and_easter_monday_where_the_computus_puts_them() {
    BankHolidays list = BankHolidays.englandAndWales();
    for (int year = 2018; year <= 2028; year++) {
      LocalDate easter = easterSunday(year);
      assertThat(list.holidays()).contains(easter.minusDays(2), easter.plusDays(1));
    }
  }

  @Test
  void the_bundled_list_has_the_late_august_monday_and_christmas_every_year() {
    Set<LocalDate> holidays = BankHolidays.englandAndWales().holidays();
    for (int year = 2018; year <= 2028; year++) {
      LocalDate lastMondayOfAugust =
          LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
      assertThat(holidays).contains(lastMondayOfAugust);
      LocalDate christmas = LocalDate.of(year, 12, 25);
      boolean christmasObserved =
          holidays.contains(christmas) || christmas.getDayOfWeek().getValue() >= 6;
      assertThat(christmasObserved).isTrue();
      int y = year;
      assertThat(holidays.stream().filter(d -> d.getYear() == y)).hasSizeGreaterThanOrEqualTo(8);
    }
  }

  @Test
  void add_working_days_never_lands_on_a_weekend_or_holiday() {
    qt().forAll(datesIn1978To2100(), integers().between(1, 60))
        .checkAssert(
            (date, n) -> {
              LocalDate due = calendar.addWorkingDays(date, n);
              assertThat(calendar.isWorkingDay(due)).isTrue();
              assertThat(due).isAfter(date);
            });
  }

  @Test
  void counting_back_the_working_days_added_gives_n() {
    qt().forAll(datesIn1978To2100(), integers().between(0, 60))
        .checkAssert(
            (date, n) ->
                assertThat(calendar.workingDaysBetween(date, calendar.addWorkingDays(date, n)))
                    .isEqualTo(n));
  }

  @Test
  void working_days_between_is_antisymmetric() {
    qt().forAll(datesIn1978To2100(), datesIn1978To2100())
        .checkAssert(
            (a, b) ->
                assertThat(calendar.workingDaysBetween(a, b))
                    .isEqualTo(-calendar.workingDaysBetween(b, a)));
  }

  @Test
  void on_or_next_working_day_skips_a_bank_holiday_weekend() {
    assertThat(calendar.onOrNextWorkingDay(LocalDate.of(2027, 3, 26)))
        .isEqualTo(LocalDate.of(2027, 3, 30));
    assertThat(calendar.onOrNextWorkingDay(LocalDate.of(2027, 3, 30)))
        .isEqualTo(LocalDate.of(2027, 3, 30));
  }

  @Test
  void zero_working_days_is_the_same_day_and_negative_is_refused() {
    LocalDate saturday = LocalDate.of(2026, 11, 28);
    assertThat(calendar.addWorkingDays(saturday, 0)).isEqualTo(saturday);
    assertThatThrownBy(() -> calendar.addWorkingDays(saturday, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_embedder_can_plug_its_own_holiday_list() {
    LocalDate closure = LocalDate.of(2026, 11, 23);
    WorkingDayCalendar local = WorkingDayCalendar.of(() -> Set.of(closure));
    assertThat(local.isWorkingDay(closure)).isFalse();
    assertThat(local.isWorkingDay(LocalDate.of(2026, 12, 25))).isTrue();
  }

  @Test
  void a_holiday_list_is_read_from_text_and_bad_lines_are_reported_by_number() {
    String text = "# comment\n2030-01-01|New Year's Day\n\n2030-12-25\n";
    BankHolidays list =
        BankHolidays.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(list.holidays())
        .containsExactly(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 25));
    assertThat(list.nameOf(LocalDate.of(2030, 12, 25))).contains("Bank holiday");
    assertThatThrownBy(
            () ->
                BankHolidays.read(
                    new ByteArrayInputStream(
                        "2030-01-01\nnot a date\n".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("line 2");
  }

  /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of the data file. */
  private static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
