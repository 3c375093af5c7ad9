package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DynamicSupportRegister;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The forms in a real headless Chromium, as people use them: a coordinator takes a referral to an
 * active, rated entry with a review on the worklist; a clinician overrides a suggested rating with
 * a reason; someone else's change shows as a conflict that keeps what was typed; the referral form
 * is completed with the keyboard alone. Every page and every error state is checked with axe-core
 * (no serious or critical violations) and saved as a screenshot under target/screenshots.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
class FormsInTheBrowserTest extends InTheBrowser {

  @Autowired AccessControlledRegister register;
  @Autowired DynamicSupportRegister inner;
  @Autowired Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  @Test
  void a_coordinator_takes_a_referral_to_an_active_rated_entry_with_a_review_on_the_worklist()
      throws Exception {
    List<String> violations = new ArrayList<>();
    browser.signIn("coordinator");
    browser.follow("Refer a person");
    assertThat(browser.h1()).isEqualTo("Refer a person to the register");
    violations.addAll(browser.check("10-refer"));

    browser.submit();
    assertThat(browser.errorSummary())
        .contains("Select who made the referral")
        .contains("Enter the person's first name")
        .contains("Enter the date of birth");
    violations.addAll(browser.check("11-refer-errors"));

    String nhs = Fixtures.freshNhsNumber(inner);
    browser.choose("source-3");
    browser.type("referrerRole", "School nurse");
    browser.type("email", "school.nurse@example.org");
    browser.type("givenName", "Jordan");
    browser.type("familyName", "Journey");
    browser.type("nhsNumber", nhs);
    browser.date("born", today().minusYears(30));
    browser.choose("diagnosis");
    browser.type("locality", "Swindon");
    browser.choose("setting-2");
    browser.submit();
    assertThat(browser.h1()).isEqualTo("Jordan Journey");
    assertThat(browser.text(By.id("status"))).isEqualTo("Referred");
    assertThat(browser.text(By.id("tasks"))).contains("Record first contact");
    violations.addAll(browser.check("12-person-referred"));

    browser.follow("Record consent");
    violations.addAll(browser.check("13-consent-choose"));
    browser.submit();
    assertThat(browser.errorSummary())
        .contains("Select what the consent is for")
        .contains("Select how the decision was made");
    violations.addAll(browser.check("14-consent-choose-errors"));
    browser.choose("purpose");
    browser.choose("way");
    browser.submit();
    assertThat(browser.body()).contains("The person gave their own consent");
    violations.addAll(browser.check("15-consent-details"));
    browser.type("onDay", "");
    browser.submit();
    assertThat(browser.errorSummary()).contains("The date of the decision must include a day");
    violations.addAll(browser.check("16-consent-details-errors"));
    browser.type("onDay", Integer.toString(today().getDayOfMonth()));
    browser.submit();
    assertThat(browser.text(By.id("status"))).isEqualTo("On the register");
    assertThat(browser.text(By.id("consent"))).contains("The person's own consent, until");

    browser.clickAndWaitForTheNextPage(By.cssSelector("#tasks a[href$='/first-contact']"));
    assertThat(browser.h1()).isEqualTo("Record first contact");
    violations.addAll(browser.check("17-first-contact"));
    browser.type("onMonth", "13");
    browser.submit();
    assertThat(browser.errorSummary()).contains("The date of first contact must be a real date");
    violations.addAll(browser.check("18-first-contact-errors"));
    browser.date("on", today());
    browser.submit();
    assertThat(browser.text(By.id("done"))).contains("First contact recorded");

    browser.follow("Rate the person");
    assertThat(browser.body())
        .contains("Is there an immediate risk that the person will be admitted to a mental health");
    violations.addAll(browser.check("19-rate"));
    browser.submit();
    assertThat(browser.errorSummary())
        .contains("Answer the question: Are the person and/or their family experiencing a crisis?");
    violations.addAll(browser.check("20-rate-errors"));
    answerRed();
    browser.submit();
    assertThat(browser.text(By.id("suggested"))).isEqualTo("Red");
    assertThat(browser.text(By.id("reasons"))).contains("immediate risk");
    violations.addAll(browser.check("21-rate-confirm"));
    browser.submit();
    assertThat(browser.errorSummary())
        .contains("Select whether to record the suggested rating or another");
    violations.addAll(browser.check("22-rate-confirm-errors"));
    browser.choose("choice");
    browser.submit();
    assertThat(browser.text(By.id("rating"))).contains("Red");
    assertThat(browser.text(By.id("rating-reasons"))).contains("immediate risk");
    String review = today().plusWeeks(2).format(Forms.DAY);
    assertThat(browser.text(By.id("next-review"))).isEqualTo(review);
    violations.addAll(browser.check("23-person-rated"));

    browser.follow("Back to worklist");
    String row = worklistRowOf("Jordan Journey");
    assertThat(row).contains("DSR review").contains(review);
    violations.addAll(browser.check("24-worklist-with-review"));

    assertThat(violations).isEmpty();
  }

  @Test
  void a_clinician_overrides_the_suggested_rating_with_a_reason_then_marks_a_task_done()
      throws Exception {
    Entry e = Fixtures.active(register, inner, today().minusYears(40), today());
    Actor coordinator = Fixtures.COORDINATOR;
    Entry involved =
        register
            .handle(
                coordinator,
                AccessPurpose.DIRECT_CARE,
                new Command.AddProfessional(
                    coordinator.userId(),
                    e.id(),
                    e.version(),
                    new Agency("CLDT", "Community learning disability team", Agency.Kind.HEALTH),
                    new Professional(
                        "cldt-nurse",
                        PersonName.of("Sam", "Nurse"),
                        "Learning disability nurse",
                        "CLDT",
                        ContactDetails.telephone("01234 567890"))))
            .entry();
    register.handle(
        coordinator,
        AccessPurpose.DIRECT_CARE,
        new Command.RecordConsent(
            coordinator.userId(),
            e.id(),
            involved.version(),
            ConsentGiven.of(Purpose.sharingWith("CLDT"), today(), coordinator.userId())));

    List<String> violations = new ArrayList<>();
    browser.signIn("clinician");
    browser.open("/people/" + e.id().value());
    assertThat(browser.text(By.id("consent")))
        .contains("Sharing information with Community learning disability team");
    violations.addAll(browser.check("30-person-as-clinician"));
    browser.follow("Rate the person");
    answerRed();
    browser.submit();
    assertThat(browser.text(By.id("suggested"))).isEqualTo("Red");
    browser.choose("choice-2");
    browser.choose("overrideRating");
    browser.submit();
    assertThat(browser.errorSummary()).contains("Enter why you are recording a different rating");
    violations.addAll(browser.check("31-override-errors"));
    assertThat(browser.driver.findElement(By.id("choice-2")).isSelected()).isTrue();
    browser.type("overrideReason", "A crisis plan agreed with the family today lowers the risk");
    browser.submit();
    assertThat(browser.text(By.id("rating"))).contains("Amber");
    assertThat(browser.text(By.id("override")))
        .contains("The questions suggested Red. A clinician recorded Amber instead")
        .contains("A crisis plan agreed with the family today lowers the risk");
    violations.addAll(browser.check("32-person-overridden"));

    browser.clickAndWaitForTheNextPage(By.cssSelector("#tasks a[href*='/tasks/']"));
    assertThat(browser.h1()).isEqualTo("Mark a task as done");
    violations.addAll(browser.check("33-task-done"));
    browser.type("onDay", "");
    browser.type("onMonth", "");
    browser.type("onYear", "");
    browser.submit();
    assertThat(browser.errorSummary()).contains("Enter the date it was done");
    violations.addAll(browser.check("34-task-done-errors"));
    browser.date("on", today());
    browser.submit();
    assertThat(browser.text(By.id("done"))).contains("Task marked as done");

    assertThat(violations).isEmpty();
  }

  @Test
  void a_change_by_someone_else_is_shown_as_a_conflict_that_keeps_what_was_typed()
      throws Exception {
    Entry e = Fixtures.referred(register, inner, today().minusYears(25), today());
    browser.signIn("coordinator");
    browser.open("/people/" + e.id().value() + "/first-contact");
    browser.date("on", today());

    Actor someoneElse = Actor.professional("another-coordinator", Role.DSR_COORDINATOR, "ICB");
    register.handle(
        someoneElse,
        AccessPurpose.DIRECT_CARE,
        new Command.RecordConsent(
            someoneElse.userId(),
            e.id(),
            e.version(),
            ConsentGiven.of(Purpose.inclusion(), today(), someoneElse.userId())));

    browser.submit();
    assertThat(browser.errorSummary())
        .contains("This record was changed by someone else since you opened it.")
        .contains("Consent recorded about being on the register (Another user");
    assertThat(browser.driver.findElement(By.id("onDay")).getAttribute("value"))
        .isEqualTo(Integer.toString(today().getDayOfMonth()));
    List<String> violations = new ArrayList<>(browser.check("40-stale-conflict"));
    browser.submit();
    assertThat(browser.text(By.id("done"))).contains("First contact recorded");
    assertThat(violations).isEmpty();
  }

  @Test
  void the_referral_form_can_be_completed_with_the_keyboard_alone() throws Exception {
    browser.signIn("coordinator");
    browser.open("/refer");
    String nhs = Fixtures.freshNhsNumber(inner);
    LocalDate born = today().minusYears(19);

    browser.tabTo("source");
    browser.press(Keys.SPACE);
    browser.tabTo("referrerRole");
    browser.press("Parent");
    browser.tabTo("telephone");
    browser.press("01234 567890");
    browser.tabTo("givenName");
    browser.press("Kim");
    browser.tabTo("familyName");
    browser.press("Keyboard");
    browser.tabTo("nhsNumber");
    browser.press(nhs);
    browser.tabTo("bornDay");
    browser.press(Integer.toString(born.getDayOfMonth()));
    browser.tabTo("bornMonth");
    browser.press(Integer.toString(born.getMonthValue()));
    browser.tabTo("bornYear");
    browser.press(Integer.toString(born.getYear()));
    browser.tabTo("diagnosis");
    browser.press(Keys.SPACE);
    browser.tabTo("locality");
    browser.press("Swindon");
    browser.tabTo("setting");
    browser.press(Keys.SPACE);
    browser.tabTo("save");
    browser.enterAndWaitForTheNextPage();

    assertThat(browser.h1()).isEqualTo("Kim Keyboard");
    assertThat(browser.text(By.id("status"))).isEqualTo("Referred");
    assertThat(browser.check("50-person-referred-by-keyboard")).isEmpty();
  }

  @Test
  void every_way_of_recording_consent_and_every_other_form_shows_its_errors_accessibly()
      throws Exception {
    Entry e = Fixtures.active(register, inner, today().minusYears(12), today());
    String person = "/people/" + e.id().value();
    List<String> violations = new ArrayList<>();
    browser.signIn("coordinator");
    for (String way :
        List.of(
            "OWN", "GILLICK", "PARENTAL", "BEST_INTERESTS", "ATTORNEY", "REFUSED", "WITHDRAWN")) {
      String name = way.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      browser.open(person + "/consent/details?purpose=inclusion&way=" + way);
      assertThat(browser.h1()).isEqualTo("Record consent");
      violations.addAll(browser.check("60-consent-" + name));
      browser.type("onDay", "");
      browser.type("onMonth", "");
      browser.type("onYear", "");
      browser.submit();
      assertThat(browser.errorSummary()).contains("Enter the date of the decision");
      violations.addAll(browser.check("61-consent-" + name + "-errors"));
    }
    assertThat(register.entry(Fixtures.COORDINATOR, AccessPurpose.DIRECT_CARE, e.id()).version())
        .isEqualTo(e.version());

    browser.open(person + "/review");
    violations.addAll(browser.check("62-review"));
    browser.type("onYear", "20x6");
    browser.submit();
    assertThat(browser.errorSummary()).contains("The date of the review must be a real date");
    violations.addAll(browser.check("63-review-errors"));

    browser.open(person + "?asOfDay=31&asOfMonth=2&asOfYear=2026");
    assertThat(browser.errorSummary())
        .contains("The date to show the record on must be a real date");
    violations.addAll(browser.check("64-person-as-of-errors"));

    browser.open("/people/E-999999");
    assertThat(browser.h1()).isEqualTo("Page not found");
    violations.addAll(browser.check("65-not-found"));

    assertThat(violations).isEmpty();
  }

  /** The worklist row of a person, looked for page by page. */
  private String worklistRowOf(String name) {
    for (int page = 1; page <= 20; page++) {
      browser.open("/worklist?page=" + page);
      String table = browser.text(By.tagName("main"));
      if (table.contains(name)) {
        StringBuilder rows = new StringBuilder();
        for (var row :
            browser.driver.findElements(By.xpath("//tr[td/a[normalize-space()='" + name + "']]"))) {
          rows.append(row.getText()).append('\n');
        }
        return rows.toString();
      }
    }
    throw new AssertionError(name + " is not on any page of the worklist");
  }
}
