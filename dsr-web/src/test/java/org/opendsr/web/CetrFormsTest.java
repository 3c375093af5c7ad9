package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.Purpose;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.cetr.PanelRole;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.rating.Rating;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Planning, holding and recording a refused C(E)TR: each saved through the library, each error
 * named by field and rule with what was typed kept, a role the access rules refuse, and a record
 * changed by someone else since the form was opened.
 */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class CetrFormsTest {

  @Autowired MockMvc mvc;
  @Autowired AccessControlledRegister register;
  @Autowired DynamicSupportRegister inner;
  @Autowired Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private String body(ResultActions r) throws Exception {
    return r.andReturn().getResponse().getContentAsString();
  }

  private Entry now(Entry e) {
    return register.entry(Fixtures.COORDINATOR, AccessPurpose.DIRECT_CARE, e.id());
  }

  private Entry red(int age) {
    return CetrFixtures.ratedRed(register, inner, today().minusYears(age), today());
  }

  private static MockHttpServletRequestBuilder date(
      MockHttpServletRequestBuilder r, String prefix, LocalDate d) {
    return r.param(prefix + "Day", Integer.toString(d.getDayOfMonth()))
        .param(prefix + "Month", Integer.toString(d.getMonthValue()))
        .param(prefix + "Year", Integer.toString(d.getYear()));
  }

  private MockHttpServletRequestBuilder plan(Entry e, long version) {
    return post("/people/" + e.id().value() + "/cetr/plan")
        .with(user("coordinator"))
        .with(csrf())
        .param("version", Long.toString(version))
        .param("chair", "Dr Chair")
        .param("clinicalExpert", "Dr Expert")
        .param("expertByExperience", "Kim Experience");
  }

  private MockHttpServletRequestBuilder hold(Entry e, Task review, long version) {
    return hold(e, review, version, today(), "");
  }

  /** A review held on a day, with a finding for each of the four questions but one left out. */
  private MockHttpServletRequestBuilder hold(
      Entry e, Task review, long version, LocalDate on, String leftOut) {
    MockHttpServletRequestBuilder r =
        date(
            post("/people/" + e.id().value() + "/cetr/" + review.id().value() + "/hold")
                .with(user("coordinator"))
                .with(csrf())
                .param("version", Long.toString(version))
                .param("chair", "Dr Chair")
                .param("clinicalExpert", "Dr Expert")
                .param("expertByExperience", "Kim Experience"),
            "on",
            on);
    java.util.Map<String, String> findings =
        java.util.Map.of(
            "IS_SAFE", "Safe with support at home",
            "GOOD_CARE", "Good, but the team is stretched",
            "FUTURE_PLANS", "Wants to stay near family",
            "COMMUNITY_CARE_POSSIBLE", "Yes, with intensive support");
    findings.forEach(
        (q, finding) -> {
          if (!q.equals(leftOut)) {
            r.param("findings[" + q + "]", finding);
          }
        });
    return r;
  }

  // ------------------------------------------------------------------ plan

  @Test
  void a_red_rating_s_review_is_planned_with_its_panel_papers_and_consent_then_shown()
      throws Exception {
    Entry e = red(30);
    Task review = CetrFixtures.review(e);
    mvc.perform(
            date(date(plan(e, e.version()), "on", today().plusDays(7)), "papers", today())
                .param("consent", "given"))
        .andExpect(redirectedUrl("/people/" + e.id().value()));

    Entry after = now(e);
    assertThat(after.openTasks(TaskKind.CETR)).containsExactly(review);
    assertThat(after.cetrPlan(review.id().value()))
        .hasValueSatisfying(
            p -> {
              assertThat(p.on()).isEqualTo(today().plusDays(7));
              assertThat(p.papersSentOn()).contains(today());
              assertThat(p.panel().members())
                  .containsEntry(PanelRole.CHAIR, "Dr Chair")
                  .containsEntry(PanelRole.EXPERT_BY_EXPERIENCE, "Kim Experience");
            });
    assertThat(inner.consent(e.id(), Purpose.cetr(review.id().value()), today()).isPermitted())
        .isTrue();
    String page = body(mvc.perform(get("/people/" + e.id().value()).with(user("coordinator"))));
    assertThat(page)
        .contains("Booked for")
        .contains(today().plusDays(7).format(Forms.DAY))
        .contains("Dr Chair")
        .contains("Kim Experience")
        .contains("/cetr/" + review.id().value() + "/hold");
  }

  @Test
  void a_review_booked_after_the_day_it_is_due_is_shown_as_late_on_the_person_page()
      throws Exception {
    Entry e = red(30);
    Task review = CetrFixtures.review(e);
    LocalDate late = review.due().plusDays(3);
    mvc.perform(date(plan(e, e.version()), "on", late).param("consent", "later"))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    String page = body(mvc.perform(get("/people/" + e.id().value()).with(user("coordinator"))));
    assertThat(page).contains(late.format(Forms.DAY)).contains("After the day it is due");

    Entry onTime = red(30);
    mvc.perform(
            date(plan(onTime, onTime.version()), "on", CetrFixtures.review(onTime).due())
                .param("consent", "later"))
        .andExpect(redirectedUrl("/people/" + onTime.id().value()));
    assertThat(body(mvc.perform(get("/people/" + onTime.id().value()).with(user("coordinator")))))
        .doesNotContain("After the day it is due");
  }

  @Test
  void the_plan_says_a_ctr_for_an_adult_and_a_cetr_for_a_child() throws Exception {
    Entry adult = red(30);
    Entry child = red(17);
    assertThat(
            body(
                mvc.perform(
                    get("/people/" + adult.id().value() + "/cetr/plan").with(user("coordinator")))))
        .contains("Care and Treatment Review (CTR)")
        .doesNotContain("Care, Education and Treatment Review");
    assertThat(
            body(
                mvc.perform(
                    get("/people/" + child.id().value() + "/cetr/plan").with(user("coordinator")))))
        .contains("Care, Education and Treatment Review (CETR)")
        .contains("under 18");
  }

  @Test
  void a_plan_without_a_review_due_asks_for_one_on_the_day_booked() throws Exception {
    Entry e = Fixtures.active(register, inner, today().minusYears(30), today());
    mvc.perform(date(plan(e, e.version()), "on", today().plusDays(20)).param("consent", "later"))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    Task review = CetrFixtures.review(now(e));
    assertThat(review.due()).isEqualTo(today().plusDays(20));
    assertThat(now(e).cetrPlan(review.id().value())).isPresent();
  }

  @Test
  void consent_decided_another_way_goes_on_to_the_consent_form_for_this_review() throws Exception {
    Entry e = red(30);
    Task review = CetrFixtures.review(e);
    mvc.perform(date(plan(e, e.version()), "on", today().plusDays(7)).param("consent", "other"))
        .andExpect(
            redirectedUrl(
                "/people/" + e.id().value() + "/consent?purpose=cetr:" + review.id().value()));
  }

  @Test
  void a_plan_with_no_day_booked_and_no_answer_about_consent_names_both_and_keeps_the_panel()
      throws Exception {
    Entry e = red(30);
    String html = body(mvc.perform(plan(e, e.version())).andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#onDay\"")
        .contains("Enter the day the review is booked for")
        .contains("href=\"#consent\"")
        .contains("Select whether the person consented to this review")
        .contains("value=\"Dr Chair\"")
        .contains("value=\"Kim Experience\"");
    assertThat(now(e).cetrPlan(CetrFixtures.review(e).id().value())).isEmpty();
  }

  @Test
  void a_review_booked_in_the_past_or_papers_sent_tomorrow_are_refused_by_field() throws Exception {
    Entry e = red(30);
    String html =
        body(
            mvc.perform(
                    date(
                            date(plan(e, e.version()), "on", today().minusDays(1)),
                            "papers",
                            today().plusDays(1))
                        .param("consent", "later"))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("The day the review is booked for must be today or in the future")
        .contains("href=\"#papersDay\"")
        .contains("The day the papers were sent must be today or in the past");
  }

  @Test
  void papers_sent_after_the_day_booked_or_with_no_month_are_refused() throws Exception {
    Entry e = red(30);
    LocalDate t = today();
    String noMonth =
        body(
            mvc.perform(
                date(plan(e, e.version()), "on", t.plusDays(3))
                    .param("papersDay", "1")
                    .param("papersMonth", "")
                    .param("papersYear", Integer.toString(t.getYear()))
                    .param("consent", "later")));
    assertThat(noMonth).contains("The day the papers were sent must include a month");
    assertThat(now(e).cetrPlan(CetrFixtures.review(e).id().value())).isEmpty();
  }

  @Test
  void an_agency_worker_may_see_the_person_but_not_plan_their_review() throws Exception {
    Entry e = CetrFixtures.sharedWithTheCouncil(register, red(30), today());
    String page = body(mvc.perform(get("/people/" + e.id().value()).with(user("agency"))));
    assertThat(page).contains("Robin Fixture").doesNotContain("/cetr/plan");
    mvc.perform(get("/people/" + e.id().value() + "/cetr/plan").with(user("agency")))
        .andExpect(status().isForbidden());
    mvc.perform(
            date(plan(e, e.version()), "on", today().plusDays(7))
                .param("consent", "later")
                .with(user("agency")))
        .andExpect(status().isForbidden());
    assertThat(now(e).cetrPlan(CetrFixtures.review(e).id().value())).isEmpty();
  }

  @Test
  void a_plan_on_a_stale_version_says_what_changed_and_keeps_what_was_typed() throws Exception {
    Entry opened = red(30);
    CetrFixtures.consented(register, opened, today());
    String html =
        body(
            mvc.perform(
                    date(plan(opened, opened.version()), "on", today().plusDays(7))
                        .param("consent", "later"))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("This record was changed by someone else since you opened it")
        .contains("Consent recorded")
        .contains("value=\"Dr Chair\"");
    assertThat(now(opened).cetrPlan(CetrFixtures.review(opened).id().value())).isEmpty();
  }

  // ------------------------------------------------------------------ hold

  @Test
  void a_review_held_records_findings_and_agreed_actions_and_asks_for_a_new_rating()
      throws Exception {
    Entry e = CetrFixtures.consented(register, red(30), today());
    Task review = CetrFixtures.review(e);
    String form =
        body(
            mvc.perform(
                get("/people/" + e.id().value() + "/cetr/" + review.id().value() + "/hold")
                    .with(user("coordinator"))));
    assertThat(form).contains("Is the person safe?").doesNotContain("education needs");
    mvc.perform(
            date(
                hold(e, review, e.version())
                    .param("actions[0].what", "Intensive support at home for six weeks")
                    .param("actions[0].owner", "Sam Nurse")
                    .param("actions[0].agency", "CLDT"),
                "actions[0].due",
                today().plusDays(42)))
        .andExpect(redirectedUrl("/people/" + e.id().value()));

    Entry after = now(e);
    assertThat(after.cetrs()).hasSize(1);
    assertThat(after.cetrs().get(0).isPanelIncomplete()).isFalse();
    assertThat(after.actions())
        .anySatisfy(
            a -> {
              assertThat(a.plan().description())
                  .isEqualTo("Intensive support at home for six weeks");
              assertThat(a.plan().ownerId()).isEqualTo("Sam Nurse");
              assertThat(a.plan().due()).isEqualTo(today().plusDays(42));
            });
    assertThat(after.openTasks(TaskKind.RERATE)).hasSize(1);
    String page = body(mvc.perform(get("/people/" + e.id().value()).with(user("coordinator"))));
    assertThat(page)
        .contains("Safe with support at home")
        .contains("Intensive support at home for six weeks")
        .contains("Rate the person again");
    String rate =
        body(mvc.perform(get("/people/" + e.id().value() + "/rate").with(user("coordinator"))));
    assertThat(rate)
        .contains("A new rating is due after the C(E)TR")
        .contains(after.openTasks(TaskKind.RERATE).get(0).due().format(Forms.DAY));
  }

  @Test
  void a_child_s_review_asks_the_education_question_and_needs_a_finding_for_it() throws Exception {
    Entry e = CetrFixtures.consented(register, red(17), today());
    Task review = CetrFixtures.review(e);
    String html = body(mvc.perform(hold(e, review, e.version())).andExpect(status().isOk()));
    assertThat(html)
        .contains("Are their education needs being met?")
        .contains("href=\"#findings-EDUCATION_NEEDS_MET\"")
        .contains("Enter a finding for: Are their education needs being met?")
        .contains("Safe with support at home");
    assertThat(now(e).cetrs()).isEmpty();
  }

  @Test
  void a_missing_finding_and_an_action_begun_but_not_finished_are_each_named() throws Exception {
    Entry e = CetrFixtures.consented(register, red(30), today());
    Task review = CetrFixtures.review(e);
    String html =
        body(
            mvc.perform(
                    hold(e, review, e.version(), today(), "IS_SAFE")
                        .param("actions[0].what", "Review medication")
                        .param("actions[0].dueDay", "31")
                        .param("actions[0].dueMonth", "2")
                        .param("actions[0].dueYear", "2030"))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#findings-IS_SAFE\"")
        .contains("Enter a finding for: Is the person safe?")
        .contains("href=\"#actions-0.owner\"")
        .contains("Enter who will do action 1")
        .contains("Enter the agency of who will do action 1")
        .contains("href=\"#actions-0.dueDay\"")
        .contains("The due date of action 1 must be a real date")
        .contains("value=\"Review medication\"")
        .contains("Good, but the team is stretched");
    assertThat(now(e).cetrs()).isEmpty();
  }

  @Test
  void a_review_held_without_consent_for_it_says_to_record_consent_or_the_refusal()
      throws Exception {
    Entry e = red(30);
    Task review = CetrFixtures.review(e);
    String html = body(mvc.perform(hold(e, review, e.version())).andExpect(status().isOk()));
    assertThat(html)
        .contains("There is no consent, or other basis, for this review on the day it was held")
        .contains("Safe with support at home");
    assertThat(now(e).cetrs()).isEmpty();
  }

  @Test
  void a_review_held_in_the_future_is_refused() throws Exception {
    Entry e = CetrFixtures.consented(register, red(30), today());
    Task review = CetrFixtures.review(e);
    String html =
        body(
            mvc.perform(hold(e, review, e.version(), today().plusDays(1), ""))
                .andExpect(status().isOk()));
    assertThat(html).contains("The date of the review must be today or in the past");
  }

  @Test
  void an_agency_worker_may_not_record_a_review_held() throws Exception {
    Entry e = CetrFixtures.sharedWithTheCouncil(register, red(30), today());
    Task review = CetrFixtures.review(e);
    mvc.perform(
            get("/people/" + e.id().value() + "/cetr/" + review.id().value() + "/hold")
                .with(user("agency")))
        .andExpect(status().isForbidden());
    mvc.perform(hold(e, review, e.version()).with(user("agency")))
        .andExpect(status().isForbidden());
    assertThat(now(e).cetrs()).isEmpty();
  }

  @Test
  void a_review_held_on_a_stale_version_keeps_the_findings_typed() throws Exception {
    Entry opened = red(30);
    Task review = CetrFixtures.review(opened);
    CetrFixtures.consented(register, opened, today());
    String html =
        body(mvc.perform(hold(opened, review, opened.version())).andExpect(status().isOk()));
    assertThat(html)
        .contains("This record was changed by someone else since you opened it")
        .contains("Wants to stay near family");
    assertThat(now(opened).cetrs()).isEmpty();
  }

  @Test
  void a_review_that_is_not_open_is_not_found() throws Exception {
    Entry e = red(30);
    mvc.perform(
            get("/people/" + e.id().value() + "/cetr/" + e.id().value() + "-T99/hold")
                .with(user("coordinator")))
        .andExpect(status().isNotFound());
  }

  // ------------------------------------------------------------------ refused

  private MockHttpServletRequestBuilder refused(Entry e, Task review, long version, LocalDate on) {
    return date(
        post("/people/" + e.id().value() + "/cetr/" + review.id().value() + "/refused")
            .with(user("coordinator"))
            .with(csrf())
            .param("version", Long.toString(version)),
        "on",
        on);
  }

  @Test
  void a_refused_review_records_the_refusal_and_changes_nothing_else() throws Exception {
    Entry e = red(30);
    Task review = CetrFixtures.review(e);
    mvc.perform(refused(e, review, e.version(), today()))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    Entry after = now(e);
    assertThat(after.cetrRefusals()).hasSize(1);
    assertThat(after.task(review.id().value()).orElseThrow().outcome())
        .contains(TaskOutcome.REFUSED);
    assertThat(after.currentRating()).contains(Rating.RED);
    assertThat(inner.consent(e.id(), Purpose.cetr(review.id().value()), today()).isPermitted())
        .isFalse();
    assertThat(body(mvc.perform(get("/people/" + e.id().value()).with(user("coordinator")))))
        .contains("A review was refused by the person on " + today().format(Forms.DAY));
  }

  @Test
  void a_refusal_dated_tomorrow_is_refused_naming_the_date() throws Exception {
    Entry e = red(30);
    Task review = CetrFixtures.review(e);
    String html =
        body(
            mvc.perform(refused(e, review, e.version(), today().plusDays(1)))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#onDay\"")
        .contains("The date of the refusal must be today or in the past");
    assertThat(now(e).cetrRefusals()).isEmpty();
  }

  @Test
  void an_agency_worker_may_not_record_a_refusal() throws Exception {
    Entry e = CetrFixtures.sharedWithTheCouncil(register, red(30), today());
    Task review = CetrFixtures.review(e);
    mvc.perform(refused(e, review, e.version(), today()).with(user("agency")))
        .andExpect(status().isForbidden());
    assertThat(now(e).cetrRefusals()).isEmpty();
  }

  @Test
  void a_refusal_on_a_stale_version_says_what_changed() throws Exception {
    Entry opened = red(30);
    Task review = CetrFixtures.review(opened);
    register.handle(
        Fixtures.COORDINATOR,
        AccessPurpose.DIRECT_CARE,
        new Command.RecordFirstContact("coordinator", opened.id(), opened.version(), today()));
    String html =
        body(
            mvc.perform(refused(opened, review, opened.version(), today()))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("This record was changed by someone else since you opened it")
        .contains("First contact made");
    assertThat(now(opened).cetrRefusals()).isEmpty();
  }
}
