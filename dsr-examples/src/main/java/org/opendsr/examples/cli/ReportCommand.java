package org.opendsr.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Operation;
import org.opendsr.core.reporting.Csv;
import org.opendsr.core.reporting.EntryReportRecords;
import org.opendsr.core.reporting.NationalDataOptOut;
import org.opendsr.core.reporting.RegisterReports;
import org.opendsr.core.reporting.ReportSettings;
import org.opendsr.core.reporting.ReportingPeriod;
import org.opendsr.core.reporting.Table;
import org.opendsr.core.reporting.ThemeCodes;
import org.opendsr.examples.reports.RatingChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dsr report}: anonymised, suppressed reports as CSV, and a chart of ratings over time. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write the anonymised reports as CSV, and a PNG chart of ratings over time.",
      "Small numbers are suppressed and national data opt-outs left out."
    })
final class ReportCommand implements Callable<Integer> {

  @ParentCommand private DsrCommand parent;

  @Mixin private DatabaseOptions db;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FOLDER",
      description = "Where to write dsr-report.csv and ratings-over-time.png (default: here).")
  private Path folder = Path.of(".");

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "First day of the reporting period (default: 12 months before today).")
  private LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Last day of the reporting period and the snapshot date (default: today).")
  private LocalDate to;

  @Override
  public Integer call() throws IOException {
    Environment env = parent.env();
    LocalDate end = to == null ? env.today() : to;
    LocalDate start = from == null ? end.minusMonths(12).plusDays(1) : from;
    if (start.isAfter(end)) {
      throw new UsageException("--from must not be after --to");
    }
    Session session = parent.open(db);
    session.audited(Operation.VIEW_REPORT, AccessPurpose.COMMISSIONING, Optional.empty());
    ReportSettings settings = ReportSettings.defaults();
    RegisterReports reports =
        RegisterReports.of(
            EntryReportRecords.of(
                session.register().entries(),
                end,
                NationalDataOptOut.nobody(),
                ThemeCodes.defaults()),
            settings);
    ReportingPeriod period = ReportingPeriod.of(start, end);
    List<Table> tables = reports.standardSet(end, period);
    // Reports are suppressed for small numbers, but a small register's may still point at
    // people: made readable by their owner only, like every file the command line writes.
    Path csv;
    Path png;
    try {
      PrivateFiles.folder(folder);
      csv = PrivateFiles.file(folder.resolve("dsr-report.csv"));
      try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
        Csv.write(tables, w);
      }
      png = PrivateFiles.file(folder.resolve("ratings-over-time.png"));
      System.setProperty("java.awt.headless", "true");
      RatingChart.write(reports.ratingTrend(period), settings.suppression(), png);
    } catch (IOException e) {
      throw new CannotWriteException(folder, e);
    }
    env.out().println(render(reports.byRating(end)));
    env.out().println("Wrote " + tables.size() + " tables to " + csv + " and the chart to " + png);
    env.out()
        .println(
            "Counts of 1-7 are shown as *, others rounded to the nearest 5 (NHS small-number rule).");
    return Failures.OK;
  }

  /**
   * A published table as aligned text.
   *
   * @param table the table
   * @return the text
   */
  static String render(Table table) {
    StringBuilder s = new StringBuilder(table.title()).append('\n');
    List<String> columns = table.columnLabels();
    s.append(String.format("  %-22s", table.rowHeading()));
    columns.forEach(c -> s.append(String.format(" %10s", c)));
    s.append('\n');
    for (int r = 0; r < table.rowLabels().size(); r++) {
      s.append(String.format("  %-22s", table.rowLabels().get(r)));
      for (int c = 0; c < columns.size(); c++) {
        s.append(String.format(" %10s", table.cell(r, c)));
      }
      s.append('\n');
    }
    table
        .figures()
        .forEach(f -> s.append("  ").append(f.label()).append(": ").append(f.value()).append('\n'));
    return s.toString();
  }
}
