package org.opendsr.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.core.cetr.CetrKind;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.cetr.CetrRefusal;
import org.opendsr.core.cetr.KeyQuestion;
import org.opendsr.core.cetr.Panel;
import org.opendsr.core.cetr.PanelRole;
import org.opendsr.core.entry.Action;
import org.opendsr.core.entry.ActionStatus;
import org.opendsr.core.entry.CareTeam;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.CetrHistory;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Closure;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.InpatientStay;
import org.opendsr.core.entry.Lifecycle;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.entry.RatingHistory;
import org.opendsr.core.entry.RatingRecord;
import org.opendsr.core.entry.WorkPlan;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.person.Residence;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.fhir.FhirCodes.CaseSummaryPart;

/**
 * Reads the episodes ({@link Entry}) of a Bundle: each EpisodeOfCare with the resources that name
 * it. Problems go to the shared {@link ReadContext}, by resource and element.
 */
final class EpisodeReader {

  /** What the Bundle holds for one episode, in Bundle order. */
  static final class Parts {
    final List<ConsentRecord> consents = new ArrayList<>();
    int consentResources;
    final List<RatingRecord> ratings = new ArrayList<>();
    Optional<CarePlan> plan = Optional.empty();
    final List<CetrRecord> cetrs = new ArrayList<>();
    final List<CetrRefusal> refusals = new ArrayList<>();
    final List<LocalDate> reviews = new ArrayList<>();
    final List<InpatientStay> stays = new ArrayList<>();
    final List<org.opendsr.core.schedule.Task> tasks = new ArrayList<>();
  }

  private final BundleReader bundle;
  private final ReadContext in;

  EpisodeReader(BundleReader bundle, ReadContext in) {
    this.bundle = bundle;
    this.in = in;
  }

  // ---- Encounter ----

  void encounter(Encounter encounter) {
    String path = in.path(encounter);
    Optional<Parts> parts = Optional.empty();
    if (encounter.getEpisodeOfCare().size() != 1) {
      in.problem(path + ".episodeOfCare", "must refer to exactly one EpisodeOfCare in the Bundle");
    } else {
      parts = bundle.episodeOf(encounter.getEpisodeOfCareFirstRep(), path + ".episodeOfCare[0]");
    }
    Optional<String> kind = in.code(encounter.getType(), FhirCodes.ENCOUNTER_KIND, path + ".type");
    if (kind.isEmpty()) {
      return;
    }
    Optional<LocalDate> start =
        in.date(encounter.getPeriod().getStartElement(), path + ".period.start");
    switch (kind.get()) {
      case "CETR" -> {
        Optional<CetrRecord> record = cetr(encounter, start, path);
        if (parts.isPresent() && record.isPresent()) {
          parts.get().cetrs.add(record.get());
        }
      }
      case "CETR_REFUSED" -> {
        Optional<String> reviewId = reviewId(encounter, path);
        if (parts.isPresent() && reviewId.isPresent() && start.isPresent()) {
          in.attempt(path, () -> new CetrRefusal(reviewId.get(), start.get()))
              .ifPresent(parts.get().refusals::add);
        }
      }
      case "DSR_REVIEW" -> {
        if (parts.isPresent() && start.isPresent()) {
          parts.get().reviews.add(start.get());
        }
      }
      case "INPATIENT_STAY" -> {
        Optional<InpatientStay> stay = stay(encounter, start, path);
        if (parts.isPresent() && stay.isPresent()) {
          parts.get().stays.add(stay.get());
        }
      }
      default -> in.problem(path + ".type", "unknown code in " + FhirCodes.ENCOUNTER_KIND);
    }
  }

  private Optional<String> reviewId(Encounter encounter, String path) {
    for (Identifier identifier : encounter.getIdentifier()) {
      Optional<String> value = ReadContext.text(identifier.getValueElement());
      if (FhirCodes.CETR_ID.equals(identifier.getSystem()) && value.isPresent()) {
        return value;
      }
    }
    in.problem(path + ".identifier", "needs an identifier in " + FhirCodes.CETR_ID);
    return Optional.empty();
  }

  private Optional<CetrRecord> cetr(Encounter encounter, Optional<LocalDate> heldOn, String path) {
    Optional<String> reviewId = reviewId(encounter, path);
    Optional<CetrKind> kind =
        in.code(encounter.getType(), FhirCodes.CETR_KIND, path + ".type")
            .flatMap(k -> in.enumValue(CetrKind.class, k, path + ".type"));
    Optional<Boolean> education = in.booleanExtension(encounter, "education-element", path);
    Map<PanelRole, String> members = new EnumMap<>(PanelRole.class);
    List<Encounter.EncounterParticipantComponent> participants = encounter.getParticipant();
    for (int i = 0; i < participants.size(); i++) {
      String where = path + ".participant[" + i + "]";
      Optional<PanelRole> role =
          in.coded(
              participants.get(i).getTypeFirstRep(),
              FhirCodes.PANEL_ROLE,
              PanelRole.class,
              where + ".type");
      Optional<String> member =
          in.identifierValue(
              participants.get(i).getIndividual().getIdentifier(),
              FhirCodes.USER_ID,
              where + ".individual");
      if (role.isPresent() && member.isPresent()) {
        if (members.put(role.get(), member.get()) != null) {
          in.problem(where + ".type", "each panel role must appear at most once");
        }
      }
    }
    Map<KeyQuestion, String> findings = new EnumMap<>(KeyQuestion.class);
    for (Extension e : encounter.getExtensionsByUrl(FhirCodes.extension("cetr-finding"))) {
      String where = path + ".extension[cetr-finding]";
      Optional<KeyQuestion> question =
          in.subCode(e, "question", where).flatMap(q -> in.enumValue(KeyQuestion.class, q, where));
      Optional<String> finding = in.subString(e, "finding", where);
      if (question.isPresent() && finding.isPresent()) {
        if (findings.put(question.get(), finding.get()) != null) {
          in.problem(where, "each question must be answered at most once");
        }
      }
    }
    Optional<Panel> panel = in.attempt(path + ".participant", () -> new Panel(members));
    if (reviewId.isEmpty()
        || heldOn.isEmpty()
        || kind.isEmpty()
        || education.isEmpty()
        || panel.isEmpty()) {
      return Optional.empty();
    }
    return in.attempt(
        path,
        () ->
            new CetrRecord(
                reviewId.get(), heldOn.get(), kind.get(), education.get(), panel.get(), findings));
  }

  private Optional<InpatientStay> stay(
      Encounter encounter, Optional<LocalDate> admitted, String path) {
    Optional<LocalDate> discharged = Optional.empty();
    if (encounter.getPeriod().hasEnd()) {
      discharged = in.date(encounter.getPeriod().getEndElement(), path + ".period.end");
      if (discharged.isEmpty()) {
        return Optional.empty();
      }
    }
    Optional<String> hospital =
        in.identifierValue(
            encounter.getServiceProvider().getIdentifier(),
            FhirCodes.HOSPITAL_ID,
            path + ".serviceProvider");
    Optional<Boolean> secure = in.booleanExtension(encounter, "secure-setting", path);
    if (admitted.isEmpty() || hospital.isEmpty() || secure.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> finalDischarged = discharged;
    return in.attempt(
        path,
        () -> new InpatientStay(admitted.get(), hospital.get(), secure.get(), finalDischarged));
  }

  // ---- Task ----

  Optional<org.opendsr.core.schedule.Task> task(Task task) {
    String path = in.path(task);
    Optional<String> id = identifier(task.getIdentifier(), FhirCodes.TASK_ID, path);
    Optional<TaskKind> kind =
        in.coded(task.getCode(), FhirCodes.TASK_KIND, TaskKind.class, path + ".code");
    Optional<LocalDate> opened = in.date(task.getAuthoredOnElement(), path + ".authoredOn");
    Optional<LocalDate> due =
        in.date(
            task.getRestriction().getPeriod().getEndElement(), path + ".restriction.period.end");
    Optional<LocalDate> closedOn = Optional.empty();
    if (task.getExecutionPeriod().hasEnd()) {
      closedOn = in.date(task.getExecutionPeriod().getEndElement(), path + ".executionPeriod.end");
    }
    Optional<TaskOutcome> outcome =
        in.codeExtension(task, "task-outcome", path)
            .flatMap(o -> in.enumValue(TaskOutcome.class, o, path + ".extension[task-outcome]"));
    if (closedOn.isPresent() != outcome.isPresent()) {
      in.problem(
          path + ".extension[task-outcome]",
          "a closed task needs both executionPeriod.end and its outcome, an open one neither");
      return Optional.empty();
    }
    if (outcome.isPresent() && EpisodeWriter.taskStatus(outcome) != task.getStatus()) {
      in.problem(path + ".status", "does not match the task's outcome");
    }
    String detail = ReadContext.text(task.getDescriptionElement()).orElse("");
    if (id.isEmpty() || kind.isEmpty() || opened.isEmpty() || due.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> finalClosedOn = closedOn;
    return in.attempt(
        path,
        () ->
            new org.opendsr.core.schedule.Task(
                id.get(), kind.get(), opened.get(), due.get(), detail, finalClosedOn, outcome));
  }

  private Optional<String> identifier(List<Identifier> identifiers, String system, String path) {
    for (Identifier identifier : identifiers) {
      Optional<String> value = ReadContext.text(identifier.getValueElement());
      if (system.equals(identifier.getSystem()) && value.isPresent()) {
        return value;
      }
    }
    in.problem(path + ".identifier", "needs an identifier in " + system);
    return Optional.empty();
  }

  // ---- EpisodeOfCare ----

  private Optional<EntryStatus> status(EpisodeOfCare care, String path) {
    for (EntryStatus status : EntryStatus.values()) {
      if (EpisodeWriter.status(status) == care.getStatus()) {
        return Optional.of(status);
      }
    }
    in.problem(path + ".status", "must be waitlist, active, onhold, cancelled or finished");
    return Optional.empty();
  }

  private Optional<LocalDate> optionalDate(EpisodeOfCare care, String name, String path) {
    return in.optionalExtension(care, name, path).isPresent()
        ? in.dateExtension(care, name, path)
        : Optional.empty();
  }

  Optional<Entry> entry(EpisodeOfCare care, Parts parts, Optional<PersonDetails> patient) {
    String path = in.path(care);
    Optional<EntryId> id =
        identifier(care.getIdentifier(), FhirCodes.ENTRY_ID, path)
            .flatMap(i -> in.attempt(path + ".identifier", () -> EntryId.of(i)));
    Optional<Integer> episode = in.integerExtension(care, "episode-number", path);
    Optional<Extension> personExt = in.optionalExtension(care, "episode-person", path);
    Optional<PersonDetails> person =
        personExt.isPresent()
            ? person(personExt.get(), patient, path + ".extension[episode-person]")
            : patient;
    Optional<LocalDate> start = in.date(care.getPeriod().getStartElement(), path + ".period.start");
    Optional<Referral> referral = referral(care, start, path);
    Optional<EntryStatus> status = status(care, path);
    Optional<LocalDate> acceptedOn = optionalDate(care, "accepted-on", path);
    List<String> declineReasons = new ArrayList<>();
    for (Extension e : care.getExtensionsByUrl(FhirCodes.extension("decline-reason"))) {
      if (e.getValue() instanceof StringType reason && ReadContext.text(reason).isPresent()) {
        declineReasons.add(ReadContext.text(reason).get());
      } else {
        in.problem(path + ".extension[decline-reason]", "must have a valueString");
      }
    }
    boolean closureOk = true;
    Optional<Closure> closure = Optional.empty();
    if (care.getPeriod().hasEnd()) {
      Optional<LocalDate> end = in.date(care.getPeriod().getEndElement(), path + ".period.end");
      Optional<CloseReason> reason =
          in.codeExtension(care, "close-reason", path)
              .flatMap(r -> in.enumValue(CloseReason.class, r, path + ".extension[close-reason]"));
      if (in.optionalExtension(care, "close-reason", path).isEmpty()) {
        in.problem(path + ".extension[close-reason]", "is required when the episode has ended");
      }
      closureOk = end.isPresent() && reason.isPresent();
      if (closureOk) {
        closure = Optional.of(new Closure(end.get(), reason.get()));
      }
    }
    Optional<LocalDate> firstContact = optionalDate(care, "first-contact", path);
    Optional<Boolean> keyworker = in.booleanExtension(care, "known-to-keyworker-service", path);
    Optional<Integer> version = in.integerExtension(care, "entry-version", path);
    List<Agency> agencies = new ArrayList<>();
    for (Extension e : care.getExtensionsByUrl(FhirCodes.extension("agency"))) {
      reference(e, path + ".extension[agency]")
          .flatMap(r -> bundle.agencyAt(r, path + ".extension[agency]"))
          .ifPresent(agencies::add);
    }
    List<Professional> professionals = new ArrayList<>();
    for (Extension e : care.getExtensionsByUrl(FhirCodes.extension("key-professional"))) {
      reference(e, path + ".extension[key-professional]")
          .flatMap(r -> bundle.professionalAt(r, path + ".extension[key-professional]"))
          .ifPresent(professionals::add);
    }
    CaseSummary summary = CaseSummary.empty();
    List<Action> actions = new ArrayList<>();
    if (parts.plan.isPresent()) {
      summary = summary(parts.plan.get()).orElse(summary);
      actions = actions(parts.plan.get());
    }
    if (acceptedOn.isPresent()
        && parts.consentResources == parts.consents.size()
        && parts.consents.stream()
            .noneMatch(c -> c.purpose() instanceof org.opendsr.consent.Purpose.Inclusion)) {
      in.problem(
          path, "an accepted episode needs a Consent for inclusion on the register (a basis)");
    }
    if (id.isEmpty()
        || episode.isEmpty()
        || person.isEmpty()
        || referral.isEmpty()
        || status.isEmpty()
        || !closureOk
        || keyworker.isEmpty()
        || version.isEmpty()) {
      return Optional.empty();
    }
    CaseSummary finalSummary = summary;
    List<Action> finalActions = actions;
    Optional<Closure> finalClosure = closure;
    return in.attempt(
        path,
        () ->
            new Entry(
                id.get(),
                episode.get(),
                person.get(),
                referral.get(),
                new Lifecycle(status.get(), acceptedOn, declineReasons, finalClosure, firstContact),
                parts.consents,
                new CareTeam(agencies, professionals, keyworker.get()),
                finalSummary,
                new RatingHistory(parts.ratings, parts.reviews),
                new CetrHistory(parts.cetrs, parts.refusals),
                parts.stays,
                new WorkPlan(finalActions, parts.tasks),
                version.get()));
  }

  private Optional<Reference> reference(Extension extension, String path) {
    if (extension.getValue() instanceof Reference reference) {
      return Optional.of(reference);
    }
    in.problem(path, "must have a valueReference");
    return Optional.empty();
  }

  private Optional<Referral> referral(EpisodeOfCare care, Optional<LocalDate> date, String path) {
    Optional<Extension> extension = in.optionalExtension(care, "referral", path);
    String where = path + ".extension[referral]";
    if (extension.isEmpty()) {
      in.problem(where, "is required");
      return Optional.empty();
    }
    Optional<ReferralSource> source =
        in.subCode(extension.get(), "source", where)
            .flatMap(s -> in.enumValue(ReferralSource.class, s, where + ".extension[source]"));
    Optional<String> role = in.subString(extension.get(), "referrer-role", where);
    Optional<String> telephone = optionalSubString(extension.get(), "telephone");
    Optional<String> email = optionalSubString(extension.get(), "email");
    Optional<ContactDetails> contact =
        in.attempt(where, () -> new ContactDetails(telephone, email));
    if (source.isEmpty() || role.isEmpty() || contact.isEmpty() || date.isEmpty()) {
      return Optional.empty();
    }
    return in.attempt(
        where, () -> new Referral(source.get(), date.get(), role.get(), contact.get()));
  }

  private static Optional<String> optionalSubString(Extension parent, String name) {
    List<Extension> found = parent.getExtensionsByUrl(name);
    return found.size() == 1 && found.get(0).getValue() instanceof StringType s
        ? ReadContext.text(s)
        : Optional.empty();
  }

  private Optional<PersonDetails> person(
      Extension extension, Optional<PersonDetails> patient, String path) {
    List<HumanName> names = new ArrayList<>();
    for (Extension e : extension.getExtensionsByUrl("name")) {
      if (e.getValue() instanceof HumanName name) {
        names.add(name);
      }
    }
    Optional<PersonName> name = bundle.name(names, path + ".extension[name]");
    Optional<DateOfBirth> dob =
        in.typed(in.sub(extension, "birth-date", path), DateType.class, path, "birth-date")
            .flatMap(d -> bundle.dateOfBirth(d, path + ".extension[birth-date]"));
    Optional<Residence> residence =
        in.typed(in.sub(extension, "residence", path), Address.class, path, "residence")
            .flatMap(a -> bundle.residence(a, path + ".extension[residence]"));
    Optional<Diagnosis> diagnosis =
        in.subCode(extension, "diagnosis", path)
            .flatMap(d -> in.enumValue(Diagnosis.class, d, path + ".extension[diagnosis]"));
    Optional<Boolean> plan =
        in.typed(
                in.sub(extension, "education-health-and-care-plan", path),
                BooleanType.class,
                path,
                "education-health-and-care-plan")
            .map(PrimitiveType::getValue);
    if (name.isEmpty()
        || dob.isEmpty()
        || residence.isEmpty()
        || diagnosis.isEmpty()
        || plan.isEmpty()
        || patient.isEmpty()) {
      return Optional.empty();
    }
    return in.attempt(
        path,
        () ->
            new PersonDetails(
                name.get(),
                dob.get(),
                patient.get().nhsNumber(),
                residence.get(),
                diagnosis.get(),
                plan.get()));
  }

  // ---- CarePlan ----

  private Optional<CaseSummary> summary(CarePlan plan) {
    Map<CaseSummaryPart, String> texts = new EnumMap<>(CaseSummaryPart.class);
    List<Annotation> notes = plan.getNote();
    for (int i = 0; i < notes.size(); i++) {
      String where = in.path(plan) + ".note[" + i + "]";
      Optional<CaseSummaryPart> part =
          in.codeExtension(notes.get(i), "case-summary-part", where)
              .or(() -> bundle.missing(where + ".extension[case-summary-part]"))
              .flatMap(p -> in.enumValue(CaseSummaryPart.class, p, where + ".extension"));
      if (part.isPresent() && texts.put(part.get(), notes.get(i).getText()) != null) {
        in.problem(where, "each part of the case summary must appear at most once");
      }
    }
    return in.attempt(
        in.path(plan) + ".note",
        () ->
            new CaseSummary(
                texts.getOrDefault(CaseSummaryPart.CURRENT_ISSUES, ""),
                texts.getOrDefault(CaseSummaryPart.RISK_OF_ESCALATION, ""),
                texts.getOrDefault(CaseSummaryPart.WHAT_HAS_BEEN_TRIED, ""),
                texts.getOrDefault(CaseSummaryPart.WHAT_COULD_HELP, "")));
  }

  private List<Action> actions(CarePlan plan) {
    List<Action> out = new ArrayList<>();
    List<CarePlan.CarePlanActivityComponent> activities = plan.getActivity();
    for (int i = 0; i < activities.size(); i++) {
      String path = in.path(plan) + ".activity[" + i + "].detail";
      CarePlan.CarePlanActivityDetailComponent detail = activities.get(i).getDetail();
      Optional<String> id = in.identifierExtension(detail, "action-id", FhirCodes.ACTION_ID, path);
      Optional<ActionStatus> status = actionStatus(detail.getStatus(), path + ".status");
      Optional<LocalDate> due =
          detail.hasScheduledPeriod()
              ? in.date(detail.getScheduledPeriod().getEndElement(), path + ".scheduledPeriod.end")
              : bundle.missing(path + ".scheduledPeriod");
      Optional<String> agency = Optional.empty();
      Optional<String> owner = Optional.empty();
      boolean agencyNamed = false;
      List<Reference> performers = detail.getPerformer();
      for (int p = 0; p < performers.size(); p++) {
        Identifier identifier = performers.get(p).getIdentifier();
        Optional<String> value = ReadContext.text(identifier.getValueElement());
        if (FhirCodes.PROFESSIONAL_ID.equals(identifier.getSystem()) && value.isPresent()) {
          owner = value;
        } else if (!agencyNamed) {
          agencyNamed = true;
          agency = bundle.agencyId(performers.get(p), path + ".performer[" + p + "]");
        }
      }
      if (!agencyNamed) {
        in.problem(path + ".performer", "needs the agency responsible");
      }
      if (owner.isEmpty()) {
        in.problem(
            path + ".performer",
            "needs the owner (an identifier in " + FhirCodes.PROFESSIONAL_ID + ")");
      }
      Optional<String> service =
          in.optionalExtension(detail, "recommended-service", path).isPresent()
              ? in.stringExtension(detail, "recommended-service", path)
              : Optional.empty();
      String description = ReadContext.text(detail.getDescriptionElement()).orElse("");
      if (id.isEmpty()
          || status.isEmpty()
          || due.isEmpty()
          || agency.isEmpty()
          || owner.isEmpty()) {
        continue;
      }
      String a = agency.get();
      String o = owner.get();
      in.attempt(
              path,
              () ->
                  new Action(
                      id.get(),
                      new PlannedAction(description, o, a, due.get(), service),
                      status.get()))
          .ifPresent(out::add);
    }
    return out;
  }

  private Optional<ActionStatus> actionStatus(CarePlan.CarePlanActivityStatus status, String path) {
    for (ActionStatus s : ActionStatus.values()) {
      if (EpisodeWriter.activityStatus(s) == status) {
        return Optional.of(s);
      }
    }
    in.problem(path, "must be not-started, in-progress, completed or cancelled");
    return Optional.empty();
  }
}
