package org.opendsr.fhir;

import static org.opendsr.fhir.BundleWriter.coding;
import static org.opendsr.fhir.BundleWriter.concept;
import static org.opendsr.fhir.BundleWriter.date;
import static org.opendsr.fhir.BundleWriter.dateTime;
import static org.opendsr.fhir.BundleWriter.ext;
import static org.opendsr.fhir.BundleWriter.identifier;
import static org.opendsr.fhir.BundleWriter.instant;
import static org.opendsr.fhir.BundleWriter.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MarkdownType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Type;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.cetr.CetrRefusal;
import org.opendsr.core.cetr.KeyQuestion;
import org.opendsr.core.cetr.PanelRole;
import org.opendsr.core.entry.Action;
import org.opendsr.core.entry.ActionStatus;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.InpatientStay;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.RatingRecord;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.Professional;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.fhir.FhirCodes.CaseSummaryPart;
import org.opendsr.rating.Answer;
import org.opendsr.rating.ClinicianOverride;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.Reason;
import org.opendsr.rating.RecordedRating;

/**
 * Writes one episode ({@link Entry}) into the Bundle: its EpisodeOfCare, and the Consents, Flags
 * with RiskAssessments, CarePlan, Encounters and Tasks that belong to it, each linked back to the
 * EpisodeOfCare.
 */
final class EpisodeWriter {

  private final BundleWriter out;
  private final Entry entry;
  private final String prefix;
  private final boolean latest;
  private final Reference episodeRef;

  EpisodeWriter(BundleWriter out, Entry entry, int index, boolean latest) {
    this.out = out;
    this.entry = entry;
    this.prefix = "e" + index;
    this.latest = latest;
    this.episodeRef = new Reference(BundleWriter.fullUrl("EpisodeOfCare", episodeId()));
  }

  private String id(String kind, int index) {
    return out.id(prefix + "-" + kind, index);
  }

  /** The EpisodeOfCare's id: {@code <key>-e<index>-episode}. */
  private String episodeId() {
    return out.record().personKey() + "-" + prefix + "-episode";
  }

  void write() {
    out.add(episode(), "EpisodeOfCare");
    for (int i = 0; i < entry.consentRecords().size(); i++) {
      Consent consent =
          ConsentMapping.toFhir(entry.consentRecords().get(i), id("consent", i), out.patientRef());
      linkToEpisode(consent);
      out.add(consent, "Consent");
    }
    List<RatingRecord> ratings = entry.ratings();
    for (int i = 0; i < ratings.size(); i++) {
      RiskAssessment risk = riskAssessment(ratings.get(i).recorded(), i);
      boolean current = latest && entry.status().isOpen() && i == ratings.size() - 1;
      out.add(flag(ratings.get(i), risk, i, current), "Flag");
      out.add(risk, "RiskAssessment");
    }
    if (!entry.summary().equals(CaseSummary.empty()) || !entry.actions().isEmpty()) {
      out.add(carePlan(), "CarePlan");
    }
    for (int i = 0; i < entry.cetrs().size(); i++) {
      out.add(cetr(entry.cetrs().get(i), i), "Encounter");
    }
    for (int i = 0; i < entry.cetrRefusals().size(); i++) {
      out.add(refusal(entry.cetrRefusals().get(i), i), "Encounter");
    }
    for (int i = 0; i < entry.reviewsHeld().size(); i++) {
      Encounter review = encounter(id("review", i), "DSR_REVIEW", "AMB");
      review.setStatus(Encounter.EncounterStatus.FINISHED);
      review.setPeriod(
          new Period()
              .setStartElement(dateTime(entry.reviewsHeld().get(i)))
              .setEndElement(dateTime(entry.reviewsHeld().get(i))));
      out.add(review, "Encounter");
    }
    for (int i = 0; i < entry.stays().size(); i++) {
      out.add(stay(entry.stays().get(i), i), "Encounter");
    }
    for (int i = 0; i < entry.tasks().size(); i++) {
      out.add(task(entry.tasks().get(i), i), "Task");
    }
  }

  private void linkToEpisode(DomainResource resource) {
    resource.addExtension(ext("episode", episodeRef.copy()));
  }

  // ---- EpisodeOfCare ----

  static EpisodeOfCare.EpisodeOfCareStatus status(EntryStatus status) {
    return switch (status) {
      case REFERRED -> EpisodeOfCare.EpisodeOfCareStatus.WAITLIST;
      case ACTIVE -> EpisodeOfCare.EpisodeOfCareStatus.ACTIVE;
      case INCLUSION_BASIS_LAPSED -> EpisodeOfCare.EpisodeOfCareStatus.ONHOLD;
      case DECLINED -> EpisodeOfCare.EpisodeOfCareStatus.CANCELLED;
      case CLOSED -> EpisodeOfCare.EpisodeOfCareStatus.FINISHED;
    };
  }

  private EpisodeOfCare episode() {
    EpisodeOfCare care = new EpisodeOfCare();
    profile(care, episodeId(), "EpisodeOfCare");
    care.addIdentifier(identifier(FhirCodes.ENTRY_ID, entry.id().value()));
    care.setStatus(status(entry.status()));
    care.addType(
        new CodeableConcept()
            .addCoding(
                coding(FhirCodes.EPISODE_TYPE, "DSR").setDisplay("Dynamic support register")));
    care.setPatient(out.patientRef());
    Period period = new Period().setStartElement(dateTime(entry.referral().date()));
    entry.closure().ifPresent(c -> period.setEndElement(dateTime(c.on())));
    care.setPeriod(period);
    care.addExtension(ext("episode-number", new IntegerType(entry.episode())));
    care.addExtension(referral());
    entry.acceptedOn().ifPresent(d -> care.addExtension(ext("accepted-on", date(d))));
    for (String reason : entry.declineReasons()) {
      care.addExtension(ext("decline-reason", new StringType(reason)));
    }
    entry
        .closure()
        .ifPresent(c -> care.addExtension(ext("close-reason", new CodeType(c.reason().name()))));
    entry.firstContactOn().ifPresent(d -> care.addExtension(ext("first-contact", date(d))));
    care.addExtension(
        ext("known-to-keyworker-service", new BooleanType(entry.knownToKeyworkerService())));
    for (Agency agency : entry.agencies()) {
      care.addExtension(ext("agency", out.organizationRef(agency)));
    }
    for (Professional professional : entry.professionals()) {
      care.addExtension(ext("key-professional", out.professionalRef(professional)));
    }
    care.addExtension(ext("entry-version", new IntegerType(Math.toIntExact(entry.version()))));
    PersonDetails patient = out.record().latest().person();
    if (!entry.person().equals(patient)) {
      care.addExtension(person(entry.person()));
    }
    return care;
  }

  private Extension referral() {
    Extension referral = ext("referral", null);
    referral.addExtension("source", new CodeType(entry.referral().source().name()));
    referral.addExtension("referrer-role", new StringType(entry.referral().referrerRole()));
    ContactDetails contact = entry.referral().referrerContact();
    contact.telephone().ifPresent(t -> referral.addExtension("telephone", new StringType(t)));
    contact.email().ifPresent(e -> referral.addExtension("email", new StringType(e)));
    return referral;
  }

  /** The person as recorded for an earlier episode, where it differs from the Patient. */
  private static Extension person(PersonDetails person) {
    Extension extension = ext("episode-person", null);
    List<HumanName> names = new ArrayList<>();
    BundleWriter.names(person.name(), names);
    for (HumanName name : names) {
      extension.addExtension("name", name);
    }
    extension.addExtension("birth-date", date(person.dateOfBirth().value()));
    extension.addExtension("residence", BundleWriter.address(person.residence()));
    extension.addExtension("diagnosis", new CodeType(person.diagnosis().name()));
    extension.addExtension(
        "education-health-and-care-plan", new BooleanType(person.educationHealthAndCarePlan()));
    return extension;
  }

  // ---- Flag and RiskAssessment ----

  private RiskAssessment riskAssessment(RecordedRating rating, int index) {
    RatingDecision decision = rating.suggestion();
    RiskAssessment risk = new RiskAssessment();
    // UK Core has no RiskAssessment profile: base R4 (HL7 FHIR R4 and UK Core).
    profile(risk, id("risk", index), null);
    risk.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
    risk.setSubject(out.patientRef());
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

  static CodeableConcept rag(Rating rating) {
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

  private Flag flag(RatingRecord rating, RiskAssessment risk, int index, boolean current) {
    Flag flag = new Flag();
    profile(flag, id("flag", index), "Flag");
    flag.setStatus(current ? Flag.FlagStatus.ACTIVE : Flag.FlagStatus.INACTIVE);
    flag.addCategory(concept(BundleWriter.FLAG_CATEGORY, "clinical"));
    CodeableConcept code = rag(rating.rating());
    code.setText("DSR rating: " + rating.rating().label());
    flag.setCode(code);
    flag.setSubject(out.patientRef());
    flag.setPeriod(new Period().setStartElement(dateTime(rating.on())));
    flag.addExtension(
        new Extension(
            BundleWriter.FLAG_DETAIL,
            new Reference(
                BundleWriter.fullUrl("RiskAssessment", risk.getIdElement().getIdPart()))));
    flag.addExtension(ext("rating-change", new CodeType(rating.change().name())));
    linkToEpisode(flag);
    return flag;
  }

  // ---- CarePlan ----

  static CarePlan.CarePlanActivityStatus activityStatus(ActionStatus status) {
    return switch (status) {
      case OPEN -> CarePlan.CarePlanActivityStatus.NOTSTARTED;
      case IN_PROGRESS -> CarePlan.CarePlanActivityStatus.INPROGRESS;
      case DONE -> CarePlan.CarePlanActivityStatus.COMPLETED;
      case CANCELLED -> CarePlan.CarePlanActivityStatus.CANCELLED;
    };
  }

  private static String summaryPart(CaseSummary summary, CaseSummaryPart part) {
    return switch (part) {
      case CURRENT_ISSUES -> summary.currentIssues();
      case RISK_OF_ESCALATION -> summary.riskOfEscalation();
      case WHAT_HAS_BEEN_TRIED -> summary.whatHasBeenTried();
      case WHAT_COULD_HELP -> summary.whatCouldHelp();
    };
  }

  private CarePlan carePlan() {
    CarePlan plan = new CarePlan();
    profile(plan, id("action-plan", 0), "CarePlan");
    plan.setStatus(
        entry.status().isOpen()
            ? CarePlan.CarePlanStatus.ACTIVE
            : entry.status() == EntryStatus.DECLINED
                ? CarePlan.CarePlanStatus.REVOKED
                : CarePlan.CarePlanStatus.COMPLETED);
    plan.setIntent(CarePlan.CarePlanIntent.PLAN);
    plan.setTitle("DSR action plan");
    plan.setSubject(out.patientRef());
    linkToEpisode(plan);
    for (CaseSummaryPart part : CaseSummaryPart.values()) {
      String text = summaryPart(entry.summary(), part);
      if (!text.isEmpty()) {
        Annotation note = new Annotation(new MarkdownType(text));
        note.addExtension(ext("case-summary-part", new CodeType(part.name())));
        plan.addNote(note);
      }
    }
    for (Action action : entry.actions()) {
      CarePlan.CarePlanActivityDetailComponent detail =
          plan.addActivity().getDetail().setDescription(action.plan().description());
      detail.setStatus(activityStatus(action.status()));
      detail.addExtension(ext("action-id", identifier(FhirCodes.ACTION_ID, action.id().value())));
      action
          .plan()
          .recommendedService()
          .ifPresent(s -> detail.addExtension(ext("recommended-service", new StringType(s))));
      detail.setScheduled(new Period().setEndElement(dateTime(action.plan().due())));
      detail.addPerformer(out.agencyRef(action.plan().agencyId()));
      detail.addPerformer(
          new Reference()
              .setType("Practitioner")
              .setIdentifier(identifier(FhirCodes.PROFESSIONAL_ID, action.plan().ownerId())));
    }
    return plan;
  }

  // ---- Encounter ----

  private Encounter encounter(String id, String kind, String actCode) {
    Encounter encounter = new Encounter();
    profile(encounter, id, "Encounter");
    encounter.setClass_(coding(BundleWriter.ACT_CODE, actCode));
    encounter.addType(concept(FhirCodes.ENCOUNTER_KIND, kind));
    encounter.setSubject(out.patientRef());
    encounter.addEpisodeOfCare(episodeRef.copy());
    return encounter;
  }

  private boolean inpatientOn(java.time.LocalDate date) {
    return entry.stays().stream()
        .anyMatch(
            s ->
                !s.admittedOn().isAfter(date)
                    && s.dischargedOn().map(d -> !d.isBefore(date)).orElse(true));
  }

  private Encounter cetr(CetrRecord record, int index) {
    // The class says where the person was on the day, for readers; derived from the stays.
    Encounter encounter =
        encounter(id("cetr", index), "CETR", inpatientOn(record.heldOn()) ? "IMP" : "AMB");
    encounter.addIdentifier(identifier(FhirCodes.CETR_ID, record.reviewId()));
    encounter.setStatus(Encounter.EncounterStatus.FINISHED);
    encounter.addType(concept(FhirCodes.CETR_KIND, record.kind().name()));
    encounter.setPeriod(
        new Period()
            .setStartElement(dateTime(record.heldOn()))
            .setEndElement(dateTime(record.heldOn())));
    for (PanelRole role : PanelRole.values()) {
      String member = record.panel().members().get(role);
      if (member != null) {
        encounter
            .addParticipant()
            .addType(concept(FhirCodes.PANEL_ROLE, role.name()))
            .setIndividual(new Reference().setIdentifier(identifier(FhirCodes.USER_ID, member)));
      }
    }
    encounter.addExtension(ext("education-element", new BooleanType(record.educationElement())));
    for (KeyQuestion question : KeyQuestion.values()) {
      String finding = record.findings().get(question);
      if (finding != null) {
        Extension extension = ext("cetr-finding", null);
        extension.addExtension("question", new CodeType(question.name()));
        extension.addExtension("finding", new StringType(finding));
        encounter.addExtension(extension);
      }
    }
    return encounter;
  }

  private Encounter refusal(CetrRefusal refusal, int index) {
    Encounter encounter = encounter(id("cetr-refusal", index), "CETR_REFUSED", "AMB");
    encounter.addIdentifier(identifier(FhirCodes.CETR_ID, refusal.reviewId()));
    encounter.setStatus(Encounter.EncounterStatus.CANCELLED);
    encounter.setPeriod(new Period().setStartElement(dateTime(refusal.on())));
    encounter.addReasonCode(
        new CodeableConcept()
            .setText(
                "The person refused the C(E)TR (Assuring Transformation outcome code "
                    + refusal.assuringTransformationOutcomeCode()
                    + ")"));
    return encounter;
  }

  private Encounter stay(InpatientStay stay, int index) {
    Encounter encounter = encounter(id("stay", index), "INPATIENT_STAY", "IMP");
    encounter.setStatus(
        stay.isCurrent()
            ? Encounter.EncounterStatus.INPROGRESS
            : Encounter.EncounterStatus.FINISHED);
    Period period = new Period().setStartElement(dateTime(stay.admittedOn()));
    stay.dischargedOn().ifPresent(d -> period.setEndElement(dateTime(d)));
    encounter.setPeriod(period);
    encounter.setServiceProvider(
        new Reference()
            .setIdentifier(identifier(FhirCodes.HOSPITAL_ID, stay.hospitalId().value())));
    encounter.addExtension(ext("secure-setting", new BooleanType(stay.secure())));
    return encounter;
  }

  // ---- Task ----

  static Task.TaskStatus taskStatus(java.util.Optional<TaskOutcome> outcome) {
    if (outcome.isEmpty()) {
      return Task.TaskStatus.REQUESTED;
    }
    return switch (outcome.get()) {
      case DONE -> Task.TaskStatus.COMPLETED;
      case REFUSED -> Task.TaskStatus.REJECTED;
      case SUPERSEDED, CANCELLED -> Task.TaskStatus.CANCELLED;
    };
  }

  private Task task(org.opendsr.core.schedule.Task work, int index) {
    Task task = new Task();
    profile(task, id("task", index), "Task");
    task.addIdentifier(identifier(FhirCodes.TASK_ID, work.id().value()));
    task.setStatus(taskStatus(work.outcome()));
    task.setIntent(Task.TaskIntent.PLAN);
    task.setCode(
        new CodeableConcept()
            .addCoding(
                coding(FhirCodes.TASK_KIND, work.kind().name())
                    .setDisplay(work.kind().description())));
    if (!work.detail().isEmpty()) {
      task.setDescription(work.detail());
    }
    task.setFor(out.patientRef());
    task.setAuthoredOnElement(dateTime(work.opened()));
    task.getRestriction().setPeriod(new Period().setEndElement(dateTime(work.due())));
    work.closedOn()
        .ifPresent(d -> task.setExecutionPeriod(new Period().setEndElement(dateTime(d))));
    work.outcome().ifPresent(o -> task.addExtension(ext("task-outcome", new CodeType(o.name()))));
    linkToEpisode(task);
    return task;
  }
}
