package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opendsr.core.access.Operation;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.importing.LegacyImport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Carrying a legacy register over in the browser, step by step: upload, dry run with its problems
 * page by page, the rejects file, and the import all or nothing or partially with its summary by
 * rule, audited as the coordinator's; and the refusals: another role, a mapping with an unknown
 * key, a file that is not a spreadsheet.
 */
// Without the demo's people, whose test-range NHS numbers are those of the guide's sample sheet.
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:dsr-web-migration-${random.uuid};DB_CLOSE_DELAY=-1",
      "opendsr.web.demo=false"
    })
@AutoConfigureMockMvc
// The import that writes runs last: the others check the sample against a register without it.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MigrationPagesTest {

  private static final Path EXAMPLES = Path.of("..", "docs", "examples");

  @Autowired MockMvc mvc;
  @Autowired DynamicSupportRegister register;
  @Autowired AuditTrail audit;

  private static MockMultipartFile sheet(byte[] content) {
    return new MockMultipartFile("sheet", "register.csv", "text/csv", content);
  }

  private static MockMultipartFile mapping(byte[] content) {
    return new MockMultipartFile("mapping", "register.properties", "text/plain", content);
  }

  private static byte[] sample(String name) throws Exception {
    return Files.readAllBytes(EXAMPLES.resolve(name));
  }

  private static String body(MvcResult r) throws Exception {
    return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  /** Uploads the guide's sample sheet and mapping as the coordinator, in a session. */
  private MockHttpSession uploadTheSample() throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(
            multipart("/migration")
                .file(sheet(sample("legacy-register.csv")))
                .file(mapping(sample("legacy-register.properties")))
                .session(session)
                .with(user("coordinator"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/migration/check"));
    return session;
  }

  private static Migrations.Upload uploadIn(MockHttpSession session) {
    return (Migrations.Upload) session.getAttribute("migration.upload");
  }

  @Test
  void the_dry_run_shows_what_the_import_would_do_and_each_problem_by_row_column_and_rule()
      throws Exception {
    MockHttpSession session = uploadTheSample();
    int before = register.entries().size();

    String html =
        body(
            mvc.perform(get("/migration/check").session(session).with(user("coordinator")))
                .andExpect(status().isOk())
                .andReturn());

    assertThat(html)
        .contains("Check before importing")
        .contains("Rows with problems")
        .contains("<td class=\"nhsuk-table__cell\">10</td>")
        .contains("there is no such date")
        .contains("must not be before 1900-01-01")
        .contains("9: 4 active, 2 in hospital, 3 referred");
    // No value from the sheet: no name, no NHS number, no date of birth.
    assertThat(html).doesNotContain("Alex", "Twice", "999000", "31/02/2010", "Niamh");
    assertThat(register.entries()).hasSize(before);
  }

  @Test
  void problems_are_shown_page_by_page() throws Exception {
    StringBuilder csv = new StringBuilder("Name,DOB,NHS No,Address,Diagnosis\n");
    for (int i = 0; i < 30; i++) {
      csv.append("Pat Example,31/02/2010,,1 Test Street,LD\n");
    }
    String map =
        "name = Name\ndateOfBirth = DOB\nnhsNumber = NHS No\naddress = Address\n"
            + "diagnosis = Diagnosis\nlocality = Wiltshire\n";
    MockHttpSession session = new MockHttpSession();
    mvc.perform(
            multipart("/migration")
                .file(sheet(csv.toString().getBytes(StandardCharsets.UTF_8)))
                .file(mapping(map.getBytes(StandardCharsets.UTF_8)))
                .session(session)
                .with(user("coordinator"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    String first =
        body(
            mvc.perform(get("/migration/check").session(session).with(user("coordinator")))
                .andReturn());
    String third =
        body(
            mvc.perform(get("/migration/check?page=3").session(session).with(user("coordinator")))
                .andReturn());

    // 30 rows, each with two problems: 60 problems, 25 a page.
    assertThat(first).contains("Problems, page 1 of 3").contains("/migration/check?page=2");
    assertThat(first).contains("<td class=\"nhsuk-table__cell\">2</td>");
    assertThat(third)
        .contains("Problems, page 3 of 3")
        .contains("<td class=\"nhsuk-table__cell\">31</td>")
        .doesNotContain("<td class=\"nhsuk-table__cell\">2</td>");
  }

  /** Valid NHS numbers (modulus 11) not in the sample's range, from a nine-digit start. */
  private static List<String> nhsNumbers(int count) {
    List<String> out = new ArrayList<>();
    for (long base = 400_000_000L; out.size() < count; base++) {
      String nine = Long.toString(base);
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (nine.charAt(i) - '0') * (10 - i);
      }
      int check = 11 - sum % 11;
      if (check == 10) {
        continue;
      }
      out.add(nine + (check == 11 ? 0 : check));
    }
    return out;
  }

  @Test
  void a_dry_run_longer_than_one_checkpoint_writes_nothing_to_the_register() throws Exception {
    List<String> numbers = nhsNumbers(LegacyImport.ROWS_PER_CHECKPOINT + 20);
    StringBuilder csv = new StringBuilder("Name,DOB,NHS No,Address,Diagnosis,Consent\n");
    for (String nhs : numbers) {
      csv.append("Pat Example,01/02/1990,").append(nhs).append(",1 Test Street,LD,Y\n");
    }
    String map =
        "name = Name\ndateOfBirth = DOB\nnhsNumber = NHS No\naddress = Address\n"
            + "diagnosis = Diagnosis\nconsent = Consent\nlocality = Wiltshire\n";
    int before = register.entries().size();
    MockHttpSession session = new MockHttpSession();

    mvc.perform(
            multipart("/migration")
                .file(sheet(csv.toString().getBytes(StandardCharsets.UTF_8)))
                .file(mapping(map.getBytes(StandardCharsets.UTF_8)))
                .session(session)
                .with(user("coordinator"))
                .with(csrf()))
        .andExpect(status().is3xxRedirection());

    assertThat(uploadIn(session).dryRun().orElseThrow().written()).isEqualTo(numbers.size());
    assertThat(register.entries()).hasSize(before);
    assertThat(register.episodesOf(NhsNumber.parse(numbers.get(0)))).isEmpty();
    assertThat(register.episodesOf(NhsNumber.parse(numbers.get(numbers.size() - 1)))).isEmpty();
  }

  @Test
  void the_rejects_file_has_the_sheets_columns_and_a_problems_column_and_is_never_cached()
      throws Exception {
    MockHttpSession session = uploadTheSample();

    MvcResult r =
        mvc.perform(get("/migration/rejects").session(session).with(user("coordinator")))
            .andExpect(status().isOk())
            .andReturn();

    String csv = body(r);
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(
            "Name,DOB,NHS No,Address,Postcode,Area,RAG,Diagnosis,Consent,Consent date,Last"
                + " review,Added,Admitted,Hospital,Key workers,Child's view,problems");
    assertThat(csv.lines()).hasSize(5);
    assertThat(r.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
    assertThat(r.getResponse().getHeader("Cache-Control")).contains("no-store");
  }

  @Test
  void the_uploaded_files_are_kept_readable_by_their_owner_only_and_deleted_on_cancel()
      throws Exception {
    MockHttpSession session = uploadTheSample();
    Migrations.Upload upload = uploadIn(session);

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(upload.folder())))
        .isEqualTo("rwx------");
    for (Path p : new Path[] {upload.sheet(), upload.mapping(), upload.rejects()}) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
          .isEqualTo("rw-------");
    }

    mvc.perform(post("/migration/cancel").session(session).with(user("coordinator")).with(csrf()))
        .andExpect(redirectedUrl("/migration"));

    assertThat(upload.folder()).doesNotExist();
  }

  /** Confirms the uploaded sheet in a mode, and returns the page it ends on. */
  private String confirm(MockHttpSession session, String mode) throws Exception {
    MvcResult done =
        mvc.perform(
                post("/migration/confirm")
                    .param("mode", mode)
                    .session(session)
                    .with(user("coordinator"))
                    .with(csrf()))
            .andExpect(redirectedUrl("/migration/done"))
            .andReturn();
    return body(
        mvc.perform(
                get("/migration/done")
                    .flashAttrs(done.getFlashMap())
                    .session(session)
                    .with(user("coordinator")))
            .andExpect(status().isOk())
            .andReturn());
  }

  @Test
  void all_or_nothing_with_bad_rows_writes_nothing_and_says_so() throws Exception {
    MockHttpSession session = uploadTheSample();
    Migrations.Upload upload = uploadIn(session);
    int before = register.entries().size();

    String html = confirm(session, "all");

    assertThat(html).contains("Nothing was imported");
    assertThat(register.entries()).hasSize(before);
    assertThat(upload.folder()).doesNotExist();
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void a_partial_import_writes_the_good_rows_audited_and_shows_the_summary_by_rule()
      throws Exception {
    MockHttpSession session = uploadTheSample();
    Migrations.Upload upload = uploadIn(session);

    String html = confirm(session, "partial");

    assertThat(html)
        .contains("Legacy register imported")
        .contains("9 of 14 rows")
        .contains("child&#39;s view not recorded")
        .contains("no consent recorded for inclusion on the register")
        .contains("The uploaded files have been deleted.");
    assertThat(upload.folder()).doesNotExist();
    Entry pedro = register.episodesOf(NhsNumber.parse("9990000042")).get(0);
    assertThat(pedro.isInpatient()).isTrue();
    assertThat(pedro.currentStay().orElseThrow().admittedOn()).isEmpty();
    assertThat(pedro.openTasks(TaskKind.ADMISSION_DATE)).hasSize(1);
    assertThat(audit.forEntry(pedro.id().value()))
        .filteredOn(a -> a.operation() == Operation.CARRY_OVER)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.userId()).isEqualTo("coordinator");
              assertThat(a.outcome()).isEqualTo(AuditRecord.Outcome.DONE);
            });

    // The person page shows the inpatient whose admission date is to be recorded.
    String person =
        body(
            mvc.perform(get("/people/" + pedro.id().value()).with(user("coordinator")))
                .andExpect(status().isOk())
                .andReturn());
    assertThat(person).contains("Admission date to be recorded");
  }

  @Test
  void only_a_dsr_coordinator_may_carry_a_register_over() throws Exception {
    for (String other : new String[] {"clinician", "agency", "analyst", "administrator"}) {
      mvc.perform(get("/migration").with(user(other))).andExpect(status().isForbidden());
      mvc.perform(
              multipart("/migration")
                  .file(sheet(sample("legacy-register.csv")))
                  .file(mapping(sample("legacy-register.properties")))
                  .with(user(other))
                  .with(csrf()))
          .andExpect(status().isForbidden());
      mvc.perform(
              post("/migration/confirm").param("mode", "partial").with(user(other)).with(csrf()))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/migration").with(user("coordinator"))).andExpect(status().isOk());
  }

  @Test
  void a_mapping_with_an_unknown_key_is_refused_listing_the_keys_it_may_hold() throws Exception {
    String html =
        body(
            mvc.perform(
                    multipart("/migration")
                        .file(sheet(sample("legacy-register.csv")))
                        .file(
                            mapping(
                                (new String(
                                            sample("legacy-register.properties"),
                                            StandardCharsets.UTF_8)
                                        + "admitted = Admitted\n")
                                    .getBytes(StandardCharsets.UTF_8)))
                        .with(user("coordinator"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn());

    assertThat(html)
        .contains("There is a problem")
        .contains("mapping.admitted: is not a key the import knows; the allowed keys are")
        .contains("admissionDate, childsView");
  }

  @Test
  void a_file_that_is_not_a_spreadsheet_in_utf_8_is_refused_naming_the_file() throws Exception {
    byte[] notText = {(byte) 0xff, (byte) 0xfe, 0x00, 0x41, (byte) 0xc3, 0x28};

    String html =
        body(
            mvc.perform(
                    multipart("/migration")
                        .file(sheet(notText))
                        .file(mapping(sample("legacy-register.properties")))
                        .with(user("coordinator"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn());

    assertThat(html).contains("There is a problem").contains("href=\"#sheet\"");
  }

  @Test
  void an_upload_without_its_files_names_each_missing_one() throws Exception {
    String html =
        body(
            mvc.perform(multipart("/migration").with(user("coordinator")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn());

    assertThat(html)
        .contains("Choose the register saved as CSV")
        .contains("Choose the mapping file");
  }

  @Autowired MigrationUploadLimit uploadLimit;

  @Test
  void an_upload_over_the_size_limit_shows_the_form_again_saying_how_large_a_file_may_be() {
    org.springframework.ui.ExtendedModelMap model = new org.springframework.ui.ExtendedModelMap();
    org.springframework.mock.web.MockHttpServletRequest request =
        new org.springframework.mock.web.MockHttpServletRequest("POST", "/migration");
    request.setUserPrincipal(() -> "coordinator");

    String view =
        uploadLimit.tooLarge(
            new org.springframework.web.multipart.MaxUploadSizeExceededException(10_485_760L),
            request,
            model);

    assertThat(view).isEqualTo("migration-upload");
    assertThat(model.get("errors"))
        .asString()
        .contains("Each file must be at most 10MB")
        .contains("sheet");
  }

  @Test
  void an_upload_without_the_csrf_token_is_refused() throws Exception {
    mvc.perform(
            multipart("/migration")
                .file(sheet(sample("legacy-register.csv")))
                .file(mapping(sample("legacy-register.properties")))
                .with(user("coordinator")))
        .andExpect(status().isForbidden());
  }
}
