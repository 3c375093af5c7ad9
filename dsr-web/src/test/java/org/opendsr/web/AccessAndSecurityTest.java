package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.worklist.WorklistItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Every page needs a signed-in user; the library's access rules decide what each one sees. */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class AccessAndSecurityTest {

  @Autowired MockMvc mvc;
  @Autowired AccessControlledRegister register;
  @Autowired Clock clock;

  private String someEntry() {
    Actor coordinator = Actor.professional("coordinator", Role.DSR_COORDINATOR, "ICB");
    WorklistItem item =
        register
            .worklist(coordinator, AccessPurpose.REGISTER_ADMINISTRATION, LocalDate.now(clock), 14)
            .items()
            .get(0);
    return item.entryId().value();
  }

  @Test
  void every_page_sends_a_signed_out_visitor_to_sign_in() throws Exception {
    for (String page : new String[] {"/", "/worklist", "/people/" + someEntry(), "/forbidden"}) {
      mvc.perform(get(page))
          .andExpect(status().is3xxRedirection())
          .andExpect(redirectedUrl("/sign-in"));
    }
  }

  @Test
  void a_coordinator_sees_the_worklist_with_names_that_link_to_the_person() throws Exception {
    String html =
        mvc.perform(get("/worklist").with(user("coordinator")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("Worklist").contains("href=\"/people/");
  }

  @Test
  void an_analyst_may_not_see_the_worklist_and_gets_the_403_page() throws Exception {
    mvc.perform(get("/worklist").with(user("analyst")))
        .andExpect(status().isForbidden())
        .andExpect(
            content().string(org.hamcrest.Matchers.containsString("You do not have access")));
  }

  @Test
  void an_agency_worker_whose_agency_is_not_involved_gets_403_for_the_person() throws Exception {
    mvc.perform(get("/people/" + someEntry()).with(user("agency")))
        .andExpect(status().isForbidden());
  }

  @Test
  void a_coordinator_sees_a_person_with_their_rating_in_words() throws Exception {
    String html =
        mvc.perform(get("/people/" + someEntry()).with(user("coordinator")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html).contains("NHS number").contains("History").doesNotContain("DSR_COORDINATOR");
  }

  @Test
  void signing_in_without_the_csrf_token_is_refused() throws Exception {
    mvc.perform(post("/sign-in").param("username", "coordinator").param("password", "x"))
        .andExpect(status().isForbidden());
  }

  @Test
  void a_configured_user_signs_in_with_their_bcrypt_hashed_password() throws Exception {
    mvc.perform(formLogin("/sign-in").user("coordinator").password("change-me-demo"))
        .andExpect(redirectedUrl("/worklist"));
    mvc.perform(formLogin("/sign-in").user("coordinator").password("wrong"))
        .andExpect(redirectedUrl("/sign-in?error"));
  }

  @Test
  void pages_carry_a_csp_without_inline_script_deny_framing_and_are_not_cached() throws Exception {
    mvc.perform(get("/worklist").with(user("coordinator")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    org.hamcrest.Matchers.containsString("script-src 'self';")))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(
            header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
  }
}
