package org.opendsr.web.easyread;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.easyread.EasyRead;
import org.opendsr.easyread.EasyReadDocument;
import org.opendsr.easyread.EasyReadSettings;
import org.opendsr.easyread.SectionKind;
import org.opendsr.easyread.render.EasyReadPdf;
import org.opendsr.easyread.render.Pictograms;
import org.opendsr.web.SecurityConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A person's Easy Read document ("My DSR"): a page in the service's look, and the printable PDF
 * booklet to give them. Both read the entry through the access-controlled register, as a read of
 * the person's record for their direct care: whoever may not see the person gets the 403 page, and
 * every read, allowed or denied, is in the audit trail.
 */
@Controller
@EnableConfigurationProperties(EasyReadProperties.class)
public class EasyReadController {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private final AccessControlledRegister register;
  private final SecurityConfig.Actors actors;
  private final Clock clock;
  private final EasyReadSettings settings;

  EasyReadController(
      AccessControlledRegister register,
      SecurityConfig.Actors actors,
      Clock clock,
      LocalPolicy policy,
      EasyReadProperties properties) {
    this.register = register;
    this.actors = actors;
    this.clock = clock;
    this.settings =
        new EasyReadSettings(
            properties.teamName(),
            properties.phone(),
            Map.of(),
            EnumSet.allOf(SectionKind.class),
            policy.consentPolicy());
  }

  /** One line of the page: a picture and its words. */
  record Line(String picture, String alt, String words) {}

  /** One section of the page. */
  record Part(String heading, List<Line> lines) {}

  /** The Easy Read page. */
  @GetMapping("/people/{id}/easy-read")
  String page(Principal principal, @PathVariable String id, Model model) {
    EasyReadDocument document = document(principal, id);
    model.addAttribute("entryId", entryIdOf(id).value());
    model.addAttribute("title", document.title());
    model.addAttribute("written", DAY.format(document.asOf()));
    model.addAttribute(
        "parts",
        document.sections().stream()
            .map(
                s ->
                    new Part(
                        s.heading(),
                        s.sentences().stream()
                            .map(
                                w ->
                                    new Line(
                                        Pictograms.dataUri(w.picture()),
                                        w.picture().altText(),
                                        w.text()))
                            .toList()))
            .toList());
    model.addAttribute("user", actors.displayName(principal.getName()));
    return "easy-read";
  }

  /** The printable booklet: a tagged A4 PDF, named by the entry, never by the person. */
  @GetMapping("/people/{id}/easy-read.pdf")
  ResponseEntity<byte[]> booklet(Principal principal, @PathVariable String id) {
    EasyReadDocument document = document(principal, id);
    byte[] pdf = EasyReadPdf.booklet(document);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("my-dsr-" + entryIdOf(id).value() + ".pdf")
                .build()
                .toString())
        .body(pdf);
  }

  /** A text that is not an entry id's shape names no entry. */
  private static EntryId entryIdOf(String id) {
    try {
      return EntryId.of(id);
    } catch (ValidationException malformed) {
      throw new NotFoundException("no such entry");
    }
  }

  private EasyReadDocument document(Principal principal, String id) {
    Actor actor = actors.of(principal.getName());
    Entry entry = register.entry(actor, AccessPurpose.DIRECT_CARE, entryIdOf(id));
    try {
      return EasyRead.document(entry, LocalDate.now(clock), settings);
    } catch (IllegalArgumentException noReader) {
      // The entry was closed because the person died: there is no one to write for.
      throw new NotFoundException("no Easy Read document for this entry");
    }
  }
}
