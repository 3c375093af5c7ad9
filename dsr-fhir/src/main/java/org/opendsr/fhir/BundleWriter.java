package org.opendsr.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.rating.Answer;
import org.opendsr.rating.ClinicianOverride;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.Reason;
import org.opendsr.rating.RecordedRating;

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

  private BundleWriter(DsrRecord record) {
    this.record = record;
    this.patientUrl = fullUrl("Patient", record.personKey());
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
    add(patient(), "Patient");
    for (Condition condition : conditions()) {
      add(condition, "Condition");
    }
    List<Agency> agencies = record.agencies();
    for (int i = 0; i < agencies.size(); i++) {
      add(organization(agencies.get(i), i), "Organization");
    }
    List<Professional> professionals = record.professionals();
    for (int i = 0; i < professionals.size(); i++) {
      Practitioner practitioner = practitioner(professionals.get(i), i);
      add(practitioner, "Practitioner");
      add(practitionerRole(professionals.get(i), practitioner, i), "PractitionerRole");
    }
    List<ConsentRecord> consents = record.consents();
    for (int i = 0; i < consents.size(); i++) {
      add(ConsentMapping.toFhir(consents.get(i), id("consent", i), patientRef()), "Consent");
    }
    List<RecordedRating> ratings = record.ratings();
    for (int i = 0; i < ratings.size(); i++) {
      RiskAssessment risk = riskAssessment(ratings.get(i), i);
      add(flag(ratings.get(i), risk, i, i == ratings.size() - 1), "Flag");
      add(risk, "RiskAssessment");
    }
    List<RegisterEpisode> episodes = record.episodes();
    for (int i = 0; i < episodes.size(); i++) {
      add(episode(episodes.get(i), i), "EpisodeOfCare");
    }
    if (!record.actionPlan().isEmpty()) {
      add(carePlan(), "CarePlan");
    }
    List<CetrReview> cetrs = record.cetrs();
    for (int i = 0; i < cetrs.size(); i++) {
      add(encounter(cetrs.get(i), i), "Encounter");
    }
    List<AuditRecord> audit = record.audit();
    for (int i = 0; i < audit.size(); i++) {
      add(auditEvent(audit.get(i), i), "AuditEvent");
    }
    return bundle;
  }

  private void add(Resource resource, String type) {
    String id = resource.getIdElement().getIdPart();
    bundle.addEntry().setFullUrl(fullUrl(type, id)).setResource(resource);
  }

  private String id(String kind, int index) {
    return record.personKey() + "-" + kind + "-" + index;
  }

  private Reference patientRef() {
    return new Reference(patientUrl);
  }

  private static void profile(Resource resource, String id, String ukCoreName) {
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

  /** A reference to an agency: by fullUrl when it is in the Bundle, and always by identifier. */
  private Reference agencyRef(String agencyId) {
    Reference reference = new Reference().setIdentifier(identifier(FhirCodes.AGENCY_ID, agencyId));
    List<Agency> agencies = record.agencies();
    for (int i = 0; i < agencies.size(); i++) {
      if (agencies.get(i).id().equals(agencyId)) {
        reference.setReference(fullUrl("Organization", id("agency", i)));
      }
    }
    return reference;
  }

  private static void names(PersonName name, List<HumanName> target) {
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

  private Patient patient() {
    Patient patient = new Patient();
    profile(patient, record.personKey(), "Patient");
    patient.addIdentifier(identifier(FhirCodes.NHS_NUMBER, record.nhsNumber().value()));
    names(record.name(), patient.getName());
    patient.setBirthDateElement(date(record.dateOfBirth().value()));
    Address address = patient.addAddress().setUse(Address.AddressUse.HOME);
    if (!record.residence().address().isEmpty()) {
      address.setText(record.residence().address());
    }
    record.residence().postcode().ifPresent(address::setPostalCode);
    address.setDistrict(record.residence().locality());
    address.addExtension(
        ext("residence-setting", new CodeType(record.residence().setting().name())));
    return patient;
  }

  private List<Condition> conditions() {
    Diagnosis diagnosis = record.diagnosis();
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

  private RiskAssessment riskAssessment(RecordedRating rating, int index) {
    RatingDecision decision = rating.suggestion();
    RiskAssessment risk = new RiskAssessment();
    // UK Core has no RiskAssessment profile: base R4 (DOMAIN.md).
    profile(risk, id("risk", index), null);
    risk.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
    risk.setSubject(patientRef());
    risk.setOccurrence(dateTime(decision.assessmentDate()));
    risk.setMethod(
        new CodeableConcept()
            .addCoding(
                coding(FhirCodes.RATING_INSTRUMENT, decision.instrumentId())
                    .setVersion(decision.instrumentVersion())));
    risk.addPrediction()
        .setOutcome(
            new CodeableConcept().setText("Admission to a mental health or specialist hospital"))
        .setQualitativeRisk(rag(decision.suggestedRating()));
    for (Reason reason : decision.reasons()) {
      CodeableConcept code = concept(FhirCodes.RATING_RULE, reason.ruleId());
      code.setText(reason.text());
      code.addExtension(ext("reason-rating", new CodeType(reason.rating().name())));
      for (Map.Entry<String, Answer> answer : reason.answers().entrySet()) {
        Extension item = ext("reason-answer", null);
        item.addExtension("item", new StringType(answer.getKey()));
        item.addExtension("value", answerValue(answer.getValue()));
        code.addExtension(item);
      }
      risk.addReasonCode(code);
    }
    risk.addExtension(
        ext("keyworker-criteria-met", new BooleanType(decision.keyworkerCriteriaMet())));
    Extension policy = ext("rating-policy", null);
    policy.addExtension(
        "keyworker-offer-covers-blue",
        new BooleanType(decision.policy().keyworkerOfferCoversBlue()));
    policy.addExtension(
        "keyworker-minimum-age", new IntegerType(decision.policy().keyworkerMinimumAge()));
    policy.addExtension(
        "keyworker-maximum-age", new IntegerType(decision.policy().keyworkerMaximumAge()));
    risk.addExtension(policy);
    rating.override().ifPresent(o -> risk.addExtension(override(o)));
    // For readers: what follows from the rating on the register. Derived, so not read back.
    risk.setMitigation(
        rating.linkedProcesses().stream()
            .map(LinkedProcess::description)
            .collect(Collectors.joining("; ")));
    return risk;
  }

  static CodeableConcept rag(org.opendsr.rating.Rating rating) {
    return new CodeableConcept()
        .addCoding(coding(FhirCodes.RAG_RATING, rating.name()).setDisplay(rating.label()));
  }

  private static Type answerValue(Answer answer) {
    if (answer instanceof Answer.YesNo yesNo) {
      return new BooleanType(yesNo.yes());
    }
    if (answer instanceof Answer.Graded graded) {
      return new CodeType(graded.level().name());
    }
    return new IntegerType(((Answer.Score) answer).value());
  }

  private static Extension override(ClinicianOverride override) {
    Extension extension = ext("clinician-override", null);
    extension.addExtension("rating", new CodeType(override.rating().name()));
    extension.addExtension("reason", new StringType(override.reason()));
    extension.addExtension("clinician", identifier(FhirCodes.USER_ID, override.clinicianId()));
    extension.addExtension("decided-at", instant(override.decidedAt()));
    return extension;
  }

  private Flag flag(RecordedRating rating, RiskAssessment risk, int index, boolean current) {
    Flag flag = new Flag();
    profile(flag, id("flag", index), "Flag");
    flag.setStatus(current ? Flag.FlagStatus.ACTIVE : Flag.FlagStatus.INACTIVE);
    flag.addCategory(concept(FLAG_CATEGORY, "clinical"));
    CodeableConcept code = rag(rating.finalRating());
    code.setText("DSR rating: " + rating.finalRating().label());
    flag.setCode(code);
    flag.setSubject(patientRef());
    flag.setPeriod(new Period().setStartElement(dateTime(rating.assessmentDate())));
    flag.addExtension(
        new Extension(
            FLAG_DETAIL,
            new Reference(fullUrl("RiskAssessment", risk.getIdElement().getIdPart()))));
    return flag;
  }

  private EpisodeOfCare episode(RegisterEpisode episode, int index) {
    EpisodeOfCare care = new EpisodeOfCare();
    profile(care, id("episode", index), "EpisodeOfCare");
    care.addIdentifier(identifier(FhirCodes.EPISODE_ID, episode.id()));
    care.setStatus(
        episode.closure().isPresent()
            ? EpisodeOfCare.EpisodeOfCareStatus.FINISHED
            : EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
    care.addType(
        new CodeableConcept()
            .addCoding(
                coding(FhirCodes.EPISODE_TYPE, "DSR").setDisplay("Dynamic support register")));
    care.setPatient(patientRef());
    Period period = new Period().setStartElement(dateTime(episode.added()));
    episode.closure().ifPresent(c -> period.setEndElement(dateTime(c.on())));
    care.setPeriod(period);
    episode
        .closure()
        .ifPresent(c -> care.addExtension(ext("close-reason", new CodeType(c.reason().name()))));
    return care;
  }

  private CarePlan carePlan() {
    CarePlan plan = new CarePlan();
    profile(plan, id("action-plan", 0), "CarePlan");
    plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
    plan.setIntent(CarePlan.CarePlanIntent.PLAN);
    plan.setTitle("DSR action plan");
    plan.setSubject(patientRef());
    for (PlannedAction action : record.actionPlan()) {
      CarePlan.CarePlanActivityDetailComponent detail =
          plan.addActivity().getDetail().setDescription(action.description());
      detail.setStatus(activityStatus(action.status()));
      detail.addExtension(ext("action-id", identifier(FhirCodes.ACTION_ID, action.id())));
      action.due().ifPresent(d -> detail.setScheduled(new Period().setEndElement(dateTime(d))));
      detail.addPerformer(agencyRef(action.agencyId()));
    }
    return plan;
  }

  static CarePlan.CarePlanActivityStatus activityStatus(PlannedAction.Status status) {
    return switch (status) {
      case NOT_STARTED -> CarePlan.CarePlanActivityStatus.NOTSTARTED;
      case IN_PROGRESS -> CarePlan.CarePlanActivityStatus.INPROGRESS;
      case DONE -> CarePlan.CarePlanActivityStatus.COMPLETED;
      case CANCELLED -> CarePlan.CarePlanActivityStatus.CANCELLED;
    };
  }

  private Encounter encounter(CetrReview review, int index) {
    Encounter encounter = new Encounter();
    profile(encounter, id("cetr", index), "Encounter");
    encounter.addIdentifier(identifier(FhirCodes.CETR_ID, review.id()));
    encounter.setStatus(Encounter.EncounterStatus.FINISHED);
    encounter.setClass_(
        coding(ACT_CODE, review.setting() == CetrReview.Setting.INPATIENT ? "IMP" : "AMB"));
    encounter.addType(concept(FhirCodes.CETR_KIND, review.kind().name()));
    encounter.setSubject(patientRef());
    encounter.setPeriod(
        new Period()
            .setStartElement(dateTime(review.date()))
            .setEndElement(dateTime(review.date())));
    for (CetrReview.Finding finding : review.findings()) {
      Extension extension = ext("cetr-finding", null);
      extension.addExtension("question", new CodeType(finding.question().name()));
      extension.addExtension("answer", new CodeType(finding.answer().name()));
      extension.addExtension("summary", new StringType(finding.summary()));
      encounter.addExtension(extension);
    }
    for (String actionId : review.agreedActionIds()) {
      encounter.addExtension(ext("agreed-action", identifier(FhirCodes.ACTION_ID, actionId)));
    }
    return encounter;
  }

  private AuditEvent auditEvent(AuditRecord audit, int index) {
    AuditEvent event = new AuditEvent();
    profile(event, id("audit", index), "AuditEvent");
    event.setType(coding(DICOM, "110110").setDisplay("Patient Record"));
    event.addSubtype(coding(FhirCodes.OPERATION, audit.operation().name()));
    event.setAction(action(audit));
    event.setRecordedElement(instant(audit.at()));
    event.setOutcome(
        audit.outcome() == AuditRecord.Outcome.ALLOWED
            ? AuditEvent.AuditEventOutcome._0
            : AuditEvent.AuditEventOutcome._4);
    event.setOutcomeDesc(audit.detail());
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

  private static AuditEvent.AuditEventAction action(AuditRecord audit) {
    if (!audit.operation().writes()) {
      return AuditEvent.AuditEventAction.R;
    }
    return audit.operation() == org.opendsr.core.access.Operation.REFER
        ? AuditEvent.AuditEventAction.C
        : AuditEvent.AuditEventAction.U;
  }
}
