package org.opendsr.spring.boot;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.opendsr.core.DsrException;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.jdbc.DsrDatabase;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The register's health, as {@code dsr} in the health endpoint: the database answers, its schema is
 * at the version this library needs, and the working-day calendar can date work for the next 12
 * months (the longest interval a default schedules ahead: a yearly consent re-check). Details hold
 * no personal data.
 */
public final class RegisterHealthIndicator extends AbstractHealthIndicator {

  private static final int CONNECTION_TIMEOUT_SECONDS = 2;

  private final DsrDatabase database;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  /**
   * Creates the indicator.
   *
   * @param database the register's database
   * @param calendar the working-day calendar in use
   * @param clock the register's clock
   */
  public RegisterHealthIndicator(DsrDatabase database, WorkingDayCalendar calendar, Clock clock) {
    super("the register's health could not be checked");
    this.database = Objects.requireNonNull(database, "database");
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    boolean reachable = databaseAnswers();
    boolean schemaCurrent = reachable && schemaIsCurrent();
    boolean calendarCovers = calendarCoversTheNextYear();
    builder
        .withDetail("database", reachable ? "reachable" : "not reachable")
        .withDetail("schema", schemaCurrent ? "current" : "not current")
        .withDetail("calendar", calendarCovers ? "covers the next 12 months" : "incomplete");
    if (reachable && schemaCurrent && calendarCovers) {
      builder.up();
    } else {
      builder.down();
    }
  }

  private boolean databaseAnswers() {
    try (Connection c = database.dataSource().getConnection()) {
      return c.isValid(CONNECTION_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }

  private boolean schemaIsCurrent() {
    try {
      return database.isSchemaCurrent();
    } catch (DsrException e) {
      return false;
    }
  }

  private boolean calendarCoversTheNextYear() {
    LocalDate today = LocalDate.now(clock);
    LocalDate end = today.plusMonths(12);
    try {
      for (LocalDate d = today; !d.isAfter(end); d = d.plusDays(1)) {
        calendar.isWorkingDay(d);
      }
      return true;
    } catch (DsrException e) {
      return false;
    }
  }
}
