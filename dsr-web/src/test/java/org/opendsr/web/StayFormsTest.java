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
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.rating.Rating;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hospital stays: an admission raises the place lead's awareness and the post-admission review on
 * the worklist and the person page, a move asks for a review, a discharge for a new rating; each
 * form names its errors, refuses a role the access rules refuse, and says when the record changed.
 */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class StayFormsTest {

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

  private Entry active() {
    return Fixtures.active(register, inner, today().minusYears(30), today());
  }

  private MockHttpServletRequestBuilder send(
      String what, Entry e, long version, String hospital, String secure, LocalDate on) {
    MockHttpServletRequestBuilder r =
        post("/people/" + e.id().value() + "/" + what)
            .with(user("coordinator"))
            .with(csrf())
            .param("version", Long.toString(version))
            .param("onDay", Integer.toString(on.getDayOfMonth()))
            .param("onMonth", Integer.toString(on.getMonthValue()))
            .param("onYear", Integer.toString(on.getYear()));
    if (hospital != null) {
      r.param("hospital", hospital);
    }
    if (secure != null) {
      r.param("secure", secure);
    }
    return r;
  }

  private Entry admitted() {
    Entry e = active();
    return register
        .handle(
            Fixtures.COORDINATOR,
            AccessPurpose.DIRECT_CARE,
            new Command.RecordAdmission(
                "coordinator", e.id(), e.version(), today(), "RVN01", false))
        .entry();
  }

  /** The worklist's rows for one person, narrowed to a kind of work, looked for page by page. */
  private String worklistFor(Entry e, String kind) throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int page = 1; page <= 30; page++) {
      String html =
          body(
              mvc.perform(
                  get("/worklist")
                      .param("kind", kind)
                      .param("page", Integer.toString(page))
                      .with(user("coordinator"))));
      for (String row : html.split("<tr")) {
        if (row.contains("/people/" + e.id().value() + "\"")) {
          rows.append(row);
        }
      }
      if (!html.contains("page=" + (page + 1))) {
        break;
      }
    }
    return rows.toString();
  }

  @Test
  void
      the_admission_date_of_a_stay_carried_over_without_one_is_recorded_through_the_admission_form()
          throws Exception {
    Entry e = active();
    Entry inHospital =
        register
            .handle(
                Fixtures.COORDINATOR,
                AccessPurpose.DIRECT_CARE,
                new Command.RecordStayWithoutAdmissionDate(
                    "coordinator", e.id(), e.version(), today(), "RVN01", false))
            .entry();
    String page = body(mvc.perform(get("/people/" + e.id().value()).with(user("coordinator"))));
    String dateTask = inHospital.openTasks(TaskKind.ADMISSION_DATE).get(0).id().value();
    assertThat(page)
        .contains("Record the admission date")
        .contains("href=\"/people/" + e.id().value() + "/admission\"")
        .doesNotContain("/tasks/" + dateTask + "/done")
        .contains("to be recorded")
        .doesNotContain("Record a hospital admission");
    assertThat(inHospital.openTasks(TaskKind.CETR)).isEmpty();

    LocalDate admittedOn = today().minusDays(10);
    mvc.perform(send("admission", e, inHospital.version(), "RVN01", "no", admittedOn))
        .andExpect(status().is3xxRedirection());

    Entry after = now(e);
    assertThat(after.currentStay().orElseThrow().admittedOn()).contains(admittedOn);
    assertThat(after.stays()).hasSize(1);
    assertThat(after.openTasks(TaskKind.ADMISSION_DATE)).isEmpty();
    assertThat(after.openTasks(TaskKind.CETR)).hasSize(1);
  }

  @Test
  void an_admission_makes_the_person_blue_and_puts_its_reviews_on_the_worklist_and_person_page()
      throws Exception {
    // Recorded three weeks late: the place lead's awareness is overdue and the post-admission
    // review falls within the worklist's window of work due soon.
    LocalDate admittedOn = today().minusDays(21);
    Entry e = CetrFixtures.activeSince(register, inner, today().minusYears(30), admittedOn);
    String page = body(mvc.perform(get("/people/" + e.id().value()).with(user("coordinator"))));
    assertThat(page).contains("Record a hospital admission").doesNotContain("/discharge");

    mvc.perform(send("admission", e, e.version(), "RVN01", "no", admittedOn))
        .andExpect(redirectedUrl("/people/" + e.id().value()));

    Entry after = now(e);
    assertThat(after.isInpatient()).isTrue();
    assertThat(after.currentRating()).contains(Rating.BLUE);
    Task awareness = after.openTasks(TaskKind.PLACE_LEAD_AWARENESS).get(0);
    Task review = after.openTasks(TaskKind.CETR).get(0);
    assertThat(worklistFor(e, "PLACE_LEAD_AWARENESS")).contains(awareness.due().format(Forms.DAY));
    assertThat(worklistFor(e, "CETR")).contains(review.due().format(Forms.DAY));
    String person = body(mvc.perform(get("/people/" + e.id().value()).with(user("coordinator"))));
    assertThat(person)
        .contains("Place lead made aware of admission")
        .contains(awareness.due().format(Forms.DAY))
        .contains("C(E)TR: post-admission review")
        .contains(review.due().format(Forms.DAY))
        .contains("RVN01")
        .contains("Record a move to another hospital")
        .contains("Record a discharge from hospital")
        .doesNotContain("Record a hospital admission");
  }

  @Test
  void an_admission_without_a_hospital_or_an_answer_about_security_names_both() throws Exception {
    Entry e = active();
    String html =
        body(
            mvc.perform(send("admission", e, e.version(), " ", null, today()))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#hospital\"")
        .contains("Enter the hospital code")
        .contains("href=\"#secure\"")
        .contains("Select whether the hospital is a secure setting");
    assertThat(now(e).isInpatient()).isFalse();
  }

  @Test
  void a_hospital_code_the_library_does_not_accept_is_named_and_kept() throws Exception {
    Entry e = active();
    String html =
        body(
            mvc.perform(send("admission", e, e.version(), "Ward 7 / Bay 2", "yes", today()))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("href=\"#hospital\"")
        .contains("The hospital code must be 1-40 letters, digits, dots, hyphens or underscores")
        .contains("value=\"Ward 7 / Bay 2\"");
    assertThat(now(e).isInpatient()).isFalse();
  }

  @Test
  void an_admission_dated_tomorrow_is_refused() throws Exception {
    Entry e = active();
    String html =
        body(
            mvc.perform(send("admission", e, e.version(), "RVN01", "no", today().plusDays(1)))
                .andExpect(status().isOk()));
    assertThat(html).contains("The date of admission must be today or in the past");
  }

  @Test
  void an_agency_worker_may_not_record_an_admission() throws Exception {
    Entry e = CetrFixtures.sharedWithTheCouncil(register, active(), today());
    String page = body(mvc.perform(get("/people/" + e.id().value()).with(user("agency"))));
    assertThat(page).contains("Robin Fixture").doesNotContain("/admission");
    mvc.perform(get("/people/" + e.id().value() + "/admission").with(user("agency")))
        .andExpect(status().isForbidden());
    mvc.perform(send("admission", e, e.version(), "RVN01", "no", today()).with(user("agency")))
        .andExpect(status().isForbidden());
    assertThat(now(e).isInpatient()).isFalse();
  }

  @Test
  void an_admission_on_a_stale_version_keeps_the_hospital_typed() throws Exception {
    Entry opened = active();
    register.handle(
        Fixtures.COORDINATOR,
        AccessPurpose.DIRECT_CARE,
        new Command.RecordFirstContact("coordinator", opened.id(), opened.version(), today()));
    String html =
        body(
            mvc.perform(send("admission", opened, opened.version(), "RVN01", "yes", today()))
                .andExpect(status().isOk()));
    assertThat(html)
        .contains("This record was changed by someone else since you opened it")
        .contains("value=\"RVN01\"");
    assertThat(now(opened).isInpatient()).isFalse();
  }

  @Test
  void a_move_of_hospital_asks_for_a_review_of_the_move() throws Exception {
    Entry e = admitted();
    mvc.perform(send("hospital-move", e, e.version(), "RX4Z1", "yes", today()))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    Entry after = now(e);
    assertThat(after.currentStay().orElseThrow().hospitalId().value()).isEqualTo("RX4Z1");
    assertThat(after.currentStay().orElseThrow().secure()).isTrue();
    assertThat(after.openTasks(TaskKind.CETR).get(0).detail()).contains("move of hospital");
  }

  @Test
  void a_move_without_a_hospital_is_named_and_a_move_of_someone_not_in_hospital_is_not_found()
      throws Exception {
    Entry e = admitted();
    assertThat(
            body(
                mvc.perform(send("hospital-move", e, e.version(), "", "no", today()))
                    .andExpect(status().isOk())))
        .contains("Enter the hospital code");
    Entry home = active();
    mvc.perform(get("/people/" + home.id().value() + "/hospital-move").with(user("coordinator")))
        .andExpect(status().isNotFound());
  }

  @Test
  void a_discharge_asks_for_a_new_rating_and_ends_the_review_cycle() throws Exception {
    Entry e = admitted();
    mvc.perform(send("discharge", e, e.version(), null, null, today()))
        .andExpect(redirectedUrl("/people/" + e.id().value()));
    Entry after = now(e);
    assertThat(after.isInpatient()).isFalse();
    assertThat(after.openTasks(TaskKind.RERATE)).hasSize(1);
    assertThat(after.openTasks(TaskKind.CETR)).isEmpty();
    assertThat(body(mvc.perform(get("/people/" + e.id().value()).with(user("coordinator")))))
        .contains("Record a hospital admission");
  }

  @Test
  void a_discharge_with_no_date_and_one_by_a_stale_version_are_shown_again() throws Exception {
    Entry e = admitted();
    String html =
        body(
            mvc.perform(
                    post("/people/" + e.id().value() + "/discharge")
                        .with(user("coordinator"))
                        .with(csrf())
                        .param("version", Long.toString(e.version()))
                        .param("onDay", "")
                        .param("onMonth", "")
                        .param("onYear", ""))
                .andExpect(status().isOk()));
    assertThat(html).contains("Enter the date of discharge");
    register.handle(
        Fixtures.COORDINATOR,
        AccessPurpose.DIRECT_CARE,
        new Command.RecordFirstContact("coordinator", e.id(), e.version(), today()));
    assertThat(
            body(
                mvc.perform(send("discharge", e, e.version(), null, null, today()))
                    .andExpect(status().isOk())))
        .contains("This record was changed by someone else since you opened it");
    assertThat(now(e).isInpatient()).isTrue();
  }

  @Test
  void an_agency_worker_may_not_record_a_discharge() throws Exception {
    Entry e = admitted();
    mvc.perform(send("discharge", e, e.version(), null, null, today()).with(user("agency")))
        .andExpect(status().isForbidden());
    assertThat(now(e).isInpatient()).isTrue();
  }
}
