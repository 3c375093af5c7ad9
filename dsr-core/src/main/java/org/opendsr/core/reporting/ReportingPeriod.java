package org.opendsr.core.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opendsr.core.ValidationException;

/**
 * The dates a period report covers, both ends included.
 *
 * @param from the first day
 * @param to the last day; not before {@code from}
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

  /**
   * Validates the period.
   *
   * @throws ValidationException naming {@code period} if {@code to} is before {@code from}
   */
  public ReportingPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw ValidationException.of("period", "must not end before it starts");
    }
  }

  /**
   * Creates a period.
   *
   * @param from the first day
   * @param to the last day
   * @return the period
   * @throws ValidationException as the constructor
   */
  public static ReportingPeriod of(LocalDate from, LocalDate to) {
    return new ReportingPeriod(from, to);
  }

  /**
   * Whether a date falls in the period.
   *
   * @param date a date; not null
   * @return true if {@code from <= date <= to}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(from) && !date.isAfter(to);
  }

  /**
   * The calendar months the period touches, in order.
   *
   * @return at least one month
   */
  public List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
      months.add(m);
    }
    return List.copyOf(months);
  }

  @Override
  public String toString() {
    return from + " to " + to;
  }
}
