package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * C(E)TRs and hospital stays in a real headless Chromium (one for the class): from a Red rating to
 * a planned and then held review with agreed actions; a review refused; an admission with its
 * review cycle on the worklist and the person page, a move and a discharge. Every new page and its
 * error state is checked with axe-core (no serious or critical violations) and saved as a
 * screenshot under target/screenshots.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
class CetrAndStaysInTheBrowserTest extends InTheBrowser {

  @Autowired AccessControlledRegister register;
  @Autowired DynamicSupportRegister inner;
  @Autowired Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Entry now(Entry e) {
    return register.entry(Fixtures.COORDINATOR, AccessPurpose.DIRECT_CARE, e.id());
  }

  @Test
  void a_red_rating_leads_to_a_planned_then_held_ctr_whose_panel_findings_and_actions_are_shown()
      throws Exception {
    Entry e = Fixtures.active(register, inner, today().minusYears(30), today());
    List<String> violations = new ArrayList<>();
    browser.signIn("coordinator");
    browser.open("/people/" + e.id().value());
    browser.follow("Rate the person");
    answerRed();
    browser.submit();
    browser.choose("choice");
    browser.submit();
    assertThat(browser.text(By.id("rating"))).contains("Red");
    assertThat(browser.text(By.id("tasks"))).contains("C(E)TR");

    browser.follow("Plan the C(E)TR");
    assertThat(browser.h1()).isEqualTo("Plan a C(E)TR");
    assertThat(browser.text(By.id("kind"))).contains("Care and Treatment Review (CTR)");
    violations.addAll(browser.check("70-cetr-plan"));
    browser.type("onDay", "");
    browser.type("onMonth", "");
    browser.type("onYear", "");
    browser.type("chair", "Dr Chair");
    browser.submit();
    assertThat(browser.errorSummary())
        .contains("Enter the day the review is booked for")
        .contains("Select whether the person consented to this review");
    assertThat(browser.driver.findElement(By.id("chair")).getAttribute("value"))
        .isEqualTo("Dr Chair");
    violations.addAll(browser.check("71-cetr-plan-errors"));
    browser.date("on", today());
    browser.type("clinicalExpert", "Dr Expert");
    browser.type("expertByExperience", "Kim Experience");
    browser.date("papers", today());
    browser.choose("consent");
    browser.submit();
    assertThat(browser.text(By.id("done"))).contains("C(E)TR planned");
    assertThat(browser.text(By.id("cetr-planned")))
        .contains("Booked for")
        .contains("Dr Chair")
        .contains("Kim Experience");
    violations.addAll(browser.check("72-person-cetr-planned"));

    browser.follow("Record the C(E)TR held");
    assertThat(browser.h1()).isEqualTo("Record a C(E)TR held");
    assertThat(browser.body())
        .contains("Is the person safe?")
        .doesNotContain("Are their education needs being met?");
    assertThat(browser.driver.findElement(By.id("chair")).getAttribute("value"))
        .isEqualTo("Dr Chair");
    violations.addAll(browser.check("73-cetr-hold"));
    browser.type("findings-IS_SAFE", "Safe with support at home");
    browser.type("actions-0.what", "Intensive support at home for six weeks");
    browser.submit();
    assertThat(browser.errorSummary())
        .contains("Enter a finding for: Are they getting good care?")
        .contains("Enter who will do action 1")
        .contains("Enter the due date of action 1");
    violations.addAll(browser.check("74-cetr-hold-errors"));
    browser.type("findings-GOOD_CARE", "Good, but the team is stretched");
    browser.type("findings-FUTURE_PLANS", "Wants to stay near family");
    browser.type("findings-COMMUNITY_CARE_POSSIBLE", "Yes, with intensive support");
    browser.type("actions-0.owner", "Sam Nurse");
    browser.type("actions-0.agency", "CLDT");
    browser.date("actions-0.due", today().plusDays(42));
    browser.submit();
    assertThat(browser.text(By.id("done")))
        .contains("C(E)TR recorded")
        .contains("A new rating is due by");
    String held = browser.text(By.className("cetr-held"));
    assertThat(held)
        .contains("CTR held on " + today().format(Forms.DAY))
        .contains("Dr Chair")
        .contains("Dr Expert")
        .contains("Kim Experience")
        .contains("Safe with support at home")
        .contains("Yes, with intensive support");
    assertThat(browser.body())
        .contains("Intensive support at home for six weeks")
        .contains(today().plusDays(42).format(Forms.DAY));
    violations.addAll(browser.check("75-person-cetr-held"));

    browser.clickAndWaitForTheNextPage(By.linkText("Rate the person again"));
    assertThat(browser.text(By.id("rerate-due"))).contains("A new rating is due after the C(E)TR");
    violations.addAll(browser.check("76-rate-after-cetr"));

    assertThat(violations).isEmpty();
  }

  @Test
  void a_review_refused_by_the_person_is_recorded_and_changes_nothing_else() throws Exception {
    Entry e = CetrFixtures.ratedRed(register, inner, today().minusYears(17), today());
    List<String> violations = new ArrayList<>();
    browser.signIn("coordinator");
    browser.open("/people/" + e.id().value());
    browser.follow("Record that the person refused the C(E)TR");
    assertThat(browser.h1()).isEqualTo("Record that the person refused the C(E)TR");
    assertThat(browser.body()).contains("Care, Education and Treatment Review (CETR)");
    violations.addAll(browser.check("80-cetr-refused"));
    browser.type("onYear", "20");
    browser.submit();
    assertThat(browser.errorSummary()).contains("The date of the refusal must be a real date");
    violations.addAll(browser.check("81-cetr-refused-errors"));
    browser.date("on", today());
    browser.submit();
    assertThat(browser.text(By.id("done"))).contains("C(E)TR recorded as refused");
    assertThat(browser.body())
        .contains("A review was refused by the person on " + today().format(Forms.DAY));
    assertThat(browser.text(By.id("rating"))).contains("Red");
    violations.addAll(browser.check("82-person-cetr-refused"));

    assertThat(violations).isEmpty();
  }

  @Test
  void an_admission_puts_its_review_cycle_on_the_worklist_then_a_move_and_a_discharge_follow()
      throws Exception {
    // Recorded three weeks late, so the work it raises is due soon today.
    LocalDate admittedOn = today().minusDays(21);
    Entry e = CetrFixtures.activeSince(register, inner, today().minusYears(30), admittedOn);
    List<String> violations = new ArrayList<>();
    browser.signIn("coordinator");
    browser.open("/people/" + e.id().value());
    browser.follow("Record a hospital admission");
    assertThat(browser.h1()).isEqualTo("Record a hospital admission");
    violations.addAll(browser.check("90-admission"));
    browser.submit();
    assertThat(browser.errorSummary())
        .contains("Enter the hospital code")
        .contains("Select whether the hospital is a secure setting");
    violations.addAll(browser.check("91-admission-errors"));
    browser.type("hospital", "RVN01");
    browser.choose("secure-2");
    browser.date("on", admittedOn);
    browser.submit();
    assertThat(browser.text(By.id("done"))).contains("Admission recorded");
    assertThat(browser.text(By.id("rating"))).contains("Blue");
    Entry admitted = now(e);
    Task awareness = admitted.openTasks(TaskKind.PLACE_LEAD_AWARENESS).get(0);
    Task review = admitted.openTasks(TaskKind.CETR).get(0);
    assertThat(browser.text(By.id("tasks")))
        .contains("Place lead made aware of admission")
        .contains(awareness.due().format(Forms.DAY))
        .contains("C(E)TR: post-admission review")
        .contains(review.due().format(Forms.DAY));
    assertThat(browser.text(By.id("stays"))).contains("RVN01").contains("Still in hospital");
    violations.addAll(browser.check("92-person-admitted"));

    assertThat(worklistRowsOf(e, "PLACE_LEAD_AWARENESS"))
        .contains("Place lead made aware of admission")
        .contains(awareness.due().format(Forms.DAY));
    assertThat(worklistRowsOf(e, "CETR")).contains(review.due().format(Forms.DAY));
    violations.addAll(browser.check("93-worklist-admission"));

    browser.open("/people/" + e.id().value());
    browser.follow("Record a move to another hospital");
    assertThat(browser.text(By.id("current-stay"))).contains("RVN01");
    violations.addAll(browser.check("94-hospital-move"));
    browser.submit();
    assertThat(browser.errorSummary()).contains("Enter the hospital code");
    violations.addAll(browser.check("95-hospital-move-errors"));
    browser.type("hospital", "RX4Z1");
    browser.choose("secure");
    browser.submit();
    assertThat(browser.text(By.id("done"))).contains("Move of hospital recorded");
    assertThat(browser.text(By.id("stays"))).contains("RX4Z1 (secure)");
    assertThat(browser.text(By.id("tasks"))).contains("review on a move of hospital");

    browser.follow("Record a discharge from hospital");
    violations.addAll(browser.check("96-discharge"));
    browser.type("onDay", "");
    browser.submit();
    assertThat(browser.errorSummary()).contains("The date of discharge must include a day");
    violations.addAll(browser.check("97-discharge-errors"));
    browser.date("on", today());
    browser.submit();
    assertThat(browser.text(By.id("done"))).contains("Discharge recorded");
    assertThat(browser.text(By.id("stays"))).contains(today().format(Forms.DAY));
    assertThat(browser.text(By.id("tasks"))).contains("Rate the person again");
    violations.addAll(browser.check("98-person-discharged"));

    assertThat(violations).isEmpty();
  }

  /** The worklist rows of one person for a kind of work, looked for page by page. */
  private String worklistRowsOf(Entry e, String kind) {
    String link = "/people/" + e.id().value();
    for (int page = 1; page <= 30; page++) {
      browser.open("/worklist?kind=" + kind + "&page=" + page);
      List<WebElement> rows =
          browser.driver.findElements(By.xpath("//tr[.//a[contains(@href, '" + link + "')]]"));
      List<WebElement> exact =
          rows.stream()
              .filter(r -> r.findElements(By.cssSelector("a[href$='" + link + "']")).size() > 0)
              .toList();
      if (!exact.isEmpty()) {
        StringBuilder text = new StringBuilder();
        exact.forEach(r -> text.append(r.getText()).append('\n'));
        return text.toString();
      }
      if (browser
          .driver
          .findElements(By.cssSelector("a[href*='page=" + (page + 1) + "']"))
          .isEmpty()) {
        break;
      }
    }
    throw new AssertionError("the person is not on the worklist for " + kind);
  }
}
