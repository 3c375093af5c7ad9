package org.opendsr.examples.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.opendsr.core.calendar.WorkingDayCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dsr due}: working-day arithmetic, skipping weekends and bank holidays. */
@Command(
    name = "due",
    mixinStandardHelpOptions = true,
    description =
        "The date a number of working days after another (England and Wales bank holidays).")
final class DueCommand implements Callable<Integer> {

  @ParentCommand private DsrCommand parent;

  @Parameters(index = "0", paramLabel = "YYYY-MM-DD", description = "The start date.")
  private LocalDate from;

  @Parameters(index = "1", paramLabel = "WORKING_DAYS", description = "Zero or more.")
  private int days;

  @Override
  public Integer call() {
    if (days < 0) {
      throw new UsageException("WORKING_DAYS must be a whole number of zero or more");
    }
    parent.env().out().println(WorkingDayCalendar.englandAndWales().addWorkingDays(from, days));
    return Failures.OK;
  }
}
