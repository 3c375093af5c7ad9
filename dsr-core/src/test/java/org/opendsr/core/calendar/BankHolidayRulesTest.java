package org.opendsr.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.opendsr.core.ValidationException;

class BankHolidayRulesTest {

  private final BankHolidayRules rules = BankHolidayRules.englandAndWales();

  private static Map<LocalDate, String> listedIn(int year) {
    BankHolidays list = BankHolidays.englandAndWales();
    Map<LocalDate, String> listed = new TreeMap<>();
    list.holidays().stream()
        .filter(d -> d.getYear() == year)
        .forEach(d -> listed.put(d, list.nameOf(d).orElseThrow()));
    return listed;
  }

  @Test
  void the_rules_and_the_proclaimed_changes_reproduce_every_date_of_the_bundled_gov_uk_list() {
    BankHolidays list = BankHolidays.englandAndWales();
    int first = list.holidays().stream().mapToInt(LocalDate::getYear).min().orElseThrow();
    int last = list.holidays().stream().mapToInt(LocalDate::getYear).max().orElseThrow();
    assertThat(first).isEqualTo(2018);
    assertThat(last).isEqualTo(2028);
    for (int year = first; year <= last; year++) {
      // Equal maps: no listed date missing, no computed date extra, and the same names.
      assertThat(rules.holidaysIn(year)).as("year %d", year).isEqualTo(listedIn(year));
    }
    assertThat(rules.holidays()).containsAll(list.holidays());
  }

  @Test
  void a_year_beyond_the_bundled_list_is_marked_projected() {
    assertThat(rules.lastListedYear()).isEqualTo(2028);
    assertThat(rules.isProjected(2028)).isFalse();
    assertThat(rules.isProjected(2018)).isFalse();
    assertThat(rules.isProjected(1995)).isFalse();
    assertThat(rules.isProjected(2029)).isTrue();
    assertThat(rules.isProjected(2100)).isTrue();
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    assertThat(calendar.isProjected(LocalDate.of(2029, 12, 25))).isTrue();
    assertThat(calendar.isProjected(LocalDate.of(2028, 12, 25))).isFalse();
    // Projected, and still computed: Christmas and Boxing Day 2029 are holidays.
    assertThat(rules.holidaysIn(2029))
        .containsEntry(LocalDate.of(2029, 12, 25), "Christmas Day")
        .containsEntry(LocalDate.of(2029, 12, 26), "Boxing Day");
  }

  @Test
  void a_list_of_holidays_plugged_in_by_an_embedder_is_not_projected() {
    HolidaySource own = () -> java.util.Set.of(LocalDate.of(2030, 1, 1));
    assertThat(own.isProjected(2030)).isFalse();
    assertThat(WorkingDayCalendar.of(own).isProjected(LocalDate.of(2030, 1, 1))).isFalse();
  }

  @Test
  void a_date_before_the_supported_range_is_refused() {
    assertThat(BankHolidayRules.FIRST_SUPPORTED_YEAR).isEqualTo(1978);
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(1977, 12, 30)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("date")
        .hasMessageContaining("1978");
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(1977, 12, 1), 5))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> rules.holidaysIn(1977))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("year")
        .hasMessageContaining("1978");
    assertThatThrownBy(() -> rules.isProjected(1977)).isInstanceOf(ValidationException.class);
    // The first supported year is answered: New Year's Day 1978 was a Sunday.
    assertThat(calendar.isWorkingDay(LocalDate.of(1978, 1, 2))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(1978, 1, 3))).isTrue();
    assertThat(rules.holidaysIn(1978)).containsKey(LocalDate.of(1978, 5, 1));
  }

  @Test
  void easter_follows_the_gregorian_computus_in_known_years() {
    // Easter Sunday: 1981-04-19, 2000-04-23, 2008-03-23, 2011-04-24, 2038-04-25, 2285-03-22.
    assertThat(rules.holidaysIn(1981))
        .containsEntry(LocalDate.of(1981, 4, 17), "Good Friday")
        .containsEntry(LocalDate.of(1981, 4, 20), "Easter Monday");
    assertThat(rules.holidaysIn(2000))
        .containsEntry(LocalDate.of(2000, 4, 21), "Good Friday")
        .containsEntry(LocalDate.of(2000, 4, 24), "Easter Monday");
    assertThat(rules.holidaysIn(2008))
        .containsEntry(LocalDate.of(2008, 3, 21), "Good Friday")
        .containsEntry(LocalDate.of(2008, 3, 24), "Easter Monday");
    assertThat(rules.holidaysIn(2011))
        .containsEntry(LocalDate.of(2011, 4, 22), "Good Friday")
        .containsEntry(LocalDate.of(2011, 4, 25), "Easter Monday");
    assertThat(rules.holidaysIn(2038))
        .containsEntry(LocalDate.of(2038, 4, 23), "Good Friday")
        .containsEntry(LocalDate.of(2038, 4, 26), "Easter Monday");
    assertThat(rules.holidaysIn(2285))
        .containsEntry(LocalDate.of(2285, 3, 20), "Good Friday")
        .containsEntry(LocalDate.of(2285, 3, 23), "Easter Monday");
  }

  @Test
  void new_years_day_on_a_saturday_is_substituted_by_monday_3_january() {
    assertThat(LocalDate.of(2033, 1, 1).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(rules.holidaysIn(2033))
        .containsEntry(LocalDate.of(2033, 1, 3), "New Year's Day (substitute day)")
        .doesNotContainKey(LocalDate.of(2033, 1, 1));
  }

  @Test
  void new_years_day_on_a_sunday_is_substituted_by_monday_2_january() {
    assertThat(LocalDate.of(2034, 1, 1).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(rules.holidaysIn(2034))
        .containsEntry(LocalDate.of(2034, 1, 2), "New Year's Day (substitute day)")
        .doesNotContainKey(LocalDate.of(2034, 1, 1));
  }

  @Test
  void christmas_on_a_saturday_is_substituted_by_monday_27_and_boxing_day_by_tuesday_28() {
    assertThat(LocalDate.of(2032, 12, 25).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    Map<LocalDate, String> holidays = rules.holidaysIn(2032);
    assertThat(holidays)
        .containsEntry(LocalDate.of(2032, 12, 27), "Christmas Day (substitute day)")
        .containsEntry(LocalDate.of(2032, 12, 28), "Boxing Day (substitute day)")
        .doesNotContainKeys(LocalDate.of(2032, 12, 25), LocalDate.of(2032, 12, 26));
    assertThat(WorkingDayCalendar.englandAndWales().isWorkingDay(LocalDate.of(2032, 12, 29)))
        .isTrue();
  }

  @Test
  void christmas_on_a_sunday_keeps_boxing_day_on_monday_26_and_is_substituted_by_tuesday_27() {
    assertThat(LocalDate.of(2033, 12, 25).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(rules.holidaysIn(2033))
        .containsEntry(LocalDate.of(2033, 12, 26), "Boxing Day")
        .containsEntry(LocalDate.of(2033, 12, 27), "Christmas Day (substitute day)")
        .doesNotContainKey(LocalDate.of(2033, 12, 25));
  }

  @Test
  void boxing_day_on_a_saturday_is_substituted_by_monday_28() {
    assertThat(LocalDate.of(2037, 12, 26).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(rules.holidaysIn(2037))
        .containsEntry(LocalDate.of(2037, 12, 25), "Christmas Day")
        .containsEntry(LocalDate.of(2037, 12, 28), "Boxing Day (substitute day)")
        .doesNotContainKey(LocalDate.of(2037, 12, 26));
  }

  @Test
  void the_may_and_august_bank_holidays_fall_on_their_mondays_in_a_projected_year() {
    // 2031: 1 May is a Thursday; May and August both end on a Saturday.
    assertThat(rules.holidaysIn(2031))
        .containsEntry(LocalDate.of(2031, 5, 5), "Early May bank holiday")
        .containsEntry(LocalDate.of(2031, 5, 26), "Spring bank holiday")
        .containsEntry(LocalDate.of(2031, 8, 25), "Summer bank holiday")
        .hasSize(8);
  }

  @Test
  void the_proclaimed_changes_before_the_bundled_list_are_in_the_table() {
    assertThat(rules.holidaysIn(1981)).containsKey(LocalDate.of(1981, 7, 29));
    assertThat(rules.holidaysIn(1995))
        .containsKey(LocalDate.of(1995, 5, 8))
        .doesNotContainKey(LocalDate.of(1995, 5, 1));
    assertThat(rules.holidaysIn(1999))
        .containsKeys(
            LocalDate.of(1999, 12, 27), LocalDate.of(1999, 12, 28), LocalDate.of(1999, 12, 31));
    assertThat(rules.holidaysIn(2000)).containsKey(LocalDate.of(2000, 1, 3));
    assertThat(rules.holidaysIn(2002))
        .containsKeys(LocalDate.of(2002, 6, 3), LocalDate.of(2002, 6, 4))
        .doesNotContainKey(LocalDate.of(2002, 5, 27));
    assertThat(rules.holidaysIn(2011)).containsKey(LocalDate.of(2011, 4, 29));
    assertThat(rules.holidaysIn(2012))
        .containsKeys(LocalDate.of(2012, 6, 4), LocalDate.of(2012, 6, 5))
        .doesNotContainKey(LocalDate.of(2012, 5, 28));
  }

  @Test
  void every_supported_year_observes_its_holidays_on_weekdays_only_and_at_least_eight() {
    for (int year = BankHolidayRules.FIRST_SUPPORTED_YEAR; year <= 2100; year++) {
      Map<LocalDate, String> holidays = rules.holidaysIn(year);
      assertThat(holidays).as("year %d", year).hasSizeGreaterThanOrEqualTo(8);
      int y = year;
      assertThat(holidays.keySet())
          .as("year %d", year)
          .allSatisfy(
              d -> {
                assertThat(d.getYear()).isEqualTo(y);
                assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
              });
      LocalDate lastMondayOfAugust =
          LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
      assertThat(holidays).containsKey(lastMondayOfAugust);
    }
  }

  @Test
  void a_working_day_calendar_on_the_rules_never_schedules_on_a_non_working_day_up_to_2100() {
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    LocalDate first = LocalDate.of(BankHolidayRules.FIRST_SUPPORTED_YEAR, 1, 1);
    int days = (int) (LocalDate.of(2100, 12, 31).toEpochDay() - first.toEpochDay());
    qt().withExamples(2000)
        .forAll(integers().between(0, days), integers().between(1, 60))
        .checkAssert(
            (offset, n) -> {
              LocalDate date = first.plusDays(offset);
              LocalDate due = calendar.addWorkingDays(date, n);
              assertThat(calendar.isWorkingDay(due)).isTrue();
              assertThat(rules.isHoliday(due)).isFalse();
              assertThat(due).isAfter(date);
              assertThat(calendar.workingDaysBetween(date, due)).isEqualTo(n);
              assertThat(calendar.onOrNextWorkingDay(date)).matches(calendar::isWorkingDay);
            });
  }
}
