package org.opendsr.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opendsr.core.access.AccessPolicy;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.register.SubjectAccessExport;
import org.opendsr.fhir.DsrRecord;
import org.opendsr.fhir.FhirExchange;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Everything held about a person, downloaded from their page: as a FHIR R4 Bundle (to carry the
 * record to another system, as the command line's {@code dsr export --fhir} does) and as the
 * subject access export for the person to read (UK GDPR Art 15).
 *
 * <p>Both go through the library's subject access call, which checks the export against the access
 * rules and audits it for every episode of the person ({@code EXPORT_SUBJECT_ACCESS}): for direct
 * care when the record is carried as FHIR, and for the person's request otherwise. Only roles the
 * rules allow may export (the coordinator; the person themselves); anyone else gets the 403 page,
 * and the refusal is audited. Each file is an attachment that no cache keeps.
 */
@Controller
public class ExportController {

  /** The FHIR JSON media type. */
  static final MediaType FHIR_JSON =
      new MediaType("application", "fhir+json", StandardCharsets.UTF_8);

  private final AccessControlledRegister register;
  private final DynamicSupportRegister inner;
  private final Forms forms;

  ExportController(AccessControlledRegister register, DynamicSupportRegister inner, Forms forms) {
    this.register = register;
    this.inner = inner;
    this.forms = forms;
  }

  /**
   * Whose entry it is, only to ask the library's subject access call: that call decides and audits
   * the export, and answers everyone who may not see the person alike, so nothing about the person
   * reaches a caller before it has.
   */
  private NhsNumber personOf(String id) {
    return inner.entry(EntryId.of(id)).person().nhsNumber();
  }

  /** The purpose of carrying the record to another system: the person's direct care. */
  static final AccessPurpose FHIR_PURPOSE = AccessPurpose.DIRECT_CARE;

  /**
   * The purpose of a subject access export: the person's own request when they ask, and keeping the
   * register when the coordinator answers a request made to the register.
   *
   * @param actor who is exporting
   * @return the purpose recorded in the audit trail
   */
  static AccessPurpose subjectAccessPurpose(Actor actor) {
    return actor.role() == Role.PERSON_OR_REPRESENTATIVE
        ? AccessPurpose.SUBJECT_ACCESS
        : AccessPurpose.REGISTER_ADMINISTRATION;
  }

  /**
   * Whether the person page offers the downloads: the rules would allow the export.
   *
   * @param register the register
   * @param actor who is looking
   * @param entry the entry shown
   * @return true when the export would be allowed
   */
  static boolean mayExport(AccessControlledRegister register, Actor actor, Entry entry) {
    return AccessPolicy.decide(
            actor,
            Operation.EXPORT_SUBJECT_ACCESS,
            FHIR_PURPOSE,
            Optional.of(register.factsOf(entry)))
        .granted();
  }

  /** The person's record, every episode, as a FHIR R4 Bundle in JSON. */
  @GetMapping("/people/{id}/export/fhir")
  ResponseEntity<String> fhir(Principal principal, @PathVariable String id) {
    Actor actor = forms.actor(principal);
    SubjectAccessExport export = register.subjectAccess(actor, FHIR_PURPOSE, personOf(id));
    List<AuditRecord> audit = new ArrayList<>(export.audit());
    audit.sort(Comparator.comparing(AuditRecord::at));
    String json =
        FhirExchange.toJson(
            new DsrRecord(export.episodes().get(0).id().value(), export.episodes(), audit));
    return ReportsController.download(json, FHIR_JSON, "dsr-record-" + id + ".json");
  }

  /** The subject access export: what the register holds about the person, in words. */
  @GetMapping("/people/{id}/export/subject-access")
  ResponseEntity<String> subjectAccess(Principal principal, @PathVariable String id) {
    Actor actor = forms.actor(principal);
    AccessPurpose purpose = subjectAccessPurpose(actor);
    SubjectAccessExport export = register.subjectAccess(actor, purpose, personOf(id));
    return ReportsController.download(
        export.toText(),
        new MediaType("text", "plain", StandardCharsets.UTF_8),
        "subject-access-" + id + ".txt");
  }
}
