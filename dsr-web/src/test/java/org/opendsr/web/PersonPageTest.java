package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.DynamicSupportRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The person page: consent per purpose with its basis, tasks with their forms, an "as of" day. */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class PersonPageTest {

  @Autowired MockMvc mvc;
  @Autowired AccessControlledRegister register;
  @Autowired DynamicSupportRegister inner;
  @Autowired Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private String page(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void a_referred_persons_open_task_links_to_the_form_that_does_it() throws Exception {
    Entry e = Fixtures.referred(register, inner, today().minusYears(30), today());
    String html = page(get("/people/" + e.id().value()).with(user("coordinator")));
    assertThat(html)
        .contains("Record first contact")
        .contains("href=\"/people/" + e.id().value() + "/first-contact\"")
        .contains("Not in place")
        .contains("Being on the register");
  }

  @Test
  void consent_to_inclusion_is_shown_in_place_with_its_basis_and_until_when() throws Exception {
    Entry e = Fixtures.active(register, inner, today().minusYears(30), today());
    String html = page(get("/people/" + e.id().value()).with(user("coordinator")));
    assertThat(html)
        .contains("In place")
        .contains("The person&#39;s own consent, until")
        .contains("Referral to the keyworker service")
        .doesNotContain("PERSON_CONSENT");
  }

  @Test
  void the_page_says_what_day_it_shows_and_the_history_is_a_timeline() throws Exception {
    Entry e = Fixtures.active(register, inner, today().minusYears(30), today());
    String html = page(get("/people/" + e.id().value()).with(user("coordinator")));
    assertThat(html)
        .contains("Shown as of <strong>" + today().format(Forms.DAY) + "</strong>")
        .contains("Referred to the register")
        .contains("Consent recorded")
        .contains("Demo coordinator");
  }

  @Test
  void a_day_before_the_referral_is_refused_naming_the_as_of_date() throws Exception {
    Entry e = Fixtures.active(register, inner, today().minusYears(30), today());
    LocalDate before = today().minusDays(3);
    String html =
        page(
            get("/people/" + e.id().value())
                .with(user("coordinator"))
                .param("asOfDay", Integer.toString(before.getDayOfMonth()))
                .param("asOfMonth", Integer.toString(before.getMonthValue()))
                .param("asOfYear", Integer.toString(before.getYear())));
    assertThat(html).contains("href=\"#asOfDay\"").contains("must be on or after the referral");
  }

  @Test
  void an_earlier_day_shows_the_rating_as_it_was_and_offers_no_changes() throws Exception {
    String someone =
        register
            .worklist(
                Fixtures.COORDINATOR,
                org.opendsr.core.access.AccessPurpose.REGISTER_ADMINISTRATION,
                today(),
                14)
            .items()
            .get(0)
            .entryId()
            .value();
    Entry e =
        register.entry(
            Fixtures.COORDINATOR,
            org.opendsr.core.access.AccessPurpose.DIRECT_CARE,
            org.opendsr.core.entry.EntryId.of(someone));
    LocalDate referred = e.referral().date();
    String html =
        page(
            get("/people/" + someone)
                .with(user("coordinator"))
                .param("asOfDay", Integer.toString(referred.getDayOfMonth()))
                .param("asOfMonth", Integer.toString(referred.getMonthValue()))
                .param("asOfYear", Integer.toString(referred.getYear())));
    assertThat(html)
        .contains("Shown as of <strong>" + referred.format(Forms.DAY) + "</strong>")
        .contains("Nothing can be changed from this view")
        .doesNotContain("/close\"");
  }
}
