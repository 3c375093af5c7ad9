package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.DynamicSupportRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The audit trail page: narrowed by entry, user and days, a page at a time, for the auditor and the
 * coordinator only; nobody else sees it, and their attempt is itself audited.
 */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class AuditPageTest {

  @Autowired MockMvc mvc;
  @Autowired AccessControlledRegister register;
  @Autowired DynamicSupportRegister inner;
  @Autowired AuditTrail audit;
  @Autowired Clock clock;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private static List<Element> rows(Document page) {
    return page.select("#audit tbody tr");
  }

  private static String count(Document page) {
    return page.getElementById("audit-count").text();
  }

  @Test
  void an_auditor_narrows_the_trail_to_one_entry_and_sees_every_record_of_it() throws Exception {
    Entry e = Fixtures.active(register, inner, today().minusYears(20), today());
    String id = e.id().value();
    Document page = page(get("/audit").param("entry", id).with(user("administrator")));
    int expected = audit.forEntry(id).size();
    assertThat(expected).isGreaterThanOrEqualTo(3);
    assertThat(count(page)).isEqualTo(expected + " records");
    assertThat(rows(page)).hasSize(expected);
    for (Element row : rows(page)) {
      assertThat(row.select("td").get(2).text()).contains("Entry " + id);
    }
    assertThat(page.select("#audit tbody").text()).contains("Refer").contains("Record consent");
    // Identifiers only: the person's name and NHS number are not on the page.
    assertThat(page.text())
        .doesNotContain(e.person().name().family())
        .doesNotContain(e.person().nhsNumber().formatted());
  }

  @Test
  void an_auditor_narrows_the_trail_to_one_user_and_sees_their_refusals() throws Exception {
    mvc.perform(get("/audit").with(user("clinician"))).andExpect(status().isForbidden());
    Document page = page(get("/audit").param("actor", "clinician").with(user("administrator")));
    int expected = audit.byActor("clinician").size();
    assertThat(count(page)).startsWith(expected + " record");
    assertThat(rows(page)).hasSize(Math.min(expected, AuditController.PAGE_SIZE));
    for (Element row : rows(page)) {
      assertThat(row.select("td").get(1).select("strong").text()).isEqualTo("clinician");
    }
    // Newest first: the clinician's refused look at the audit trail.
    Element newest = rows(page).get(0);
    assertThat(newest.text()).contains("View audit").contains("Denied").contains("Clinician");
  }

  /** A read by a user on a day, as the library would audit it, at noon in the register's zone. */
  private void readOn(String userId, LocalDate day, String entryId) {
    Actor someone = Actor.professional(userId, Role.CLINICIAN, "CLDT");
    audit.append(
        AuditRecord.allowed(
            day.atTime(12, 0).atZone(clock.getZone()).toInstant(),
            someone,
            AccessPurpose.DIRECT_CARE,
            Operation.VIEW_ENTRY,
            Optional.of(entryId),
            false,
            "agency CLDT is involved and sharing is permitted"));
  }

  private static MockHttpServletRequestBuilder between(
      MockHttpServletRequestBuilder request, LocalDate from, LocalDate to) {
    return request
        .param("fromDay", Integer.toString(from.getDayOfMonth()))
        .param("fromMonth", Integer.toString(from.getMonthValue()))
        .param("fromYear", Integer.toString(from.getYear()))
        .param("toDay", Integer.toString(to.getDayOfMonth()))
        .param("toMonth", Integer.toString(to.getMonthValue()))
        .param("toYear", Integer.toString(to.getYear()));
  }

  @Test
  void an_auditor_narrows_the_trail_to_a_range_of_days_both_ends_included() throws Exception {
    LocalDate t = today();
    String reader = "reader-" + UUID.randomUUID().toString().substring(0, 8);
    readOn(reader, t.minusDays(10), "E-000001");
    readOn(reader, t.minusDays(6), "E-000002");
    readOn(reader, t.minusDays(4), "E-000003");
    readOn(reader, t.minusDays(1), "E-000004");

    Document middle =
        page(
            between(
                get("/audit").param("actor", reader).with(user("administrator")),
                t.minusDays(6),
                t.minusDays(4)));
    assertThat(count(middle)).isEqualTo("2 records");
    assertThat(rows(middle))
        .extracting(r -> r.select("td").get(2).text())
        .containsExactly("View entry Entry E-000003", "View entry Entry E-000002");
    assertThat(rows(middle).get(0).select("td").get(0).text())
        .startsWith(t.minusDays(4).format(Forms.DAY));

    Document none =
        page(
            between(
                get("/audit").param("actor", reader).with(user("administrator")),
                t.minusDays(3),
                t.minusDays(2)));
    assertThat(count(none)).isEqualTo("0 records");
    assertThat(rows(none)).isEmpty();

    // Only a first day: everything from it on.
    LocalDate from = t.minusDays(5);
    Document since =
        page(
            get("/audit")
                .param("actor", reader)
                .param("fromDay", Integer.toString(from.getDayOfMonth()))
                .param("fromMonth", Integer.toString(from.getMonthValue()))
                .param("fromYear", Integer.toString(from.getYear()))
                .with(user("administrator")));
    assertThat(count(since)).isEqualTo("2 records");
  }

  @Test
  void a_date_that_is_not_real_or_a_range_the_wrong_way_round_is_named_in_the_error_summary()
      throws Exception {
    Document bad =
        page(
            get("/audit")
                .param("fromDay", "31")
                .param("fromMonth", "2")
                .param("fromYear", "2026")
                .with(user("administrator")));
    assertThat(bad.select(".nhsuk-error-summary").text())
        .contains("The first day must be a real date");
    assertThat(bad.title()).startsWith("Error:");
    assertThat(rows(bad)).isEmpty();

    Document backwards =
        page(
            get("/audit")
                .param("fromDay", "2")
                .param("fromMonth", "3")
                .param("fromYear", "2026")
                .param("toDay", "1")
                .param("toMonth", "3")
                .param("toYear", "2026")
                .with(user("administrator")));
    assertThat(backwards.select(".nhsuk-error-summary").text())
        .contains("The last day must be the same as or after the first");
    // What was typed is kept.
    assertThat(backwards.getElementById("fromDay").val()).isEqualTo("2");
  }

  @Test
  void the_trail_comes_a_page_at_a_time_newest_first_and_the_pages_keep_the_filter()
      throws Exception {
    String reader = "pager-" + UUID.randomUUID().toString().substring(0, 8);
    int total = AuditController.PAGE_SIZE + 5;
    for (int i = total; i >= 1; i--) {
      readOn(reader, today().minusDays(i), String.format("E-%06d", i));
    }
    Document first = page(get("/audit").param("actor", reader).with(user("administrator")));
    assertThat(count(first)).isEqualTo(total + " records, page 1 of 2");
    assertThat(rows(first)).hasSize(AuditController.PAGE_SIZE);
    // Newest first: the read of yesterday, about E-000001.
    assertThat(rows(first).get(0).text()).contains("E-000001");
    String next = first.select("a.nhsuk-pagination__link--next").attr("href");
    assertThat(next).contains("actor=" + reader).contains("page=2");

    Document second = page(get(next).with(user("administrator")));
    assertThat(count(second)).isEqualTo(total + " records, page 2 of 2");
    assertThat(rows(second)).hasSize(5);
    assertThat(rows(second).get(4).text()).contains(String.format("E-%06d", total));
    assertThat(second.select("a.nhsuk-pagination__link--prev").attr("href")).contains("page=1");
    assertThat(second.select("a.nhsuk-pagination__link--next")).isEmpty();
  }

  @Test
  void looking_at_the_trail_is_itself_audited_for_audit() throws Exception {
    page(get("/audit").with(user("administrator")));
    List<AuditRecord> mine = audit.byActor("administrator");
    AuditRecord last = mine.get(mine.size() - 1);
    assertThat(last.operation()).isEqualTo(Operation.VIEW_AUDIT);
    assertThat(last.purpose()).isEqualTo(AccessPurpose.AUDIT);
    assertThat(last.access()).isEqualTo(AuditRecord.Access.ALLOWED);
  }

  @Test
  void the_coordinator_may_read_the_trail_to_keep_the_register() throws Exception {
    page(get("/audit").with(user("coordinator")));
    List<AuditRecord> mine = audit.byActor("coordinator");
    AuditRecord last = mine.get(mine.size() - 1);
    assertThat(last.operation()).isEqualTo(Operation.VIEW_AUDIT);
    assertThat(last.purpose()).isEqualTo(AccessPurpose.REGISTER_ADMINISTRATION);
  }

  @Test
  void an_analyst_a_clinician_or_an_agency_worker_gets_the_403_page_and_is_audited()
      throws Exception {
    for (String who : List.of("analyst", "clinician", "agency")) {
      int before = audit.byActor(who).size();
      String html =
          mvc.perform(get("/audit").param("actor", "coordinator").with(user(who)))
              .andExpect(status().isForbidden())
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(html).contains("You do not have access").doesNotContain("id=\"audit\"");
      List<AuditRecord> after = audit.byActor(who);
      assertThat(after).hasSize(before + 1);
      assertThat(after.get(after.size() - 1).operation()).isEqualTo(Operation.VIEW_AUDIT);
      assertThat(after.get(after.size() - 1).access()).isEqualTo(AuditRecord.Access.DENIED);
    }
  }
}
