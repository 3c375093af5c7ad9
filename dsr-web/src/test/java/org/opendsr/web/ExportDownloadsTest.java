package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Operation;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.fhir.FhirCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person's record downloads from their page as a FHIR Bundle and as the subject access export:
 * each an attachment no cache keeps, each audited as an export with its purpose, and refused (and
 * audited) for roles that may not export.
 */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class ExportDownloadsTest {

  @Autowired MockMvc mvc;
  @Autowired AccessControlledRegister register;
  @Autowired DynamicSupportRegister inner;
  @Autowired AuditTrail audit;
  @Autowired Clock clock;

  private Entry active() {
    LocalDate today = LocalDate.now(clock);
    return Fixtures.active(register, inner, today.minusYears(25), today);
  }

  private MockHttpServletResponse download(String path, String who) throws Exception {
    return mvc.perform(get(path).with(user(who)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse();
  }

  private static void assertAttachmentNotCached(MockHttpServletResponse response, String name) {
    assertThat(response.getHeader("Content-Disposition"))
        .startsWith("attachment")
        .contains("filename=\"" + name + "\"");
    assertThat(response.getHeader("Cache-Control")).contains("no-store");
  }

  /** The newest record about an entry. */
  private AuditRecord lastAbout(Entry e) {
    List<AuditRecord> records = audit.forEntry(e.id().value());
    return records.get(records.size() - 1);
  }

  @Test
  void the_coordinator_downloads_the_record_as_a_fhir_bundle_audited_as_an_export_for_direct_care()
      throws Exception {
    Entry e = active();
    String id = e.id().value();
    MockHttpServletResponse response = download("/people/" + id + "/export/fhir", "coordinator");
    assertThat(response.getContentType()).startsWith("application/fhir+json");
    assertAttachmentNotCached(response, "dsr-record-" + id + ".json");

    Bundle bundle =
        FhirContext.forR4Cached()
            .newJsonParser()
            .parseResource(Bundle.class, response.getContentAsString(StandardCharsets.UTF_8));
    assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    Patient patient = (Patient) bundle.getEntryFirstRep().getResource();
    assertThat(patient.getIdentifier())
        .filteredOn(i -> FhirCodes.NHS_NUMBER.equals(i.getSystem()))
        .extracting(Identifier::getValue)
        .containsExactly(e.person().nhsNumber().value());

    AuditRecord export = lastAbout(e);
    assertThat(export.operation()).isEqualTo(Operation.EXPORT_SUBJECT_ACCESS);
    assertThat(export.purpose()).isEqualTo(AccessPurpose.DIRECT_CARE);
    assertThat(export.userId()).isEqualTo("coordinator");
    assertThat(export.access()).isEqualTo(AuditRecord.Access.ALLOWED);
    assertThat(export.outcome()).isEqualTo(AuditRecord.Outcome.DONE);
  }

  @Test
  void the_coordinator_downloads_the_subject_access_export_audited_for_keeping_the_register()
      throws Exception {
    Entry e = active();
    String id = e.id().value();
    MockHttpServletResponse response =
        download("/people/" + id + "/export/subject-access", "coordinator");
    assertThat(response.getContentType()).startsWith("text/plain");
    assertAttachmentNotCached(response, "subject-access-" + id + ".txt");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .startsWith("What the Dynamic Support Register holds about you")
        .contains("NHS number: " + e.person().nhsNumber().formatted())
        .contains("Episode 1 (" + id + ")");

    AuditRecord export = lastAbout(e);
    assertThat(export.operation()).isEqualTo(Operation.EXPORT_SUBJECT_ACCESS);
    assertThat(export.purpose()).isEqualTo(AccessPurpose.REGISTER_ADMINISTRATION);
    assertThat(export.access()).isEqualTo(AuditRecord.Access.ALLOWED);
  }

  @Test
  void the_person_page_offers_both_downloads_to_the_coordinator() throws Exception {
    Entry e = active();
    Document page =
        Jsoup.parse(
            download("/people/" + e.id().value(), "coordinator")
                .getContentAsString(StandardCharsets.UTF_8));
    assertThat(page.getElementById("export-fhir").attr("href"))
        .isEqualTo("/people/" + e.id().value() + "/export/fhir");
    assertThat(page.getElementById("export-subject-access").attr("href"))
        .isEqualTo("/people/" + e.id().value() + "/export/subject-access");
  }

  @Test
  void an_analyst_a_clinician_or_an_auditor_may_not_export_and_the_refusal_is_audited()
      throws Exception {
    Entry e = active();
    for (String who : List.of("analyst", "clinician", "administrator")) {
      for (String kind : List.of("fhir", "subject-access")) {
        int before = audit.byActor(who).size();
        MockHttpServletResponse response =
            mvc.perform(get("/people/" + e.id().value() + "/export/" + kind).with(user(who)))
                .andExpect(status().isForbidden())
                .andReturn()
                .getResponse();
        assertThat(response.getHeader("Content-Disposition")).isNull();
        assertThat(response.getContentAsString())
            .contains("You do not have access")
            .doesNotContain(e.person().nhsNumber().formatted());
        List<AuditRecord> after = audit.byActor(who);
        assertThat(after).hasSize(before + 1);
        AuditRecord refusal = after.get(after.size() - 1);
        assertThat(refusal.operation()).isEqualTo(Operation.EXPORT_SUBJECT_ACCESS);
        assertThat(refusal.access()).isEqualTo(AuditRecord.Access.DENIED);
        assertThat(refusal.purpose())
            .isEqualTo(
                kind.equals("fhir")
                    ? AccessPurpose.DIRECT_CARE
                    : AccessPurpose.REGISTER_ADMINISTRATION);
      }
    }
    assertThat(audit.forEntry(e.id().value()))
        .filteredOn(r -> r.operation() == Operation.EXPORT_SUBJECT_ACCESS)
        .isEmpty();
  }

  @Test
  void an_unknown_entry_is_the_not_found_page() throws Exception {
    mvc.perform(get("/people/E-999999/export/fhir").with(user("coordinator")))
        .andExpect(status().isNotFound());
  }
}
