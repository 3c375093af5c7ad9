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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.rating.Answer;
import org.opendsr.rating.Assessment;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.RecordedRating;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** First contact and a task done: a date checked as a real day, saved, then the person shown. */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class DatedFormTest {

  @Autowired MockMvc mvc;
  @Autowired AccessControlledRegister register;
  @Autowired DynamicSupportRegister inner;
  @Autowired Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private MockHttpServletRequestBuilder on(
      String path, long version, String d, String m, String y) {
    return post(path)
        .with(user("coordinator"))
        .with(csrf())
        .param("version", Long.toString(version))
        .param("onDay", d)
        .param("onMonth", m)
        .param("onYear", y);
  }

  private String body(ResultActions r) throws Exception {
    return r.andReturn().getResponse().getContentAsString();
  }

  private Entry now(Entry e) {
    return register.entry(Fixtures.COORDINATOR, AccessPurpose.DIRECT_CARE, e.id());
  }

  @Test
  void first_contact_on_a_day_that_does_not_exist_names_the_date() throws Exception {
    Entry e = Fixtures.referred(register, inner, today().minusYears(20), today());
    String html =
        body(
            mvc.perform(
                    on(
                        "/people/" + e.id().value() + "/first-contact",
                        e.version(),
                        "31",
                        "2",
                        "2026"))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#onDay\"")
        .contains("The date of first contact must be a real date");
    assertThat(now(e).firstContactOn()).isEmpty();
  }

  @Test
  void first_contact_without_a_month_says_the_date_must_include_one() throws Exception {
    Entry e = Fixtures.referred(register, inner, today().minusYears(20), today());
    String html =
        body(
            mvc.perform(
                    on(
                        "/people/" + e.id().value() + "/first-contact",
                        e.version(),
                        "3",
                        "",
                        "2026"))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#onMonth\"")
        .contains("The date of first contact must include a month");
  }

  @Test
  void first_contact_today_closes_the_first_contact_task_then_shows_the_person() throws Exception {
    Entry e = Fixtures.referred(register, inner, today().minusYears(20), today());
    LocalDate t = today();
    mvc.perform(
            on(
                "/people/" + e.id().value() + "/first-contact",
                e.version(),
                Integer.toString(t.getDayOfMonth()),
                Integer.toString(t.getMonthValue()),
                Integer.toString(t.getYear())))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    assertThat(now(e).firstContactOn()).contains(t);
    assertThat(now(e).openTasks(TaskKind.FIRST_CONTACT)).isEmpty();
  }

  @Test
  void first_contact_on_a_stale_version_says_what_changed_and_keeps_the_date_typed()
      throws Exception {
    Entry opened = Fixtures.referred(register, inner, today().minusYears(20), today());
    register.handle(
        Fixtures.COORDINATOR,
        AccessPurpose.DIRECT_CARE,
        new Command.RecordConsent(
            "coordinator",
            opened.id(),
            opened.version(),
            ConsentGiven.of(Purpose.inclusion(), today(), "coordinator")));
    String html =
        body(
            mvc.perform(
                    on(
                        "/people/" + opened.id().value() + "/first-contact",
                        opened.version(),
                        "1",
                        "1",
                        "2001"))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("This record was changed by someone else since you opened it")
        .contains("Consent recorded")
        .contains("value=\"2001\"");
    assertThat(now(opened).firstContactOn()).isEmpty();
  }

  @Test
  void a_task_done_is_closed_and_the_person_shown() throws Exception {
    Entry e = Fixtures.active(register, inner, today().minusYears(20), today());
    RecordedRating green =
        RecordedRating.asSuggested(
            Instruments.nationalDefinitions()
                .decide(
                    Assessment.of(
                        PersonContext.inCommunity(today().minusYears(20)),
                        today(),
                        Map.of(
                            Instruments.IMMEDIATE_RISK_OF_ADMISSION, Answer.no(),
                            Instruments.IN_CRISIS, Answer.no(),
                            Instruments.RISK_NOT_MANAGED_IN_COMMUNITY, Answer.no(),
                            Instruments.IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION, Answer.no(),
                            Instruments.SIGNIFICANTLY_INCREASED_RISK, Answer.no(),
                            Instruments.SOME_RISKS_CURRENTLY_MANAGED, Answer.yes()))));
    register.handle(
        Fixtures.COORDINATOR,
        AccessPurpose.DIRECT_CARE,
        new Command.RecordRating("coordinator", e.id(), e.version(), green));
    Entry rated = now(e);
    Task partners = rated.openTasks(TaskKind.IDENTIFY_CETR_PARTNERS).get(0);
    String page = body(mvc.perform(get("/people/" + e.id().value()).with(user("coordinator"))));
    assertThat(page).contains("/people/" + e.id().value() + "/tasks/" + partners.id() + "/done");
    LocalDate t = today();
    mvc.perform(
            on(
                "/people/" + e.id().value() + "/tasks/" + partners.id() + "/done",
                rated.version(),
                Integer.toString(t.getDayOfMonth()),
                Integer.toString(t.getMonthValue()),
                Integer.toString(t.getYear())))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    assertThat(now(e).openTasks(TaskKind.IDENTIFY_CETR_PARTNERS)).isEmpty();
  }

  @Test
  void a_task_that_has_its_own_form_cannot_be_marked_done_here() throws Exception {
    Entry e = Fixtures.referred(register, inner, today().minusYears(20), today());
    Task contact = e.openTasks(TaskKind.FIRST_CONTACT).get(0);
    mvc.perform(
            get("/people/" + e.id().value() + "/tasks/" + contact.id() + "/done")
                .with(user("coordinator")))
        .andExpect(status().isNotFound());
  }

  @Test
  void an_agency_worker_who_may_not_see_the_person_may_not_record_first_contact() throws Exception {
    Entry e = Fixtures.referred(register, inner, today().minusYears(20), today());
    mvc.perform(get("/people/" + e.id().value() + "/first-contact").with(user("agency")))
        .andExpect(status().isForbidden());
    mvc.perform(
            on("/people/" + e.id().value() + "/first-contact", e.version(), "1", "1", "2026")
                .with(user("agency")))
        .andExpect(status().isForbidden());
    assertThat(now(e).firstContactOn()).isEmpty();
  }
}
