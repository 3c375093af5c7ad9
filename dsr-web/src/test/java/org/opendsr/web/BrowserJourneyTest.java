package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application in a real headless Chromium: a coordinator's pages, each checked by axe-core for
 * serious or critical accessibility violations and saved as a screenshot under target/screenshots/.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String PASSWORD = "change-me-demo";

  @LocalServerPort int port;

  private ChromeDriver browser;
  private Path profile;

  @BeforeAll
  void startChromium() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new AssertionError(
          "Browser tests need Debian's chromium and chromium-driver packages:"
              + " apt-get install -y chromium chromium-driver");
    }
    profile = Files.createTempDirectory("dsr-web-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    // After a click that submits a form, the next page may still be loading: look for elements
    // for a while before failing, rather than racing the browser.
    browser.manage().timeouts().implicitlyWait(java.time.Duration.ofSeconds(10));
    browser.manage().timeouts().pageLoadTimeout(java.time.Duration.ofSeconds(60));
  }

  /** One browser serves the class: each test starts signed out, on the sign-in page. */
  @BeforeEach
  void signOut() {
    browser.get(url("/sign-in"));
    browser.manage().deleteAllCookies();
  }

  @AfterAll
  void stopChromium() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private void signIn(String user) {
    browser.get(url("/sign-in"));
    browser.findElement(By.id("username")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    clickAndWaitForTheNextPage(By.cssSelector("button[type=submit]"));
  }

  /**
   * Clicks something that loads another page, and waits until the page it was on has gone, so that
   * what is looked for next is never found on the old page.
   */
  private void clickAndWaitForTheNextPage(By target) {
    org.openqa.selenium.WebElement element = browser.findElement(target);
    element.click();
    new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(element));
  }

  /** Screenshot and axe-core check of the page in the browser; returns serious or worse. */
  private List<String> check(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    Results results = new AxeBuilder().analyze(browser);
    List<String> bad = new ArrayList<>();
    for (Rule r : results.getViolations()) {
      if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
        bad.add(name + ": " + r.getId() + " (" + r.getImpact() + ") " + r.getHelp());
      }
    }
    return bad;
  }

  @Test
  void a_coordinator_signs_in_opens_the_worklist_and_a_person_with_no_serious_accessibility_faults()
      throws Exception {
    List<String> violations = new ArrayList<>();
    browser.get(url("/sign-in"));
    violations.addAll(check("01-sign-in"));

    browser.findElement(By.id("username")).sendKeys("coordinator");
    browser.findElement(By.id("password")).sendKeys("wrong password");
    clickAndWaitForTheNextPage(By.cssSelector("button[type=submit]"));
    assertThat(browser.findElement(By.className("nhsuk-error-summary")).getText())
        .contains("Enter a correct user name and password");
    violations.addAll(check("02-sign-in-error"));

    signIn("coordinator");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Worklist");
    assertThat(browser.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    violations.addAll(check("03-worklist"));

    clickAndWaitForTheNextPage(By.cssSelector("tbody tr a"));
    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("NHS number")
        .contains("History");
    violations.addAll(check("04-person"));

    clickAndWaitForTheNextPage(By.linkText("Take off the register"));
    violations.addAll(check("06-close"));
    clickAndWaitForTheNextPage(By.cssSelector("main button[type=submit]"));
    assertThat(browser.findElement(By.className("nhsuk-error-summary")).getText())
        .contains("Select why the person is coming off the register");
    violations.addAll(check("07-close-errors"));

    assertThat(violations).isEmpty();
  }

  @Test
  void a_coordinator_narrows_the_worklist_to_red_with_no_serious_accessibility_faults()
      throws Exception {
    signIn("coordinator");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("rating")))
        .selectByVisibleText("Red");
    clickAndWaitForTheNextPage(By.xpath("//button[normalize-space()='Show work']"));

    assertThat(browser.getCurrentUrl()).contains("rating=RED");
    assertThat(
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("rating")))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("Red");
    assertThat(browser.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    assertThat(browser.findElement(By.linkText("Show all work")).isDisplayed()).isTrue();
    assertThat(check("08-worklist-red")).isEmpty();
  }

  @Test
  void a_coordinator_opens_the_easy_read_version_from_the_person_page_with_no_serious_faults()
      throws Exception {
    signIn("coordinator");
    clickAndWaitForTheNextPage(By.cssSelector("tbody tr a"));
    clickAndWaitForTheNextPage(By.linkText("Easy Read version"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My DSR");
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Your choices")
        .contains("Saying no will not change the care you get.");
    assertThat(browser.findElements(By.cssSelector("main img[alt]"))).isNotEmpty();
    assertThat(check("easy-read")).isEmpty();
  }

  @Test
  void an_agency_worker_who_may_not_see_a_person_gets_the_403_page_in_the_browser()
      throws Exception {
    signIn("coordinator");
    String person = browser.findElement(By.cssSelector("tbody tr a")).getAttribute("href");
    browser.manage().deleteAllCookies();
    signIn("agency");
    browser.get(person);
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("You do not have access to this page");
    assertThat(check("05-forbidden")).isEmpty();
  }
}
