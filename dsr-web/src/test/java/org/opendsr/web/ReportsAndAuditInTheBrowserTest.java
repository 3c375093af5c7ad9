package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The reports and the audit trail in a real headless Chromium: an analyst finds the reports from
 * the menu and sees the rating chart beside its table; an auditor narrows the audit trail to one
 * user. Every page is checked with axe-core (no serious or critical violations) and saved as a
 * screenshot under target/screenshots.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
class ReportsAndAuditInTheBrowserTest extends InTheBrowser {

  @Test
  void an_analyst_finds_the_reports_and_reads_the_rating_chart_beside_its_table() throws Exception {
    List<String> violations = new ArrayList<>();
    browser.signIn("analyst");
    // An analyst has no worklist: the refusal page offers the reports instead.
    assertThat(browser.h1()).isEqualTo("You do not have access to this page");
    violations.addAll(browser.check("70-analyst-refused-worklist"));
    browser.clickAndWaitForTheNextPage(By.cssSelector("#allowed-pages a"));
    assertThat(browser.h1()).isEqualTo("Reports");

    WebElement chart = browser.driver.findElement(By.id("rating-chart"));
    assertThat(chart.isDisplayed()).isTrue();
    assertThat(chart.getRect().getWidth()).isGreaterThan(600);
    List<String> legend =
        chart.findElements(By.cssSelector("#chart-legend text")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(legend).contains("Total");
    assertThat(browser.driver.findElement(By.id("trend-table")).isDisplayed()).isTrue();
    assertThat(browser.text(By.id("suppression-note")))
        .contains("small-number suppression")
        .contains("secondary suppression");
    // The chart on its own, at the size it is drawn, for a reviewer to read.
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    Files.copy(
        chart.getScreenshotAs(OutputType.FILE).toPath(),
        shots.resolve("71-reports-chart.png"),
        StandardCopyOption.REPLACE_EXISTING);
    violations.addAll(browser.check("71-reports"));
    assertThat(violations).isEmpty();
  }

  @Test
  void an_auditor_narrows_the_audit_trail_to_one_user() throws Exception {
    List<String> violations = new ArrayList<>();
    // Something to find: the analyst's refused look at the worklist is in the trail.
    browser.signIn("analyst");
    browser.signIn("administrator");
    browser.open("/audit");
    assertThat(browser.h1()).isEqualTo("Audit trail");
    violations.addAll(browser.check("72-audit"));

    browser.type("actor", "analyst");
    browser.submit();
    assertThat(browser.h1()).isEqualTo("Audit trail");
    List<WebElement> rows = browser.driver.findElements(By.cssSelector("#audit tbody tr"));
    assertThat(rows).isNotEmpty();
    for (WebElement row : rows) {
      assertThat(row.findElements(By.tagName("td")).get(1).getText()).startsWith("analyst");
    }
    assertThat(browser.text(By.id("audit"))).contains("View worklist").contains("Denied");
    violations.addAll(browser.check("73-audit-by-user"));

    browser.type("fromDay", "31");
    browser.type("fromMonth", "2");
    browser.type("fromYear", "2026");
    browser.submit();
    assertThat(browser.errorSummary()).contains("The first day must be a real date");
    violations.addAll(browser.check("74-audit-date-error"));
    assertThat(violations).isEmpty();
  }
}
