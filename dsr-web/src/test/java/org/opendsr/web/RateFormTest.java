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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.Rating;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Rating: the questions in the instrument's words, the suggestion and its reasons shown before
 * anything is saved, and an override only with a reason.
 */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class RateFormTest {

  @Autowired MockMvc mvc;
  @Autowired AccessControlledRegister register;
  @Autowired DynamicSupportRegister inner;
  @Autowired Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Entry active() {
    return Fixtures.active(register, inner, today().minusYears(30), today());
  }

  /** Answers that suggest Red: an immediate risk of admission, and nothing else. */
  private MockHttpServletRequestBuilder red(String path, Entry e, String... yes) {
    LocalDate t = today();
    MockHttpServletRequestBuilder request =
        post(path)
            .with(user("coordinator"))
            .with(csrf())
            .param("version", Long.toString(e.version()))
            .param("onDay", Integer.toString(t.getDayOfMonth()))
            .param("onMonth", Integer.toString(t.getMonthValue()))
            .param("onYear", Integer.toString(t.getYear()));
    List<String> yeses = List.of(yes);
    for (String item :
        List.of(
            Instruments.IMMEDIATE_RISK_OF_ADMISSION,
            Instruments.IN_CRISIS,
            Instruments.RISK_NOT_MANAGED_IN_COMMUNITY,
            Instruments.IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION,
            Instruments.SIGNIFICANTLY_INCREASED_RISK,
            Instruments.SOME_RISKS_CURRENTLY_MANAGED)) {
      boolean y = item.equals(Instruments.IMMEDIATE_RISK_OF_ADMISSION) || yeses.contains(item);
      request.param("answers[" + item + "]", y ? "yes" : "no");
    }
    return request;
  }

  private String body(ResultActions r) throws Exception {
    return r.andReturn().getResponse().getContentAsString();
  }

  private Entry now(Entry e) {
    return register.entry(Fixtures.COORDINATOR, AccessPurpose.DIRECT_CARE, e.id());
  }

  @Test
  void the_questions_are_the_instruments_own_words_without_item_ids() throws Exception {
    Entry e = active();
    String html =
        body(
            mvc.perform(get("/people/" + e.id().value() + "/rate").with(user("coordinator")))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("Are the person and/or their family experiencing a crisis?")
        .doesNotContain(">" + Instruments.IN_CRISIS + "<")
        .doesNotContain(">in_crisis");
  }

  @Test
  void every_unanswered_question_is_named_in_the_error_summary() throws Exception {
    Entry e = active();
    String html =
        body(
            mvc.perform(
                    post("/people/" + e.id().value() + "/rate")
                        .with(user("coordinator"))
                        .with(csrf())
                        .param("version", Long.toString(e.version())))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#answers-" + Instruments.IN_CRISIS + "\"")
        .contains("Answer the question: Are the person and/or their family experiencing a crisis?")
        .contains("href=\"#onDay\"");
    assertThat(html.split("Answer the question:", -1).length - 1)
        .isEqualTo(2 * Instruments.nationalDefinitions().items().size());
  }

  @Test
  void contradictory_answers_are_refused_with_the_instruments_words() throws Exception {
    Entry e = active();
    String html =
        body(
            mvc.perform(
                    red(
                        "/people/" + e.id().value() + "/rate",
                        e,
                        Instruments.RISK_NOT_MANAGED_IN_COMMUNITY,
                        Instruments.SOME_RISKS_CURRENTLY_MANAGED))
                .andExpect(status().isOk()));
    assertThat(html).contains("These answers cannot all be yes");
  }

  @Test
  void the_suggested_rating_and_its_reasons_are_shown_before_anything_is_saved() throws Exception {
    Entry e = active();
    String html =
        body(mvc.perform(red("/people/" + e.id().value() + "/rate", e)).andExpect(status().isOk()));
    assertThat(html)
        .contains("Check the rating before saving")
        .contains(">Red<")
        .contains("Is there an immediate risk that the person will be admitted to a mental health")
        .contains("A C(E)TR must take place");
    assertThat(now(e).ratings()).isEmpty();
  }

  @Test
  void accepting_the_suggestion_records_it_and_schedules_the_next_review() throws Exception {
    Entry e = active();
    mvc.perform(red("/people/" + e.id().value() + "/rate/save", e).param("choice", "accept"))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    Entry after = now(e);
    assertThat(after.currentRating()).contains(Rating.RED);
    String page = body(mvc.perform(get("/people/" + e.id().value()).with(user("coordinator"))));
    assertThat(page).contains("Next review").contains("A C(E)TR must take place");
  }

  @Test
  void an_override_without_a_reason_is_refused_naming_the_reason() throws Exception {
    Entry e = active();
    String html =
        body(
            mvc.perform(
                    red("/people/" + e.id().value() + "/rate/save", e)
                        .param("choice", "override")
                        .param("overrideRating", "AMBER"))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#overrideReason\"")
        .contains("Enter why you are recording a different rating");
    assertThat(now(e).ratings()).isEmpty();
  }

  @Test
  void an_override_to_the_suggested_rating_is_refused() throws Exception {
    Entry e = active();
    String html =
        body(
            mvc.perform(
                    red("/people/" + e.id().value() + "/rate/save", e)
                        .param("choice", "override")
                        .param("overrideRating", "RED")
                        .param("overrideReason", "no change"))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#overrideRating\"")
        .contains("Select a rating other than Red");
  }

  @Test
  void an_override_with_a_reason_records_both_the_suggestion_and_the_clinicians_rating()
      throws Exception {
    Entry e = active();
    mvc.perform(
            red("/people/" + e.id().value() + "/rate/save", e)
                .param("choice", "override")
                .param("overrideRating", "AMBER")
                .param("overrideReason", "Crisis plan in place since yesterday"))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    Entry after = now(e);
    assertThat(after.currentRating()).contains(Rating.AMBER);
    assertThat(after.ratings().get(0).recorded().suggestion().suggestedRating())
        .isEqualTo(Rating.RED);
    String page = body(mvc.perform(get("/people/" + e.id().value()).with(user("coordinator"))));
    assertThat(page)
        .contains("The questions suggested Red. A clinician recorded Amber instead")
        .contains("Crisis plan in place since yesterday");
  }

  @Test
  void a_rating_on_a_stale_version_says_so_and_keeps_the_override_typed() throws Exception {
    Entry e = active();
    Entry opened = e;
    mvc.perform(red("/people/" + e.id().value() + "/rate/save", e).param("choice", "accept"))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    String html =
        body(
            mvc.perform(
                    red("/people/" + e.id().value() + "/rate/save", opened)
                        .param("choice", "override")
                        .param("overrideRating", "AMBER")
                        .param("overrideReason", "Typed before the conflict"))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("This record was changed by someone else since you opened it")
        .contains("Rated Red")
        .contains("Typed before the conflict");
    assertThat(now(e).ratings()).hasSize(1);
  }

  @Test
  void a_referred_person_cannot_be_rated_yet_and_the_form_says_why() throws Exception {
    Entry e = Fixtures.referred(register, inner, today().minusYears(30), today());
    String html =
        body(
            mvc.perform(
                    red("/people/" + e.id().value() + "/rate/save", e).param("choice", "accept"))
                .andExpect(status().isOk()));
    assertThat(html).contains("There is a problem");
    assertThat(now(e).ratings()).isEmpty();
  }

  @Test
  void an_agency_worker_who_may_not_see_the_person_may_not_rate_them() throws Exception {
    Entry e = active();
    mvc.perform(get("/people/" + e.id().value() + "/rate").with(user("agency")))
        .andExpect(status().isForbidden());
    mvc.perform(
            red("/people/" + e.id().value() + "/rate/save", e)
                .with(user("agency"))
                .param("choice", "accept"))
        .andExpect(status().isForbidden());
    assertThat(now(e).ratings()).isEmpty();
  }
}
