package org.opendsr.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.worklist.WorklistItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The JSON API as a client uses it: HTTP Basic, JSON in and out, and an RFC 9457 problem with the
 * right status for every way a call can fail.
 */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class RegisterApiTest {

  private static final String PASSWORD = "change-me-demo";
  private static final Actor COORDINATOR =
      Actor.professional("coordinator", Role.DSR_COORDINATOR, "ICB");

  /** Fictional NHS numbers: nine digits of this test's own range, then the check digit. */
  private static final AtomicInteger NEXT = new AtomicInteger(400_000_100);

  @Autowired MockMvc mvc;
  @Autowired AccessControlledRegister register;
  @Autowired AuditTrail audit;
  @Autowired Clock clock;

  private static String freshNhsNumber() {
    while (true) {
      String nine = Integer.toString(NEXT.getAndIncrement());
      var check = NhsNumber.checkDigitFor(nine);
      if (check.isPresent()) {
        return nine + check.get();
      }
    }
  }

  private static String referral(String nhsNumber, String dateOfBirth, String referredOn) {
    return """
        {"person": {"name": {"given": "Sam", "family": "Testperson"},
                    "dateOfBirth": "%s", "nhsNumber": "%s",
                    "residence": {"address": "1 Example Street", "postcode": "SN1 2AB",
                                  "locality": "Swindon", "setting": "FAMILY_HOME"},
                    "diagnosis": "AUTISM"},
         "referral": {"source": "PROFESSIONAL", "date": "%s", "referrerRole": "school nurse",
                      "referrerContact": {"telephone": "01793 000000"}}}
        """
        .formatted(dateOfBirth, nhsNumber, referredOn);
  }

  private MockHttpServletRequestBuilder refer(String body) {
    return post("/api/referrals").contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private String today() {
    return LocalDate.now(clock).toString();
  }

  private ResultActions isProblem(ResultActions r, int status) throws Exception {
    return r.andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.title").isNotEmpty())
        .andExpect(jsonPath("$.detail").isNotEmpty());
  }

  private String someEntryOnTheWorklist() {
    WorklistItem item =
        register
            .worklist(COORDINATOR, AccessPurpose.REGISTER_ADMINISTRATION, LocalDate.now(clock), 14)
            .items()
            .get(0);
    return item.entryId().value();
  }

  @Test
  void a_referral_opens_an_entry_and_answers_201_with_its_address() throws Exception {
    String nhs = freshNhsNumber();
    String location =
        mvc.perform(
                refer(referral(nhs, "2010-03-04", today()))
                    .with(httpBasic("coordinator", PASSWORD)))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", Matchers.startsWith("/api/entries/")))
            .andExpect(jsonPath("$.status").value("REFERRED"))
            .andExpect(jsonPath("$.version").value(Matchers.greaterThan(0)))
            .andExpect(header().doesNotExist("Set-Cookie"))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    mvc.perform(get(location).with(httpBasic("coordinator", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.person.nhsNumber").value(nhs))
        .andExpect(jsonPath("$.person.name.given").value("Sam"))
        .andExpect(jsonPath("$.referral.source").value("PROFESSIONAL"))
        .andExpect(jsonPath("$.openTasks[0].kind").value("FIRST_CONTACT"));
  }

  @Test
  void a_person_with_an_open_entry_cannot_be_referred_again_409() throws Exception {
    String nhs = freshNhsNumber();
    String body = referral(nhs, "2011-05-06", today());
    mvc.perform(refer(body).with(httpBasic("coordinator", PASSWORD)))
        .andExpect(status().isCreated());
    String problem =
        isProblem(mvc.perform(refer(body).with(httpBasic("coordinator", PASSWORD))), 409)
            .andExpect(jsonPath("$.violations[0].field").value("person.nhsNumber"))
            .andExpect(
                jsonPath("$.violations[0].rule").value("already has an open entry on the register"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(problem).doesNotContain(nhs).doesNotContain("E-0");
  }

  @Test
  void an_invalid_nhs_number_is_422_naming_the_field_and_rule_but_not_the_value() throws Exception {
    String problem =
        isProblem(
                mvc.perform(
                    refer(referral("9434765918", "2010-03-04", today()))
                        .with(httpBasic("coordinator", PASSWORD))),
                422)
            .andExpect(jsonPath("$.violations[0].field").value("person.nhsNumber"))
            .andExpect(
                jsonPath("$.violations[0].rule").value(Matchers.containsString("modulus 11")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(problem).doesNotContain("9434765918").doesNotContain("Testperson");
  }

  @Test
  void a_referral_dated_before_the_person_was_born_is_refused_by_the_register_422()
      throws Exception {
    isProblem(
            mvc.perform(
                refer(referral(freshNhsNumber(), "2012-01-01", "2011-12-31"))
                    .with(httpBasic("coordinator", PASSWORD))),
            422)
        .andExpect(jsonPath("$.violations[0].field").value("referral.date"))
        .andExpect(jsonPath("$.violations[0].rule").value("must not be before the date of birth"));
  }

  @Test
  void a_postcode_the_library_rejects_is_422_named_by_its_path_in_the_body() throws Exception {
    String body =
        referral(freshNhsNumber(), "2010-03-04", today()).replace("SN1 2AB", "NOT A POSTCODE");
    isProblem(mvc.perform(refer(body).with(httpBasic("coordinator", PASSWORD))), 422)
        .andExpect(jsonPath("$.violations[0].field").value("person.residence.postcode"));
  }

  @Test
  void a_body_that_is_not_json_is_400() throws Exception {
    isProblem(mvc.perform(refer("{\"person\": ").with(httpBasic("coordinator", PASSWORD))), 400)
        .andExpect(jsonPath("$.violations[0].field").value("body"));
  }

  @Test
  void a_date_that_is_not_a_date_is_400_naming_the_field_and_not_the_value() throws Exception {
    String problem =
        isProblem(
                mvc.perform(
                    refer(referral(freshNhsNumber(), "the fourth of March", today()))
                        .with(httpBasic("coordinator", PASSWORD))),
                400)
            .andExpect(jsonPath("$.violations[0].field").value("person.dateOfBirth"))
            .andExpect(
                jsonPath("$.violations[0].rule").value("must be a date written as YYYY-MM-DD"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(problem).doesNotContain("fourth");
  }

  @Test
  void a_worklist_parameter_of_the_wrong_kind_is_400_naming_it() throws Exception {
    isProblem(
            mvc.perform(
                get("/api/worklist")
                    .param("rating", "PURPLE")
                    .with(httpBasic("coordinator", PASSWORD))),
            400)
        .andExpect(jsonPath("$.violations[0].field").value("rating"))
        .andExpect(jsonPath("$.violations[0].rule").value(Matchers.containsString("RED")));
    isProblem(
            mvc.perform(
                get("/api/worklist").param("page", "0").with(httpBasic("coordinator", PASSWORD))),
            400)
        .andExpect(jsonPath("$.violations[0].field").value("page"));
  }

  @Test
  void a_call_without_credentials_is_401_with_a_problem_not_a_redirect_to_sign_in()
      throws Exception {
    isProblem(mvc.perform(get("/api/worklist")), 401)
        .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic")))
        .andExpect(header().doesNotExist("Location"));
    isProblem(mvc.perform(get("/api/worklist").with(httpBasic("coordinator", "wrong"))), 401);
    isProblem(mvc.perform(refer(referral(freshNhsNumber(), "2010-03-04", today()))), 401);
  }

  @Test
  void an_analyst_may_not_refer_403_and_the_refusal_is_audited() throws Exception {
    int before = audit.byActor("analyst").size();
    isProblem(
        mvc.perform(
            refer(referral(freshNhsNumber(), "2010-03-04", today()))
                .with(httpBasic("analyst", PASSWORD))),
        403);
    assertThat(audit.byActor("analyst"))
        .hasSizeGreaterThan(before)
        .last()
        .satisfies(
            r -> {
              assertThat(r.access()).isEqualTo(AuditRecord.Access.DENIED);
              assertThat(r.operation()).isEqualTo(Operation.REFER);
            });
  }

  @Test
  void an_agency_worker_whose_agency_is_not_involved_may_not_read_the_entry_403() throws Exception {
    String id = someEntryOnTheWorklist();
    String problem =
        isProblem(mvc.perform(get("/api/entries/" + id).with(httpBasic("agency", PASSWORD))), 403)
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(problem).doesNotContain("COUNCIL-SOCIAL-CARE").doesNotContain("involved");
    assertThat(audit.forEntry(id))
        .anyMatch(r -> r.userId().equals("agency") && r.access() == AuditRecord.Access.DENIED);
  }

  @Test
  void an_unknown_entry_is_404_and_the_id_asked_for_is_not_echoed() throws Exception {
    for (String id : new String[] {"E-999999", "not an id!"}) {
      String problem =
          isProblem(
                  mvc.perform(
                      get("/api/entries/{id}", id).with(httpBasic("coordinator", PASSWORD))),
                  404)
              .andReturn()
              .getResponse()
              .getContentAsString();
      assertThat(problem).doesNotContain("999999").doesNotContain("not an id");
    }
  }

  @Test
  void a_coordinator_reads_an_entry_as_the_register_holds_it() throws Exception {
    String id = someEntryOnTheWorklist();
    Entry entry = register.entry(COORDINATOR, AccessPurpose.DIRECT_CARE, EntryId.of(id));
    mvc.perform(get("/api/entries/" + id).with(httpBasic("coordinator", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.id").value(id))
        .andExpect(jsonPath("$.version").value((int) entry.version()))
        .andExpect(jsonPath("$.status").value(entry.status().name()))
        .andExpect(jsonPath("$.person.nhsNumber").value(entry.person().nhsNumber().value()))
        .andExpect(jsonPath("$.person.address").doesNotExist());
  }

  @Test
  void the_worklist_comes_a_page_at_a_time_overdue_first_with_names_for_the_coordinator()
      throws Exception {
    int total =
        register
            .worklist(COORDINATOR, AccessPurpose.REGISTER_ADMINISTRATION, LocalDate.now(clock), 14)
            .items()
            .size();
    assertThat(total).as("the demo register has work due").isGreaterThan(5);
    mvc.perform(get("/api/worklist").param("size", "5").with(httpBasic("coordinator", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.page").value(1))
        .andExpect(jsonPath("$.totalItems").value(total))
        .andExpect(jsonPath("$.totalPages").value((total + 4) / 5))
        .andExpect(jsonPath("$.items.length()").value(5))
        .andExpect(jsonPath("$.items[0].name").isNotEmpty());
    String json =
        mvc.perform(get("/api/worklist").param("size", "100").with(user("coordinator")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    int firstDueSoon = json.indexOf("\"overdue\":false");
    int lastOverdue = json.lastIndexOf("\"overdue\":true");
    if (firstDueSoon >= 0 && lastOverdue >= 0) {
      assertThat(lastOverdue).isLessThan(firstDueSoon);
    }
  }

  @Test
  void the_worklist_by_position_gives_every_person_with_work_once_page_after_page()
      throws Exception {
    java.util.Set<String> expected = new java.util.HashSet<>();
    register
        .worklist(COORDINATOR, AccessPurpose.REGISTER_ADMINISTRATION, LocalDate.now(clock), 14)
        .items()
        .forEach(i -> expected.add(i.entryId().value()));
    java.util.List<String> seen = new java.util.ArrayList<>();
    String after = "";
    int pages = 0;
    while (after != null) {
      String json =
          mvc.perform(
                  get("/api/worklist")
                      .param("size", "5")
                      .param("after", after)
                      .with(httpBasic("coordinator", PASSWORD)))
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.totalItems").doesNotExist())
              .andReturn()
              .getResponse()
              .getContentAsString();
      java.util.List<String> ids =
          com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(json, "$.items[*].entryId");
      java.util.List<String> people = ids.stream().distinct().toList();
      assertThat(people).hasSizeLessThanOrEqualTo(5);
      seen.addAll(people);
      after =
          com.jayway.jsonpath.JsonPath.<java.util.Map<String, Object>>read(json, "$")
                  .containsKey("next")
              ? com.jayway.jsonpath.JsonPath.read(json, "$.next")
              : null;
      pages++;
    }

    assertThat(pages).isGreaterThan(1);
    assertThat(seen).doesNotHaveDuplicates();
    assertThat(new java.util.HashSet<>(seen)).isEqualTo(expected);
  }

  @Test
  void a_worklist_position_that_no_page_gave_is_a_problem_naming_the_parameter() throws Exception {
    isProblem(
            mvc.perform(
                get("/api/worklist")
                    .param("after", "not-a-position")
                    .with(httpBasic("coordinator", PASSWORD))),
            400)
        .andExpect(jsonPath("$.detail", Matchers.containsString("after")))
        .andExpect(jsonPath("$.detail", Matchers.not(Matchers.containsString("not-a-position"))));
  }

  @Test
  void the_worklist_filters_by_kind_of_work_and_by_rating() throws Exception {
    mvc.perform(
            get("/api/worklist")
                .param("category", "FIRST_CONTACT")
                .param("size", "100")
                .with(httpBasic("coordinator", PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.items[*].category", Matchers.everyItem(Matchers.is("FIRST_CONTACT"))));
    String red =
        mvc.perform(
                get("/api/worklist")
                    .param("rating", "RED")
                    .param("size", "100")
                    .with(httpBasic("coordinator", PASSWORD)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (String id :
        com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(red, "$.items[*].entryId")) {
      assertThat(
              register
                  .entry(COORDINATOR, AccessPurpose.DIRECT_CARE, EntryId.of(id))
                  .currentRating()
                  .map(Enum::name))
          .contains("RED");
    }
  }

  @Test
  void the_openapi_description_lists_the_three_operations_for_a_signed_in_user() throws Exception {
    String document =
        mvc.perform(get("/v3/api-docs").with(user("coordinator")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.paths['/api/referrals'].post.operationId").value("refer"))
            .andExpect(jsonPath("$.paths['/api/entries/{id}'].get.operationId").value("readEntry"))
            .andExpect(jsonPath("$.paths['/api/worklist'].get.operationId").value("worklist"))
            .andExpect(
                jsonPath(
                    "$.paths['/api/worklist'].get.parameters[*].name",
                    Matchers.hasItems(
                        "page", "size", "category", "rating", "locality", "agency", "after")))
            .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
            .andExpect(
                jsonPath(
                        "$.paths['/api/referrals'].post.responses['409'].content['application/problem+json']")
                    .exists())
            .andExpect(jsonPath("$.paths['/api/referrals'].post.responses['201']").exists())
            .andExpect(jsonPath("$.paths['/api/entries/{id}'].get.responses['404']").exists())
            .andExpect(jsonPath("$.paths['/worklist']").doesNotExist())
            .andReturn()
            .getResponse()
            .getContentAsString();
    // Kept beside the screenshots for a reviewer to read.
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
    java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), document);
    mvc.perform(get("/v3/api-docs").with(httpBasic("clinician", PASSWORD)))
        .andExpect(status().isOk());
    isProblem(mvc.perform(get("/v3/api-docs")), 401);
  }
}
