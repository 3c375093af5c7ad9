package org.opendsr.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.opendsr.core.ValidationException;
import org.opendsr.core.calendar.BankHolidays;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.person.NhsNumber;

/**
 * The {@code dsr} command line. This first version shows what the library can do today (NHS number
 * checks and working-day arithmetic); the register, import and reports join it as they land.
 *
 * <p>Exit codes: 0 success, 2 usage error (one line on standard error, never a stack trace).
 */
public final class Dsr {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

  private final Clock clock;
  private final PrintStream out;
  private final PrintStream err;

  /**
   * Creates the command with its clock and streams, so tests can drive it.
   *
   * @param clock the clock that says what today is
   * @param out standard output
   * @param err standard error
   */
  public Dsr(Clock clock, PrintStream out, PrintStream err) {
    this.clock = clock;
    this.out = out;
    this.err = err;
  }

  /**
   * Runs {@code dsr} with the system clock.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    int code = new Dsr(Clock.systemDefaultZone(), System.out, System.err).run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs a command.
   *
   * @param args the command and its arguments
   * @return the exit code
   */
  public int run(String... args) {
    if (args.length == 0 || args[0].equals("demo")) {
      demo();
      return 0;
    }
    if (args[0].equals("check-nhs") && args.length == 2) {
      return checkNhs(args[1]);
    }
    if (args[0].equals("due") && args.length == 3) {
      return due(args[1], args[2]);
    }
    err.println(
        "dsr: unknown command or arguments; try: dsr demo | dsr check-nhs NUMBER"
            + " | dsr due YYYY-MM-DD WORKING_DAYS");
    return 2;
  }

  private void demo() {
    LocalDate today = LocalDate.now(clock);
    out.println("OpenDSR demo: the building blocks of a Dynamic Support Register");
    out.println();
    out.println("NHS numbers (modulus 11 check; shown masked in logs):");
    for (String text : List.of("943 476 5919", "401-023-2137", "9434765918", "1111111111")) {
      try {
        NhsNumber number = NhsNumber.parse(text);
        out.printf(
            "  %-14s valid    shown as %s, logged as %s%n", text, number.formatted(), number);
      } catch (ValidationException e) {
        out.printf("  %-14s rejected %s%n", text, e.getMessage());
      }
    }
    out.println();
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    BankHolidays holidays = BankHolidays.englandAndWales();
    out.println("First contact is due within 5 working days of a referral (seed 004):");
    for (LocalDate referred :
        List.of(today, LocalDate.of(2026, 12, 24), LocalDate.of(2027, 3, 25))) {
      LocalDate due = calendar.addWorkingDays(referred, 5);
      out.printf("  referred %-16s first contact due %s%n", DAY.format(referred), DAY.format(due));
      for (LocalDate d = referred.plusDays(1); d.isBefore(due); d = d.plusDays(1)) {
        LocalDate day = d;
        holidays
            .nameOf(day)
            .ifPresent(name -> out.printf("    skips %s (%s)%n", DAY.format(day), name));
      }
    }
  }

  private int checkNhs(String text) {
    try {
      NhsNumber number = NhsNumber.parse(text);
      out.println("valid NHS number " + number.formatted());
      return 0;
    } catch (ValidationException e) {
      err.println("dsr: " + e.getMessage());
      return 1;
    }
  }

  private int due(String date, String days) {
    try {
      LocalDate from = LocalDate.parse(date);
      int n = Integer.parseInt(days);
      if (n < 0) {
        throw new NumberFormatException();
      }
      out.println(calendar().addWorkingDays(from, n));
      return 0;
    } catch (java.time.format.DateTimeParseException e) {
      err.println("dsr: date must be written YYYY-MM-DD");
      return 2;
    } catch (NumberFormatException e) {
      err.println("dsr: WORKING_DAYS must be a whole number of zero or more");
      return 2;
    }
  }

  private static WorkingDayCalendar calendar() {
    return WorkingDayCalendar.englandAndWales();
  }
}
