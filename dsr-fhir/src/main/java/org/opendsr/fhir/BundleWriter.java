package org.opendsr.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.opendsr.core.Violation;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.person.Residence;

/** Builds the Bundle for one {@link DsrRecord}; one instance per export. */
final class BundleWriter {

  static final String CONDITION_CLINICAL =
      "http://terminology.hl7.org/CodeSystem/condition-clinical";
  static final String CONDITION_VERIFICATION =
      "http://terminology.hl7.org/CodeSystem/condition-ver-status";
  static final String CONDITION_CATEGORY =
      "http://terminology.hl7.org/CodeSystem/condition-category";
  static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
  static final String PARTICIPATION_TYPE =
      "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
  static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
  static final String ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason";
  static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
  static final String DICOM = "http://dicom.nema.org/resources/ontology/DCM";
  static final String FLAG_DETAIL = "http://hl7.org/fhir/StructureDefinition/flag-detail";
  static final String PATIENT_CONSENT_LOINC = "59284-0";
  static final String BREAK_THE_GLASS = "BTG";

  private static final Map<String, String> SNOMED_DISPLAY =
      Map.of(
          "110359009",
          "Intellectual disability",
          "35919005",
          "Autism spectrum disorder",
          Diagnosis.AUTISTIC_DISORDER,
          "Autistic disorder");

  private final DsrRecord record;
  private final Bundle bundle = new Bundle();
  private final String patientUrl;
  private final List<Agency> agencies;
  private final List<Professional> professionals;

  private BundleWriter(DsrRecord record) {
    this.record = record;
    this.patientUrl = fullUrl("Patient", record.personKey());
    // One Organization per distinct agency and one Practitioner per distinct professional, however
    // many episodes name them; episodes refer to them in their own order.
    Set<Agency> distinctAgencies = new LinkedHashSet<>();
    Set<Professional> distinctProfessionals = new LinkedHashSet<>();
    for (Entry entry : record.episodes()) {
      distinctAgencies.addAll(entry.agencies());
      distinctProfessionals.addAll(entry.professionals());
    }
    this.agencies = List.copyOf(distinctAgencies);
    this.professionals = List.copyOf(distinctProfessionals);
  }

  static Bundle write(DsrRecord record) {
    return new BundleWriter(record).build();
  }

  /** A stable urn:uuid for a resource, so that the same record always gives the same Bundle. */
  static String fullUrl(String type, String id) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes((type + "/" + id).getBytes(StandardCharsets.UTF_8));
  }

  private Bundle build() {
    bundle.setType(Bundle.BundleType.COLLECTION);
    PersonDetails person = record.latest().person();
    add(patient(person), "Patient");
    for (Condition condition : conditions(person.diagnosis())) {
      add(condition, "Condition");
    }
    for (int i = 0; i < agencies.size(); i++) {
      add(organization(agencies.get(i), i), "Organization");
    }
    for (int i = 0; i < professionals.size(); i++) {
      Practitioner practitioner = practitioner(professionals.get(i), i);
      add(practitioner, "Practitioner");
      add(practitionerRole(professionals.get(i), practitioner, i), "PractitionerRole");
    }
    List<Entry> episodes = record.episodes();
    for (int e = 0; e < episodes.size(); e++) {
      new EpisodeWriter(this, episodes.get(e), e, e == episodes.size() - 1).write();
    }
    List<AuditRecord> audit = record.audit();
    for (int i = 0; i < audit.size(); i++) {
      add(auditEvent(audit.get(i), i), "AuditEvent");
    }
    return bundle;
  }

  void add(Resource resource, String type) {
    String id = resource.getIdElement().getIdPart();
    bundle.addEntry().setFullUrl(fullUrl(type, id)).setResource(resource);
  }

  String id(String kind, int index) {
    return record.personKey() + "-" + kind + "-" + index;
  }

  DsrRecord record() {
    return record;
  }

  Reference patientRef() {
    return new Reference(patientUrl);
  }

  static void profile(Resource resource, String id, String ukCoreName) {
    resource.setId(id);
    if (ukCoreName != null) {
      resource.getMeta().addProfile(FhirCodes.UK_CORE + ukCoreName);
    }
  }

  static Coding coding(String system, String code) {
    return new Coding().setSystem(system).setCode(code);
  }

  static CodeableConcept concept(String system, String code) {
    return new CodeableConcept().addCoding(coding(system, code));
  }

  static Extension ext(String name, Type value) {
    return new Extension(FhirCodes.extension(name), value);
  }

  static Identifier identifier(String system, String value) {
    return new Identifier().setSystem(system).setValue(value);
  }

  static DateType date(LocalDate date) {
    return new DateType(date.toString());
  }

  static DateTimeType dateTime(LocalDate date) {
    return new DateTimeType(date.toString());
  }

  static InstantType instant(Instant instant) {
    InstantType value = new InstantType(Date.from(instant));
    value.setTimeZone(TimeZone.getTimeZone("UTC"));
    return value;
  }

  /** The Organization of exactly this agency. */
  Reference organizationRef(Agency agency) {
    return new Reference(fullUrl("Organization", id("agency", agencies.indexOf(agency))))
        .setIdentifier(identifier(FhirCodes.AGENCY_ID, agency.id()));
  }

  /** The PractitionerRole of exactly this professional. */
  Reference professionalRef(Professional professional) {
    return new Reference(
        fullUrl("PractitionerRole", id("professional-role", professionals.indexOf(professional))));
  }

  /** A reference to an agency: by fullUrl when it is in the Bundle, and always by identifier. */
  Reference agencyRef(String agencyId) {
    Reference reference = new Reference().setIdentifier(identifier(FhirCodes.AGENCY_ID, agencyId));
    for (int i = agencies.size() - 1; i >= 0; i--) {
      if (agencies.get(i).id().equals(agencyId)) {
        reference.setReference(fullUrl("Organization", id("agency", i)));
      }
    }
    return reference;
  }

  static void names(PersonName name, List<HumanName> target) {
    target.add(
        new HumanName()
            .setUse(HumanName.NameUse.OFFICIAL)
            .setFamily(name.family())
            .addGiven(name.given()));
    name.preferred()
        .ifPresent(
            p ->
                target.add(
                    new HumanName()
                        .setUse(HumanName.NameUse.USUAL)
                        .setFamily(name.family())
                        .addGiven(p)));
  }

  private Patient patient(PersonDetails person) {
    Patient patient = new Patient();
    profile(patient, record.personKey(), "Patient");
    patient.addIdentifier(identifier(FhirCodes.NHS_NUMBER, person.nhsNumber().value()));
    names(person.name(), patient.getName());
    patient.setBirthDateElement(date(person.dateOfBirth().value()));
    patient.addAddress(address(person.residence()));
    patient.addExtension(
        ext(
            "education-health-and-care-plan",
            new BooleanType(person.educationHealthAndCarePlan())));
    return patient;
  }

  static Address address(Residence residence) {
    Address address = new Address().setUse(Address.AddressUse.HOME);
    if (!residence.address().isEmpty()) {
      address.setText(residence.address());
    }
    residence.postcode().ifPresent(address::setPostalCode);
    address.setDistrict(residence.locality());
    address.addExtension(ext("residence-setting", new CodeType(residence.setting().name())));
    return address;
  }

  private List<Condition> conditions(Diagnosis diagnosis) {
    List<String> codes = diagnosis.isConfirmed() ? diagnosis.snomedCodes() : List.of("35919005");
    String status = diagnosis.isConfirmed() ? "confirmed" : "provisional";
    return codes.stream()
        .map(
            code -> {
              Condition condition = new Condition();
              profile(condition, id("condition", codes.indexOf(code)), "Condition");
              condition.setClinicalStatus(concept(CONDITION_CLINICAL, "active"));
              condition.setVerificationStatus(concept(CONDITION_VERIFICATION, status));
              condition.addCategory(concept(CONDITION_CATEGORY, "problem-list-item"));
              condition.setCode(
                  new CodeableConcept()
                      .addCoding(
                          coding(FhirCodes.SNOMED, code).setDisplay(SNOMED_DISPLAY.get(code))));
              condition.setSubject(patientRef());
              return condition;
            })
        .collect(Collectors.toList());
  }

  private Organization organization(Agency agency, int index) {
    Organization organization = new Organization();
    profile(organization, id("agency", index), "Organization");
    organization.addIdentifier(identifier(FhirCodes.AGENCY_ID, agency.id()));
    organization.setActive(true);
    organization.setName(agency.name());
    organization.addType(concept(FhirCodes.AGENCY_KIND, agency.kind().name()));
    return organization;
  }

  private Practitioner practitioner(Professional professional, int index) {
    Practitioner practitioner = new Practitioner();
    profile(practitioner, id("professional", index), "Practitioner");
    practitioner.addIdentifier(identifier(FhirCodes.PROFESSIONAL_ID, professional.id()));
    names(professional.name(), practitioner.getName());
    professional
        .contact()
        .telephone()
        .ifPresent(
            t ->
                practitioner
                    .addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.PHONE)
                    .setValue(t));
    professional
        .contact()
        .email()
        .ifPresent(
            e ->
                practitioner
                    .addTelecom()
                    .setSystem(ContactPoint.ContactPointSystem.EMAIL)
                    .setValue(e));
    return practitioner;
  }

  private PractitionerRole practitionerRole(
      Professional professional, Practitioner practitioner, int index) {
    PractitionerRole role = new PractitionerRole();
    profile(role, id("professional-role", index), "PractitionerRole");
    role.setPractitioner(
        new Reference(fullUrl("Practitioner", practitioner.getIdElement().getIdPart())));
    role.setOrganization(agencyRef(professional.agencyId()));
    role.addCode(new CodeableConcept().setText(professional.role()));
    return role;
  }

  private AuditEvent auditEvent(AuditRecord audit, int index) {
    AuditEvent event = new AuditEvent();
    profile(event, id("audit", index), "AuditEvent");
    event.setType(coding(DICOM, "110110").setDisplay("Patient Record"));
    event.addSubtype(coding(FhirCodes.OPERATION, audit.operation().name()));
    event.setAction(action(audit));
    event.setRecordedElement(instant(audit.at()));
    outcomeCode(audit.outcome()).ifPresent(event::setOutcome);
    event.setOutcomeDesc(outcomeDescription(audit));
    event.addExtension(ext("audit-access", new CodeType(audit.access().name())));
    event.addExtension(ext("audit-outcome", new CodeType(audit.outcome().name())));
    event.addExtension(ext("access-rule", new StringType(audit.detail())));
    for (Violation rule : audit.refusedBy()) {
      Extension refused = ext("refused-by", null);
      refused.addExtension("field", new StringType(rule.field()));
      refused.addExtension("rule", new StringType(rule.rule()));
      event.addExtension(refused);
    }
    audit
        .breakGlassReason()
        .ifPresent(r -> event.addExtension(ext("break-glass-reason", new StringType(r))));
    AuditEvent.AuditEventAgentComponent user = event.addAgent();
    user.addRole(concept(FhirCodes.ROLE, audit.role().name()));
    user.setWho(new Reference().setIdentifier(identifier(FhirCodes.USER_ID, audit.userId())));
    user.setRequestor(true);
    user.addPurposeOfUse(concept(FhirCodes.ACCESS_PURPOSE, audit.purpose().name()));
    if (audit.breakGlass()) {
      user.addPurposeOfUse(concept(ACT_REASON, BREAK_THE_GLASS));
    }
    audit
        .agencyId()
        .ifPresent(
            a ->
                event
                    .addAgent()
                    .setWho(new Reference().setIdentifier(identifier(FhirCodes.AGENCY_ID, a)))
                    .setRequestor(false));
    event.getSource().setObserver(new Reference().setDisplay("OpenDSR register"));
    audit
        .entryId()
        .ifPresent(
            e ->
                event
                    .addEntity()
                    .setWhat(new Reference().setIdentifier(identifier(FhirCodes.ENTRY_ID, e))));
    return event;
  }

  /**
   * FHIR R4 AuditEvent.outcome (HL7 FHIR R4 and UK Core) for what came of a call: 0 (success) when
   * it was done; 4 (minor failure, the kind of an HTTP 4xx answer) when access was denied or a rule
   * of the register refused it, nothing being written either way; 8 (serious failure, the kind of
   * an HTTP 5xx answer) when it failed for a reason no rule explains. 12 (major failure: the system
   * is no longer available) is not one the register can know of. A row written before outcomes were
   * recorded has none (the element is optional), rather than a claim of success.
   */
  static Optional<AuditEvent.AuditEventOutcome> outcomeCode(AuditRecord.Outcome outcome) {
    return switch (outcome) {
      case DONE -> Optional.of(AuditEvent.AuditEventOutcome._0);
      case REFUSED, NOT_ATTEMPTED -> Optional.of(AuditEvent.AuditEventOutcome._4);
      case FAILED -> Optional.of(AuditEvent.AuditEventOutcome._8);
      case NOT_RECORDED -> Optional.empty();
    };
  }

  /** What came of the call, in words: the rules that refused it, or the access rule. */
  private static String outcomeDescription(AuditRecord audit) {
    return switch (audit.outcome()) {
      case DONE -> "done: " + audit.detail();
      case REFUSED ->
          "refused by the register: "
              + audit.refusedBy().stream()
                  .map(v -> v.field() + " " + v.rule())
                  .collect(java.util.stream.Collectors.joining("; "));
      case FAILED -> "failed: the call ended in an error and was not done";
      case NOT_ATTEMPTED -> "denied: " + audit.detail();
      case NOT_RECORDED ->
          audit.access() == AuditRecord.Access.DENIED
              ? "denied: " + audit.detail()
              : "allowed, outcome not recorded: " + audit.detail();
    };
  }

  private static AuditEvent.AuditEventAction action(AuditRecord audit) {
    if (!audit.operation().writes()) {
      return AuditEvent.AuditEventAction.R;
    }
    return audit.operation() == org.opendsr.core.access.Operation.REFER
        ? AuditEvent.AuditEventAction.C
        : AuditEvent.AuditEventAction.U;
  }
}
