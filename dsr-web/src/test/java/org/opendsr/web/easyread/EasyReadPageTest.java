package org.opendsr.web.easyread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.opendsr.core.register.AccessControlledRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "My DSR" from the person page: an Easy Read page and a PDF booklet, for who may see the person.
 */
@SpringBootTest(
    properties = "spring.datasource.url=jdbc:h2:mem:dsr-web-${random.uuid};DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
class EasyReadPageTest {

  private static final Actor COORDINATOR =
      Actor.professional("coordinator", Role.DSR_COORDINATOR, "ICB");

  @Autowired MockMvc mvc;
  @Autowired AccessControlledRegister register;
  @Autowired AuditTrail audit;
  @Autowired Clock clock;

  private Entry somePerson() {
    EntryId id =
        register
            .worklist(COORDINATOR, AccessPurpose.REGISTER_ADMINISTRATION, LocalDate.now(clock), 14)
            .items()
            .get(0)
            .entryId();
    return register.entry(COORDINATOR, AccessPurpose.DIRECT_CARE, id);
  }

  @Test
  void the_person_page_links_to_the_easy_read_version() throws Exception {
    String id = somePerson().id().value();
    String html =
        mvc.perform(get("/people/" + id).with(user("coordinator")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("href=\"/people/" + id + "/easy-read\"")
        .contains("Easy Read version");
  }

  @Test
  void the_easy_read_page_tells_the_person_their_choices_beside_pictures_without_their_nhs_number()
      throws Exception {
    Entry person = somePerson();
    String html =
        mvc.perform(get("/people/" + person.id().value() + "/easy-read").with(user("coordinator")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(html)
        .contains("My DSR")
        .contains("Your choices")
        .contains("Saying no will not change the care you get.")
        .contains("alt=\"Two arrows going both ways, for changing your mind\"")
        .contains("src=\"data:image/svg+xml;base64,")
        .contains("href=\"/people/" + person.id().value() + "/easy-read.pdf\"")
        .doesNotContain(person.person().nhsNumber().value())
        .doesNotContain(person.person().nhsNumber().formatted());
  }

  @Test
  void the_booklet_downloads_as_a_tagged_pdf_and_the_read_is_audited() throws Exception {
    String id = somePerson().id().value();
    int before = audit.forEntry(id).size();
    byte[] pdf =
        mvc.perform(get("/people/" + id + "/easy-read.pdf").with(user("coordinator")))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        Matchers.allOf(
                            Matchers.startsWith("attachment"),
                            Matchers.containsString("my-dsr-" + id + ".pdf"))))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isPositive();
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentCatalog().getLanguage()).startsWith("en");
    }
    assertThat(audit.forEntry(id))
        .hasSizeGreaterThan(before)
        .last()
        .satisfies(
            r -> {
              assertThat(r.userId()).isEqualTo("coordinator");
              assertThat(r.operation()).isEqualTo(Operation.VIEW_ENTRY);
              assertThat(r.access()).isEqualTo(AuditRecord.Access.ALLOWED);
            });
  }

  @Test
  void
      an_agency_worker_who_may_not_see_the_person_gets_403_for_the_page_and_the_booklet_and_it_is_audited()
          throws Exception {
    String id = somePerson().id().value();
    mvc.perform(get("/people/" + id + "/easy-read").with(user("agency")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/people/" + id + "/easy-read.pdf").with(user("agency")))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    assertThat(audit.forEntry(id))
        .filteredOn(r -> r.userId().equals("agency"))
        .hasSizeGreaterThanOrEqualTo(2)
        .allMatch(r -> r.access() == AuditRecord.Access.DENIED);
  }

  @Test
  void a_signed_out_visitor_is_sent_to_sign_in_for_the_booklet() throws Exception {
    String id = somePerson().id().value();
    mvc.perform(get("/people/" + id + "/easy-read.pdf"))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", Matchers.endsWith("/sign-in")));
  }
}
