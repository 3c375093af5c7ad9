package org.opendsr.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.reporting.Csv;
import org.opendsr.core.reporting.NationalDataOptOut;
import org.opendsr.core.reporting.ReportSettings;
import org.opendsr.core.reporting.ReportingPeriod;
import org.opendsr.core.reporting.SuppressionPolicy;
import org.opendsr.core.reporting.Table;
import org.opendsr.core.reporting.ThemeCodes;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The anonymised reports as a page: every table the command line's {@code dsr report} writes,
 * suppressed for small numbers by the library, with the rating trend also drawn as a chart, and
 * each table (or all of them, in the command line's file layout) as a CSV download.
 *
 * <p>Who may see them is the library's decision ({@code VIEW_REPORT} for commissioning): the
 * coordinator and commissioners or analysts; a refusal is audited and shown as the 403 page. Every
 * view and download is audited by the library as a reading of the reports.
 */
@Controller
public class ReportsController {

  /** The media type of the CSV downloads. */
  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  /** The file the command line's {@code dsr report} writes, offered under the same name. */
  static final String ALL_TABLES_FILE = "dsr-report.csv";

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private final AccessControlledRegister register;
  private final Forms forms;

  ReportsController(AccessControlledRegister register, Forms forms) {
    this.register = register;
    this.forms = forms;
  }

  /** One published cell: its text, and whether it is a hidden count. */
  record Cell(String text, boolean suppressed) {}

  /** One row of a table as shown. */
  record Row(String label, List<Cell> cells) {}

  /**
   * One table as shown.
   *
   * @param number its place among the tables, from 1 (its CSV's address)
   * @param title what it shows
   * @param rowHeading the heading of the label column
   * @param columns the column labels
   * @param rows the rows
   * @param figures the figures derived from it
   */
  record TableView(
      int number,
      String title,
      String rowHeading,
      List<String> columns,
      List<Row> rows,
      List<Table.Figure> figures) {}

  /**
   * The reporting period the command line uses by default: the twelve months up to today, with
   * today as the snapshot date.
   *
   * @param today the register's today
   * @return the period
   */
  static ReportingPeriod period(LocalDate today) {
    return ReportingPeriod.of(today.minusMonths(12).plusDays(1), today);
  }

  /** The standard set of tables, read through the library's access rules (audited). */
  private List<Table> tables(Actor actor, LocalDate today) {
    return register.reports(
        actor,
        AccessPurpose.COMMISSIONING,
        today,
        period(today),
        NationalDataOptOut.nobody(),
        ThemeCodes.defaults());
  }

  /** The reports page. */
  @GetMapping("/reports")
  String reports(Principal principal, Model model) {
    Actor actor = forms.actor(principal);
    LocalDate today = forms.today();
    List<Table> tables = tables(actor, today);
    ReportingPeriod period = period(today);
    List<TableView> views = new ArrayList<>();
    TableView trendView = null;
    Table trend = null;
    for (int i = 0; i < tables.size(); i++) {
      Table t = tables.get(i);
      if (trend == null && isRatingTrend(t)) {
        trend = t;
        trendView = transposed(i + 1, t);
      } else {
        views.add(view(i + 1, t));
      }
    }
    forms.common(model, principal, null);
    model.addAttribute("on", today.format(Forms.DAY));
    model.addAttribute("from", period.from().format(Forms.DAY));
    model.addAttribute("to", period.to().format(Forms.DAY));
    model.addAttribute("tables", views);
    model.addAttribute("trend", trendView);
    model.addAttribute("chart", trend == null ? null : RatingTrendChart.of(trend));
    SuppressionPolicy policy = ReportSettings.defaults().suppression();
    model.addAttribute("threshold", policy.threshold());
    model.addAttribute("roundingBase", policy.roundingBase());
    model.addAttribute("mask", SuppressionPolicy.MASK);
    model.addAttribute("allTables", "/reports/" + ALL_TABLES_FILE);
    return "reports";
  }

  /** Every table in one file, exactly as the command line's {@code dsr report} writes it. */
  @GetMapping("/reports/" + ALL_TABLES_FILE)
  ResponseEntity<String> allTables(Principal principal) {
    List<Table> tables = tables(forms.actor(principal), forms.today());
    return download(Csv.of(tables), CSV, ALL_TABLES_FILE);
  }

  /** One table as laid out on the page, as CSV. */
  @GetMapping("/reports/tables/{number}.csv")
  ResponseEntity<String> oneTable(Principal principal, @PathVariable int number) {
    List<Table> tables = tables(forms.actor(principal), forms.today());
    if (number < 1 || number > tables.size()) {
      throw new NotFoundException("no report table " + number);
    }
    return download(Csv.of(tables.get(number - 1)), CSV, "dsr-report-table-" + number + ".csv");
  }

  /**
   * A file to save, never to keep in a cache: attachment, no-store.
   *
   * @param body the file's text
   * @param type its media type
   * @param filename the name to save it under
   * @return the response
   */
  static ResponseEntity<String> download(String body, MediaType type, String filename) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(filename).build().toString())
        .cacheControl(CacheControl.noStore())
        .body(body);
  }

  /** The one table whose rows are ratings and whose columns are months. */
  static boolean isRatingTrend(Table t) {
    if (!"Rating".equals(t.rowHeading()) || t.columnLabels().isEmpty()) {
      return false;
    }
    for (String column : t.columnLabels()) {
      try {
        YearMonth.parse(column);
      } catch (DateTimeParseException notAMonth) {
        return false;
      }
    }
    return true;
  }

  private static TableView view(int number, Table t) {
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < t.rowLabels().size(); r++) {
      rows.add(new Row(t.rowLabels().get(r), cells(t.rows().get(r))));
    }
    return new TableView(
        number, t.title(), t.rowHeading(), t.columnLabels(), List.copyOf(rows), t.figures());
  }

  /** The trend with a row per month, so that it reads down the page beside its chart. */
  private static TableView transposed(int number, Table t) {
    List<Row> rows = new ArrayList<>();
    for (int c = 0; c < t.columnLabels().size(); c++) {
      List<String> cells = new ArrayList<>();
      for (int r = 0; r < t.rowLabels().size(); r++) {
        cells.add(t.cell(r, c));
      }
      rows.add(new Row(monthName(t.columnLabels().get(c)), cells(cells)));
    }
    return new TableView(
        number, t.title(), "Month end", t.rowLabels(), List.copyOf(rows), t.figures());
  }

  private static List<Cell> cells(List<String> published) {
    return published.stream().map(s -> new Cell(s, SuppressionPolicy.MASK.equals(s))).toList();
  }

  /** {@code 2026-01} as "January 2026"; any other label as it is. */
  static String monthName(String column) {
    try {
      return MONTH.format(YearMonth.parse(column));
    } catch (DateTimeParseException notAMonth) {
      return column;
    }
  }
}
