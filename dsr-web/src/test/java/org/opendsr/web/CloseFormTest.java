package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Role;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.register.AccessControlledRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Taking someone off the register: errors name the field, stale versions keep what was typed. */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class CloseFormTest {

  private static final Actor COORDINATOR =
      Actor.professional("coordinator", Role.DSR_COORDINATOR, "ICB");

  @Autowired MockMvc mvc;
  @Autowired AccessControlledRegister register;
  @Autowired Clock clock;

  private Entry anActiveEntry() {
    for (var item :
        register
            .worklist(COORDINATOR, AccessPurpose.REGISTER_ADMINISTRATION, LocalDate.now(clock), 14)
            .items()) {
      Entry e = register.entry(COORDINATOR, AccessPurpose.DIRECT_CARE, item.entryId());
      if (e.status() == EntryStatus.ACTIVE) {
        return e;
      }
    }
    throw new AssertionError("the demo register has an active entry on the worklist");
  }

  private String body(org.springframework.test.web.servlet.ResultActions r) throws Exception {
    return r.andReturn().getResponse().getContentAsString();
  }

  @Test
  void a_close_without_a_reason_or_date_names_both_fields_in_the_error_summary() throws Exception {
    Entry e = anActiveEntry();
    String html =
        body(
            mvc.perform(
                    post("/people/" + e.id().value() + "/close")
                        .with(user("coordinator"))
                        .with(csrf())
                        .param("version", Long.toString(e.version())))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("There is a problem")
        .contains("href=\"#reason\"")
        .contains("Select why the person is coming off the register")
        .contains("href=\"#day\"")
        .contains("Enter the day the person came off the register");
  }

  @Test
  void a_close_without_the_csrf_token_is_refused() throws Exception {
    Entry e = anActiveEntry();
    mvc.perform(
            post("/people/" + e.id().value() + "/close")
                .with(user("coordinator"))
                .param("reason", "MOVED_OUT_OF_AREA"))
        .andExpect(status().isForbidden());
  }

  @Test
  void a_close_on_a_stale_version_says_so_and_keeps_what_was_typed() throws Exception {
    Entry e = anActiveEntry();
    LocalDate today = LocalDate.now(clock);
    String html =
        body(
            mvc.perform(
                    post("/people/" + e.id().value() + "/close")
                        .with(user("coordinator"))
                        .with(csrf())
                        .param("version", Long.toString(e.version() - 1))
                        .param("reason", "MOVED_OUT_OF_AREA")
                        .param("day", Integer.toString(today.getDayOfMonth()))
                        .param("month", Integer.toString(today.getMonthValue()))
                        .param("year", Integer.toString(today.getYear())))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("This record was changed by someone else since you opened it")
        .contains("value=\"MOVED_OUT_OF_AREA\" checked")
        .contains("value=\"" + today.getYear() + "\"");
    assertThat(register.entry(COORDINATOR, AccessPurpose.DIRECT_CARE, e.id()).status())
        .isEqualTo(EntryStatus.ACTIVE);
  }

  @Test
  void a_valid_close_saves_then_redirects_to_the_person() throws Exception {
    Entry e = anActiveEntry();
    LocalDate today = LocalDate.now(clock);
    mvc.perform(
            post("/people/" + e.id().value() + "/close")
                .with(user("coordinator"))
                .with(csrf())
                .param("version", Long.toString(e.version()))
                .param("reason", "MOVED_OUT_OF_AREA")
                .param("day", Integer.toString(today.getDayOfMonth()))
                .param("month", Integer.toString(today.getMonthValue()))
                .param("year", Integer.toString(today.getYear())))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    EntryId id = e.id();
    assertThat(register.entry(COORDINATOR, AccessPurpose.DIRECT_CARE, id).status())
        .isEqualTo(EntryStatus.CLOSED);
  }

  @Test
  void an_agency_worker_who_may_not_see_the_person_may_not_close_their_entry() throws Exception {
    Entry e = anActiveEntry();
    mvc.perform(
            post("/people/" + e.id().value() + "/close")
                .with(user("agency"))
                .with(csrf())
                .param("version", Long.toString(e.version()))
                .param("reason", "MOVED_OUT_OF_AREA"))
        .andExpect(status().isForbidden());
  }
}
