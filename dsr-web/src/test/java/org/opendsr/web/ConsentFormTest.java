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
import org.opendsr.consent.BestInterestsDecision;
import org.opendsr.consent.CapacityAssessment;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.DynamicSupportRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Recording consent in each lawful way: details checked, errors named, stale versions kept. */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ConsentFormTest {

  @Autowired MockMvc mvc;
  @Autowired AccessControlledRegister register;
  @Autowired DynamicSupportRegister inner;
  @Autowired Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Entry referredAdult() {
    return Fixtures.referred(register, inner, today().minusYears(30), today());
  }

  private MockHttpServletRequestBuilder details(Entry e, String purpose, String way) {
    LocalDate today = today();
    return post("/people/" + e.id().value() + "/consent/details")
        .with(user("coordinator"))
        .with(csrf())
        .param("version", Long.toString(e.version()))
        .param("purpose", purpose)
        .param("way", way)
        .param("onDay", Integer.toString(today.getDayOfMonth()))
        .param("onMonth", Integer.toString(today.getMonthValue()))
        .param("onYear", Integer.toString(today.getYear()));
  }

  private String body(ResultActions r) throws Exception {
    return r.andReturn().getResponse().getContentAsString();
  }

  private Entry now(Entry e) {
    return register.entry(Fixtures.COORDINATOR, AccessPurpose.DIRECT_CARE, e.id());
  }

  @Test
  void choosing_neither_the_purpose_nor_the_way_names_both_in_the_error_summary() throws Exception {
    Entry e = referredAdult();
    String html =
        body(
            mvc.perform(
                    get("/people/" + e.id().value() + "/consent/details").with(user("coordinator")))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#purpose\"")
        .contains("Select what the consent is for")
        .contains("href=\"#way\"")
        .contains("Select how the decision was made");
  }

  @Test
  void the_purposes_and_ways_are_offered_in_words() throws Exception {
    Entry e = referredAdult();
    String html =
        body(
            mvc.perform(get("/people/" + e.id().value() + "/consent").with(user("coordinator")))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("Being on the register")
        .contains("Referral to the keyworker service")
        .contains("A person with parental responsibility consented for a child under 16")
        .contains("best-interests decision")
        .contains("registered attorney")
        .contains("Consent was withdrawn")
        .doesNotContain(">BEST_INTERESTS<");
  }

  @Test
  void the_persons_own_consent_to_inclusion_puts_a_referred_person_on_the_register()
      throws Exception {
    Entry e = referredAdult();
    mvc.perform(details(e, "inclusion", "OWN"))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    assertThat(now(e).status()).isEqualTo(EntryStatus.ACTIVE);
  }

  @Test
  void parental_consent_without_the_childs_view_or_the_relationship_names_both() throws Exception {
    Entry e = Fixtures.referred(register, inner, today().minusYears(10), today());
    String html = body(mvc.perform(details(e, "inclusion", "PARENTAL")).andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#parentRelationship\"")
        .contains("href=\"#childsView\"")
        .contains("Select what the child said");
    assertThat(now(e).consentRecords()).isEmpty();
  }

  @Test
  void parental_consent_with_the_childs_view_is_recorded_for_a_child() throws Exception {
    Entry e = Fixtures.referred(register, inner, today().minusYears(10), today());
    mvc.perform(
            details(e, "inclusion", "PARENTAL")
                .param("parentRelationship", "Mother")
                .param("childsView", "AGREES"))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    Entry after = now(e);
    assertThat(after.consentRecords()).singleElement().isInstanceOf(ParentalConsent.class);
    assertThat(after.status()).isEqualTo(EntryStatus.ACTIVE);
  }

  @Test
  void a_best_interests_decision_needs_the_capacity_findings_who_was_consulted_and_reasons()
      throws Exception {
    Entry e = referredAdult();
    String html =
        body(mvc.perform(details(e, "inclusion", "BEST_INTERESTS")).andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#inabilities\"")
        .contains("Select what the person cannot do for this decision")
        .contains("href=\"#consulted\"")
        .contains("href=\"#inBestInterests\"")
        .contains("href=\"#reasons\"");
  }

  @Test
  void a_capacity_assessment_and_best_interests_decision_are_recorded_together() throws Exception {
    Entry e = referredAdult();
    mvc.perform(
            details(e, "inclusion", "BEST_INTERESTS")
                .param("inabilities", "UNDERSTAND", "USE_OR_WEIGH")
                .param("consulted", "FAMILY", "ADVOCATE")
                .param("inBestInterests", "yes")
                .param("reasons", "Support from all agencies is needed to stay at home"))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    Entry after = now(e);
    assertThat(after.consentRecords()).hasSize(2).first().isInstanceOf(CapacityAssessment.class);
    assertThat(after.consentRecords().get(1)).isInstanceOf(BestInterestsDecision.class);
    assertThat(after.status()).isEqualTo(EntryStatus.ACTIVE);
  }

  @Test
  void an_attorney_under_18_when_the_power_was_registered_is_refused_naming_the_attorney()
      throws Exception {
    Entry e = referredAdult();
    LocalDate registered = today().minusYears(1);
    LocalDate born = registered.minusYears(17);
    String html =
        body(
            mvc.perform(
                    details(e, "inclusion", "ATTORNEY")
                        .param("inabilities", "COMMUNICATE")
                        .param("attorneyBornDay", Integer.toString(born.getDayOfMonth()))
                        .param("attorneyBornMonth", Integer.toString(born.getMonthValue()))
                        .param("attorneyBornYear", Integer.toString(born.getYear()))
                        .param("lpaDay", Integer.toString(registered.getDayOfMonth()))
                        .param("lpaMonth", Integer.toString(registered.getMonthValue()))
                        .param("lpaYear", Integer.toString(registered.getYear())))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#attorneyBornDay\"")
        .contains("an attorney must be 18 or over when the power is registered");
    assertThat(now(e).consentRecords()).isEmpty();
  }

  @Test
  void withdrawing_consent_to_inclusion_takes_the_person_off_the_register() throws Exception {
    Entry e = Fixtures.active(register, inner, today().minusYears(30), today());
    mvc.perform(details(e, "inclusion", "WITHDRAWN").param("withdrawnBy", "person"))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    assertThat(now(e).status()).isEqualTo(EntryStatus.CLOSED);
  }

  @Test
  void consent_on_a_stale_version_says_what_changed_and_keeps_what_was_typed() throws Exception {
    Entry e = referredAdult();
    Entry opened = e;
    mvc.perform(details(e, "keyworker", "OWN"))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    String html =
        body(
            mvc.perform(
                    details(opened, "inclusion", "PARENTAL")
                        .param("parentRelationship", "Grandmother")
                        .param("childsView", "DISAGREES"))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("This record was changed by someone else since you opened it")
        .contains("Consent recorded")
        .contains("value=\"Grandmother\"")
        .contains("value=\"DISAGREES\" checked");
  }

  @Test
  void an_agency_worker_who_may_not_see_the_person_may_not_record_consent() throws Exception {
    Entry e = referredAdult();
    mvc.perform(get("/people/" + e.id().value() + "/consent").with(user("agency")))
        .andExpect(status().isForbidden());
    mvc.perform(details(e, "inclusion", "OWN").with(user("agency")))
        .andExpect(status().isForbidden());
    assertThat(now(e).consentRecords()).isEmpty();
  }
}
