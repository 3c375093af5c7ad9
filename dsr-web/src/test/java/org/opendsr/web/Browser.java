package org.opendsr.web;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class, driven as a person would: it waits for the next page
 * after every submit, and checks each page with axe-core and saves a screenshot under
 * target/screenshots, with its axe-core result in target/axe/.
 */
final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final String PASSWORD = "change-me-demo";

  final ChromeDriver driver;
  private final Path profile;
  private final int port;

  private Browser(ChromeDriver driver, Path profile, int port) {
    this.driver = driver;
    this.profile = profile;
    this.port = port;
  }

  static Browser start(int port) throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new AssertionError(
          "Browser tests need Debian's chromium and chromium-driver packages:"
              + " apt-get install -y chromium chromium-driver");
    }
    Path profile = Files.createTempDirectory("dsr-web-chromium");
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
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Browser(driver, profile, port);
  }

  @Override
  public void close() throws java.io.IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  void open(String path) {
    driver.get(url(path));
  }

  /** Signs out whoever was signed in (by forgetting the session) and signs in as a user. */
  void signIn(String user) {
    open("/sign-in");
    driver.manage().deleteAllCookies();
    open("/sign-in");
    type("username", user);
    type("password", PASSWORD);
    clickAndWaitForTheNextPage(By.cssSelector("main button[type=submit]"));
  }

  /**
   * Clicks something that loads another page, and waits until the page it was on has gone, so that
   * what is looked for next is never found on the old page.
   */
  void clickAndWaitForTheNextPage(By target) {
    WebElement element = driver.findElement(target);
    element.click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.stalenessOf(element));
  }

  /** Sends the form's main button and waits for the next page. */
  void submit() {
    clickAndWaitForTheNextPage(By.cssSelector("main form button[type=submit]"));
  }

  /** Follows a link by its words and waits for the next page. */
  void follow(String linkText) {
    clickAndWaitForTheNextPage(By.linkText(linkText));
  }

  void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  /** Ticks a radio or checkbox by its label, as a person would. */
  void choose(String id) {
    driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
  }

  /** Types a date into the NHS.UK date input whose fields start with a prefix. */
  void date(String prefix, java.time.LocalDate day) {
    type(prefix + "Day", Integer.toString(day.getDayOfMonth()));
    type(prefix + "Month", Integer.toString(day.getMonthValue()));
    type(prefix + "Year", Integer.toString(day.getYear()));
  }

  String text(By what) {
    return driver.findElement(what).getText();
  }

  String h1() {
    return text(By.tagName("h1"));
  }

  String errorSummary() {
    return text(By.className("nhsuk-error-summary"));
  }

  String body() {
    return text(By.tagName("body"));
  }

  /** Presses a key on whatever has the focus. */
  void press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
  }

  /** The id of the element with the focus. */
  String focused() {
    String id = driver.switchTo().activeElement().getAttribute("id");
    return id == null ? "" : id;
  }

  /** Presses Tab until the element with an id has the focus, failing after too many presses. */
  void tabTo(String id) {
    for (int presses = 0; presses < 80; presses++) {
      if (id.equals(focused())) {
        return;
      }
      press(Keys.TAB);
    }
    throw new AssertionError("Tab never reached #" + id + "; the focus is on #" + focused());
  }

  /** Presses Enter to send the form with the focus, and waits for the next page. */
  void enterAndWaitForTheNextPage() {
    WebElement page = driver.findElement(By.tagName("html"));
    press(Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
  }

  /**
   * Saves a screenshot of the page and checks it with axe-core; returns its serious or critical
   * violations, and writes the page's result to target/axe/NAME.txt.
   */
  List<String> check(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    // The whole page, not only what fits the window, so that a reviewer sees all of it.
    Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
    driver
        .manage()
        .window()
        .setSize(new Dimension(1280, Math.max(1000, Math.min(4000, height.intValue()))));
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(new Dimension(1280, 1000));
    Results results = new AxeBuilder().analyze(driver);
    List<String> bad = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (Rule r : results.getViolations()) {
      all.add(r.getId() + " (" + r.getImpact() + ")");
      if ("serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
        bad.add(name + ": " + r.getId() + " (" + r.getImpact() + ") " + r.getHelp());
      }
    }
    Path axe = Path.of("target", "axe");
    Files.createDirectories(axe);
    Files.writeString(
        axe.resolve(name + ".txt"),
        name
            + ": "
            + results.getPasses().size()
            + " rules passed, "
            + all.size()
            + " violations, "
            + bad.size()
            + " serious or critical"
            + (all.isEmpty() ? "" : " " + all)
            + System.lineSeparator(),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
    return bad;
  }
}
