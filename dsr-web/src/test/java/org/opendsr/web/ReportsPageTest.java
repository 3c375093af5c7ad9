package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Operation;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.reporting.ChartColours;
import org.opendsr.core.reporting.Csv;
import org.opendsr.core.reporting.EntryReportRecords;
import org.opendsr.core.reporting.NationalDataOptOut;
import org.opendsr.core.reporting.RegisterReports;
import org.opendsr.core.reporting.ReportSettings;
import org.opendsr.core.reporting.ReportingPeriod;
import org.opendsr.core.reporting.SuppressionPolicy;
import org.opendsr.core.reporting.Table;
import org.opendsr.core.reporting.ThemeCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reports page shows the same suppressed tables as the command line's {@code dsr report} for
 * the same register, cell by cell; its CSV downloads are the command line's file; and only the
 * roles the library allows see them.
 */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ReportsPageTest {

  @Autowired MockMvc mvc;
  @Autowired DynamicSupportRegister inner;
  @Autowired AuditTrail audit;
  @Autowired Clock clock;

  /**
   * The tables as the command line's {@code dsr report} makes them, with its default period (the
   * twelve months to today), over the same register.
   */
  private List<Table> commandLineTables() {
    LocalDate end = LocalDate.now(clock);
    ReportSettings settings = ReportSettings.defaults();
    RegisterReports reports =
        RegisterReports.of(
            EntryReportRecords.of(
                inner.entries(), end, NationalDataOptOut.nobody(), ThemeCodes.defaults()),
            settings);
    return reports.standardSet(end, ReportingPeriod.of(end.minusMonths(12).plusDays(1), end));
  }

  private Document page(String user) throws Exception {
    String html =
        mvc.perform(get("/reports").with(user(user)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }

  /** A cell as the page shows it: the mark of a hidden count, or the count. */
  private static String shown(Element cell) {
    Elements hidden = cell.select("span.nhsuk-u-visually-hidden");
    if (!hidden.isEmpty()) {
      assertThat(hidden.text()).isEqualTo("suppressed");
      return cell.select("span[aria-hidden=true]").text();
    }
    return cell.text();
  }

  @Test
  void an_analyst_sees_every_table_of_the_command_lines_report_cell_by_cell() throws Exception {
    Document page = page("analyst");
    List<Table> expected = commandLineTables();
    int compared = 0;
    for (int i = 0; i < expected.size(); i++) {
      Table t = expected.get(i);
      if (ReportsController.isRatingTrend(t)) {
        continue;
      }
      Element section = page.getElementById("table-" + (i + 1));
      assertThat(section).as(t.title()).isNotNull();
      assertThat(section.select("h2").text()).isEqualTo(t.title());
      List<String> headings = section.select("thead th").eachText();
      assertThat(headings.subList(1, headings.size())).isEqualTo(t.columnLabels());
      Elements rows = section.select("tbody tr");
      assertThat(rows).hasSize(t.rowLabels().size());
      for (int r = 0; r < t.rowLabels().size(); r++) {
        Element row = rows.get(r);
        assertThat(row.select("th").text()).isEqualTo(t.rowLabels().get(r));
        Elements cells = row.select("td");
        for (int c = 0; c < t.columnLabels().size(); c++) {
          assertThat(shown(cells.get(c)))
              .as(t.title() + " / " + t.rowLabels().get(r) + " / " + t.columnLabels().get(c))
              .isEqualTo(t.cell(r, c));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(20);
  }

  @Test
  void the_rating_trend_is_a_chart_with_its_data_table_and_suppressed_months_are_marked()
      throws Exception {
    Document page = page("analyst");
    Table trend =
        commandLineTables().stream().filter(ReportsController::isRatingTrend).findFirst().get();
    Element table = page.getElementById("trend-table");
    assertThat(table).isNotNull();
    // The page's table reads down the months: one row per month, one column per rating.
    List<String> headings = table.select("thead th").eachText();
    assertThat(headings.subList(1, headings.size())).isEqualTo(trend.rowLabels());
    Elements rows = table.select("tbody tr");
    assertThat(rows).hasSize(trend.columnLabels().size());
    int hiddenMonths = 0;
    for (int c = 0; c < trend.columnLabels().size(); c++) {
      Elements cells = rows.get(c).select("td");
      boolean anyHidden = false;
      for (int r = 0; r < trend.rowLabels().size(); r++) {
        assertThat(shown(cells.get(r))).isEqualTo(trend.cell(r, c));
        anyHidden |= SuppressionPolicy.MASK.equals(trend.cell(r, c));
      }
      hiddenMonths += anyHidden ? 1 : 0;
    }
    Element chart = page.getElementById("rating-chart");
    assertThat(chart).isNotNull();
    assertThat(chart.attr("role")).isEqualTo("img");
    assertThat(chart.select("title#chart-title").text()).contains("by rating");
    // One cross on the month axis for each month with a hidden count.
    assertThat(chart.select("path.dsr-chart-suppressed")).hasSize(hiddenMonths);
    // Each rating drawn has its own colour and is named in the legend.
    for (Element series : chart.select("g.dsr-chart-series")) {
      String rating = series.attr("data-rating");
      assertThat(series.select("path").first().attr("fill")).isEqualTo(ChartColours.of(rating));
      assertThat(chart.select("#chart-legend text").eachText()).contains(rating);
    }
    assertThat(chart.select("g.dsr-chart-series").eachAttr("data-rating")).contains("Total");
    // Month names along the axis, never the table's 2026-01 form.
    assertThat(chart.select("text").eachText()).doesNotContain(trend.columnLabels().get(0));
  }

  @Test
  void a_suppressed_cell_shows_as_suppressed_and_the_note_explains_both_kinds_of_suppression()
      throws Exception {
    Document page = page("coordinator");
    List<Table> expected = commandLineTables();
    long hiddenInReport =
        expected.stream()
            .flatMap(t -> t.rows().stream())
            .flatMap(List::stream)
            .filter(SuppressionPolicy.MASK::equals)
            .count();
    assertThat(hiddenInReport).as("the demo register has small numbers").isPositive();
    long hiddenOnPage =
        page.select("td").stream()
            .filter(td -> td.select("span.nhsuk-u-visually-hidden").text().equals("suppressed"))
            .count();
    // Every hidden count of every table is shown as hidden (the trend's once, in its table).
    assertThat(hiddenOnPage).isEqualTo(hiddenInReport);
    String note = page.getElementById("suppression-note").text();
    assertThat(note)
        .contains("A count from 1 to 7 is hidden")
        .contains("small-number suppression")
        .contains("secondary suppression")
        .contains("rounded to the nearest 5");
  }

  @Test
  void the_csv_download_of_all_tables_is_the_command_lines_file_cell_by_cell() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/reports/dsr-report.csv").with(user("analyst")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse();
    assertThat(response.getContentType()).startsWith("text/csv");
    assertThat(response.getHeader("Content-Disposition"))
        .startsWith("attachment")
        .contains("filename=\"dsr-report.csv\"");
    assertThat(response.getHeader("Cache-Control")).contains("no-store");
    String csv = response.getContentAsString(StandardCharsets.UTF_8);
    List<Table> expected = commandLineTables();
    assertThat(csv).isEqualTo(Csv.of(expected));
    List<List<String>> lines = parse(csv);
    assertThat(lines.get(0)).containsExactly("report", "row", "column", "value");
    int line = 1;
    for (Table t : expected) {
      for (int r = 0; r < t.rowLabels().size(); r++) {
        for (int c = 0; c < t.columnLabels().size(); c++) {
          assertThat(lines.get(line++))
              .containsExactly(
                  t.title(), t.rowLabels().get(r), t.columnLabels().get(c), t.cell(r, c));
        }
      }
      line += t.figures().size();
    }
    assertThat(line).isEqualTo(lines.size());
  }

  @Test
  void each_table_downloads_as_csv_laid_out_as_on_the_page() throws Exception {
    List<Table> expected = commandLineTables();
    for (int i = 0; i < expected.size(); i++) {
      MockHttpServletResponse response =
          mvc.perform(get("/reports/tables/" + (i + 1) + ".csv").with(user("coordinator")))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse();
      assertThat(response.getHeader("Content-Disposition")).startsWith("attachment");
      assertThat(response.getHeader("Cache-Control")).contains("no-store");
      Table t = expected.get(i);
      List<List<String>> lines = parse(response.getContentAsString(StandardCharsets.UTF_8));
      assertThat(lines.get(0).subList(1, lines.get(0).size())).isEqualTo(t.columnLabels());
      for (int r = 0; r < t.rowLabels().size(); r++) {
        List<String> expectedLine = new ArrayList<>();
        expectedLine.add(t.rowLabels().get(r));
        expectedLine.addAll(t.rows().get(r));
        assertThat(lines.get(r + 1)).isEqualTo(expectedLine);
      }
    }
    mvc.perform(get("/reports/tables/" + (expected.size() + 1) + ".csv").with(user("analyst")))
        .andExpect(status().isNotFound());
  }

  @Test
  void reading_the_reports_is_audited_for_commissioning() throws Exception {
    int before = audit.byActor("analyst").size();
    page("analyst");
    List<AuditRecord> after = audit.byActor("analyst");
    assertThat(after).hasSizeGreaterThan(before);
    AuditRecord last = after.get(after.size() - 1);
    assertThat(last.operation()).isEqualTo(Operation.VIEW_REPORT);
    assertThat(last.purpose()).isEqualTo(AccessPurpose.COMMISSIONING);
    assertThat(last.access()).isEqualTo(AuditRecord.Access.ALLOWED);
  }

  @Test
  void an_auditor_or_a_clinician_gets_the_403_page_and_the_refusal_is_audited() throws Exception {
    for (String who : List.of("administrator", "clinician")) {
      for (String path : List.of("/reports", "/reports/dsr-report.csv", "/reports/tables/1.csv")) {
        int before = audit.byActor(who).size();
        String html =
            mvc.perform(get(path).with(user(who)))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("You do not have access").doesNotContain("report,row,column");
        List<AuditRecord> after = audit.byActor(who);
        assertThat(after).hasSize(before + 1);
        AuditRecord refusal = after.get(after.size() - 1);
        assertThat(refusal.operation()).isEqualTo(Operation.VIEW_REPORT);
        assertThat(refusal.access()).isEqualTo(AuditRecord.Access.DENIED);
      }
    }
  }

  @Test
  void a_refused_auditor_is_shown_the_pages_their_role_may_use() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(get("/reports").with(user("administrator")))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(page.select("#allowed-pages a").eachAttr("href")).containsExactly("/audit");
    // Signed in, with the way to sign out.
    assertThat(page.select("header").text()).contains("Demo administrator").contains("Sign out");
  }

  /** RFC 4180 records: quoted fields may hold commas and doubled quotes. */
  static List<List<String>> parse(String csv) {
    List<List<String>> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char ch = csv.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        fields.add(field.toString());
        field.setLength(0);
        lines.add(List.copyOf(fields));
        fields.clear();
        i++;
      } else {
        field.append(ch);
      }
    }
    return lines;
  }
}
