package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A coordinator carries the guide's sample register over in a real headless Chromium: upload, the
 * dry run's problems, a refused all-or-nothing choice left unmade, the partial import and its
 * summary by rule. Every page is checked with axe-core (no serious or critical violations) and
 * saved as a screenshot under target/screenshots.
 */
// Without the demo's people, whose test-range NHS numbers are those of the guide's sample sheet.
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:dsr-web-migration-browser-${random.uuid};DB_CLOSE_DELAY=-1",
      "opendsr.web.demo=false"
    })
class MigrationInTheBrowserTest extends InTheBrowser {

  private static final Path EXAMPLES =
      Path.of("..", "docs", "examples").toAbsolutePath().normalize();

  @Test
  void a_coordinator_checks_and_imports_a_legacy_register_with_no_serious_accessibility_faults()
      throws Exception {
    List<String> violations = new ArrayList<>();
    browser.signIn("coordinator");
    browser.open("/migration");
    assertThat(browser.h1()).isEqualTo("Carry a legacy register over");
    violations.addAll(browser.check("migration-01-upload"));

    browser.submit();
    assertThat(browser.errorSummary())
        .contains("Choose the register saved as CSV")
        .contains("Choose the mapping file");
    violations.addAll(browser.check("migration-02-upload-errors"));

    browser
        .driver
        .findElement(By.id("sheet"))
        .sendKeys(EXAMPLES.resolve("legacy-register.csv").toString());
    browser
        .driver
        .findElement(By.id("mapping"))
        .sendKeys(EXAMPLES.resolve("legacy-register.properties").toString());
    browser.submit();
    assertThat(browser.h1()).isEqualTo("Check before importing");
    assertThat(browser.text(By.id("bad-rows"))).isEqualTo("4");
    assertThat(browser.text(By.id("problems")))
        .contains("there is no such date")
        .doesNotContain("Alex");
    assertThat(browser.driver.findElements(By.id("rejects"))).hasSize(1);
    violations.addAll(browser.check("migration-03-dry-run"));

    browser.submit();
    assertThat(browser.errorSummary()).contains("Select how to import");
    violations.addAll(browser.check("migration-04-choose-how"));

    browser.choose("mode-partial");
    browser.submit();
    assertThat(browser.h1()).isEqualTo("Legacy register imported");
    assertThat(browser.text(By.id("summary"))).contains("9 of 14 rows");
    assertThat(browser.text(By.id("referred")))
        .contains("child's view not recorded")
        .contains("no consent recorded for inclusion on the register");
    violations.addAll(browser.check("migration-05-done"));

    assertThat(violations).isEmpty();
  }
}
