package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.DynamicSupportRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Referring a person: every field checked by the library's rules, named in the error summary. */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ReferFormTest {

  @Autowired MockMvc mvc;
  @Autowired AccessControlledRegister register;
  @Autowired DynamicSupportRegister inner;
  @Autowired Clock clock;

  /** A complete referral, with some fields given other values (name, value, name, value...). */
  private MockHttpServletRequestBuilder referral(String nhsNumber, String... changed) {
    LocalDate today = LocalDate.now(clock);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("source", "FAMILY_OR_CARER");
    fields.put("referrerRole", "mother");
    fields.put("telephone", "01234 567890");
    fields.put("receivedDay", Integer.toString(today.getDayOfMonth()));
    fields.put("receivedMonth", Integer.toString(today.getMonthValue()));
    fields.put("receivedYear", Integer.toString(today.getYear()));
    fields.put("givenName", "Alex");
    fields.put("familyName", "Example");
    fields.put("nhsNumber", nhsNumber);
    fields.put("bornDay", "14");
    fields.put("bornMonth", "2");
    fields.put("bornYear", "2009");
    fields.put("diagnosis", "AUTISM");
    fields.put("locality", "Swindon");
    fields.put("setting", "FAMILY_HOME");
    for (int i = 0; i + 1 < changed.length; i += 2) {
      fields.put(changed[i], changed[i + 1]);
    }
    MockHttpServletRequestBuilder request = post("/refer").with(user("coordinator")).with(csrf());
    fields.forEach(request::param);
    return request;
  }

  private String body(org.springframework.test.web.servlet.ResultActions r) throws Exception {
    return r.andReturn().getResponse().getContentAsString();
  }

  @Test
  void an_empty_referral_names_every_required_field_in_the_error_summary() throws Exception {
    String html =
        body(
            mvc.perform(post("/refer").with(user("coordinator")).with(csrf()))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("There is a problem")
        .contains("href=\"#source\"")
        .contains("Select who made the referral")
        .contains("href=\"#referrerRole\"")
        .contains("href=\"#givenName\"")
        .contains("Enter the person&#39;s first name")
        .contains("href=\"#nhsNumber\"")
        .contains("href=\"#bornDay\"")
        .contains("Enter the date of birth")
        .contains("href=\"#diagnosis\"")
        .contains("href=\"#locality\"")
        .contains("href=\"#setting\"")
        .contains("<title>Error: Refer a person");
  }

  @Test
  void a_referral_with_a_wrong_check_digit_names_the_nhs_number_and_keeps_what_was_typed()
      throws Exception {
    String html = body(mvc.perform(referral("999 123 4568")).andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#nhsNumber\"")
        .contains("Enter the person&#39;s NHS number: 10 digits")
        .contains("value=\"Alex\"")
        .contains("value=\"mother\"")
        .contains("value=\"AUTISM\" checked");
  }

  @Test
  void a_referral_without_any_way_to_reach_the_referrer_is_refused_by_the_librarys_rule()
      throws Exception {
    String html =
        body(
            mvc.perform(referral(Fixtures.freshNhsNumber(inner), "telephone", ""))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#telephone\"")
        .contains("The referrer&#39;s contact needs a telephone number or an email address");
  }

  @Test
  void a_referral_dated_tomorrow_names_the_date_it_was_received() throws Exception {
    LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
    String html =
        body(
            mvc.perform(
                    referral(
                        Fixtures.freshNhsNumber(inner),
                        "receivedDay",
                        Integer.toString(tomorrow.getDayOfMonth()),
                        "receivedMonth",
                        Integer.toString(tomorrow.getMonthValue()),
                        "receivedYear",
                        Integer.toString(tomorrow.getYear())))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#receivedDay\"")
        .contains("The date the referral was received must be today or in the past");
  }

  @Test
  void a_valid_referral_is_saved_then_redirects_to_the_persons_page() throws Exception {
    String nhs = Fixtures.freshNhsNumber(inner);
    mvc.perform(referral(nhs)).andExpect(redirectedUrlPattern("/people/*"));
    var episodes = inner.episodesOf(NhsNumber.parse(nhs));
    assertThat(episodes).hasSize(1);
    assertThat(episodes.get(0).status()).isEqualTo(EntryStatus.REFERRED);
  }

  @Test
  void a_person_with_an_open_entry_cannot_be_referred_again() throws Exception {
    String nhs = Fixtures.freshNhsNumber(inner);
    mvc.perform(referral(nhs)).andExpect(redirectedUrlPattern("/people/*"));
    String html = body(mvc.perform(referral(nhs)).andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#nhsNumber\"")
        .contains("already has an open entry on the register");
    assertThat(inner.episodesOf(NhsNumber.parse(nhs))).hasSize(1);
  }

  @Test
  void an_analyst_may_not_open_or_send_the_referral_form() throws Exception {
    mvc.perform(get("/refer").with(user("analyst"))).andExpect(status().isForbidden());
    String nhs = Fixtures.freshNhsNumber(inner);
    mvc.perform(referral(nhs).with(user("analyst"))).andExpect(status().isForbidden());
    assertThat(inner.episodesOf(NhsNumber.parse(nhs))).isEmpty();
  }

  @Test
  void the_referral_form_shows_choices_in_words_not_the_librarys_names() throws Exception {
    String html =
        body(mvc.perform(get("/refer").with(user("coordinator"))).andExpect(status().isOk()));
    assertThat(html)
        .contains("A family member or carer")
        .contains("Waiting for an autism assessment")
        .doesNotContain(">FAMILY_OR_CARER<")
        .doesNotContain(">SUSPECTED_AUTISM<");
  }
}
