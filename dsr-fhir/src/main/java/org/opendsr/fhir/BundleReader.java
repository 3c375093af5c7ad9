package org.opendsr.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
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
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.Purpose;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Closure;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.person.Residence;
import org.opendsr.rating.Answer;
import org.opendsr.rating.ClinicianOverride;
import org.opendsr.rating.Level;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.RatingPolicy;
import org.opendsr.rating.Reason;
import org.opendsr.rating.RecordedRating;

/** Reads one person's Bundle back into a {@link DsrRecord}; one instance per import. */
final class BundleReader {

  private static final Set<String> KNOWN_SNOMED =
      Set.of("110359009", "35919005", Diagnosis.AUTISTIC_DISORDER);

  private final ReadContext in = new ReadContext();
  private final Map<String, Resource> byUrl = new HashMap<>();
  private final Map<Class<?>, List<Resource>> byType = new LinkedHashMap<>();

  private BundleReader() {}

  /**
   * Reads the Bundle.
   *
   * @throws FhirImportException listing every problem found
   */
  static DsrRecord read(Bundle bundle) {
    return new BundleReader().readAll(bundle);
  }

  private DsrRecord readAll(Bundle bundle) {
    List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
    for (int i = 0; i < entries.size(); i++) {
      Resource resource = entries.get(i).getResource();
      if (resource == null) {
        in.problem("Bundle.entry[" + i + "]", "has no resource");
        continue;
      }
      if (entries.get(i).hasFullUrl()) {
        byUrl.put(entries.get(i).getFullUrl(), resource);
      }
      String id = resource.getIdElement().getIdPart();
      if (id != null) {
        byUrl.put(resource.fhirType() + "/" + id, resource);
      }
      byType.computeIfAbsent(resource.getClass(), k -> new ArrayList<>()).add(resource);
    }
    for (Class<?> type : byType.keySet()) {
      if (!SUPPORTED.contains(type)) {
        Resource first = byType.get(type).get(0);
        in.problem(in.path(first), "is not part of a DSR record");
      }
    }
    List<Patient> patients = all(Patient.class);
    if (patients.size() != 1) {
      in.problem("Bundle.entry", "needs exactly one Patient");
    }
    Optional<Patient> patient = patients.stream().findFirst();
    Optional<String> key = patient.flatMap(this::key);
    Optional<NhsNumber> nhs = patient.flatMap(this::nhsNumber);
    Optional<PersonName> name = patient.flatMap(p -> name(p.getName(), in.path(p) + ".name"));
    Optional<DateOfBirth> dob =
        patient.flatMap(
            p ->
                in.date(p.getBirthDateElement(), in.path(p) + ".birthDate")
                    .flatMap(d -> in.attempt(in.path(p) + ".birthDate", () -> DateOfBirth.of(d))));
    Optional<Residence> residence = patient.flatMap(this::residence);
    Optional<Diagnosis> diagnosis = diagnosis();
    List<Agency> agencies = collect(Organization.class, this::agency);
    List<Professional> professionals = collect(PractitionerRole.class, this::professional);
    List<ConsentRecord> consents = collect(Consent.class, c -> ConsentMapping.fromFhir(c, in));
    if (all(Consent.class).isEmpty()
        || (in.problems().isEmpty()
            && consents.stream().noneMatch(c -> c.purpose() instanceof Purpose.Inclusion))) {
      in.problem("Bundle.entry", "needs a Consent for inclusion on the register (a basis)");
    }
    List<RecordedRating> ratings = collect(Flag.class, this::rating);
    for (RiskAssessment risk : all(RiskAssessment.class)) {
      if (all(Flag.class).stream().noneMatch(f -> detail(f).filter(risk::equals).isPresent())) {
        in.problem(in.path(risk), "is not the detail of any Flag");
      }
    }
    List<RegisterEpisode> episodes = collect(EpisodeOfCare.class, this::episode);
    List<PlannedAction> actions = new ArrayList<>();
    for (CarePlan plan : all(CarePlan.class)) {
      actions.addAll(actions(plan));
    }
    List<CetrReview> cetrs = collect(Encounter.class, this::cetr);
    List<AuditRecord> audit = collect(AuditEvent.class, this::audit);
    if (!in.problems().isEmpty()) {
      throw new FhirImportException(in.problems());
    }
    Optional<DsrRecord> record =
        in.attempt(
            "Bundle",
            () ->
                new DsrRecord(
                    key.orElseThrow(),
                    nhs.orElseThrow(),
                    name.orElseThrow(),
                    dob.orElseThrow(),
                    residence.orElseThrow(),
                    diagnosis.orElseThrow(),
                    agencies,
                    professionals,
                    consents,
                    ratings,
                    episodes,
                    actions,
                    cetrs,
                    audit));
    if (record.isEmpty()) {
      throw new FhirImportException(in.problems());
    }
    return record.get();
  }

  private static final Set<Class<?>> SUPPORTED =
      Set.of(
          Patient.class,
          Condition.class,
          Organization.class,
          Practitioner.class,
          PractitionerRole.class,
          Consent.class,
          Flag.class,
          RiskAssessment.class,
          EpisodeOfCare.class,
          CarePlan.class,
          Encounter.class,
          AuditEvent.class);

  private <T extends Resource> List<T> all(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Resource r : byType.getOrDefault(type, List.of())) {
      out.add(type.cast(r));
    }
    return out;
  }

  private <T extends Resource, R> List<R> collect(
      Class<T> type, java.util.function.Function<T, Optional<R>> reader) {
    List<R> out = new ArrayList<>();
    for (T resource : all(type)) {
      reader.apply(resource).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Resource> resolve(Reference reference) {
    if (reference == null || !reference.hasReference()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byUrl.get(reference.getReference()));
  }

  // ---- Patient ----

  private Optional<String> key(Patient patient) {
    String id = patient.getIdElement().getIdPart();
    if (id == null) {
      in.problem("Patient", "needs an id (the register's key of the person)");
      return Optional.empty();
    }
    return Optional.of(id);
  }

  private Optional<NhsNumber> nhsNumber(Patient patient) {
    List<Identifier> identifiers = patient.getIdentifier();
    for (int i = 0; i < identifiers.size(); i++) {
      if (FhirCodes.NHS_NUMBER.equals(identifiers.get(i).getSystem())) {
        String path = in.path(patient) + ".identifier[" + i + "].value";
        String value = identifiers.get(i).getValue();
        if (value == null) {
          in.problem(path, "is required");
          return Optional.empty();
        }
        return in.attempt(path, () -> NhsNumber.parse(value));
      }
    }
    in.problem(
        in.path(patient) + ".identifier", "needs an NHS number (" + FhirCodes.NHS_NUMBER + ")");
    return Optional.empty();
  }

  private Optional<PersonName> name(List<HumanName> names, String path) {
    int official = -1;
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).getUse() == HumanName.NameUse.OFFICIAL
          || (official < 0 && names.get(i).getUse() != HumanName.NameUse.USUAL)) {
        official = i;
      }
    }
    if (official < 0) {
      in.problem(path, "needs an official name");
      return Optional.empty();
    }
    HumanName name = names.get(official);
    String where = path + "[" + official + "]";
    Optional<String> preferred =
        names.stream()
            .filter(n -> n.getUse() == HumanName.NameUse.USUAL && n.hasGiven())
            .map(n -> n.getGiven().get(0).getValue())
            .findFirst();
    String given =
        name.getGiven().stream().map(StringType::getValue).reduce((a, b) -> a + " " + b).orElse("");
    String family = name.hasFamily() ? name.getFamily() : "";
    return in.attempt(where, () -> new PersonName(given, family, preferred));
  }

  private Optional<Residence> residence(Patient patient) {
    if (!patient.hasAddress()) {
      in.problem(in.path(patient) + ".address", "is required");
      return Optional.empty();
    }
    Address address = patient.getAddressFirstRep();
    String path = in.path(patient) + ".address[0]";
    Optional<Residence.Setting> setting =
        in.codeExtension(address, "residence-setting", path)
            .flatMap(c -> in.enumValue(Residence.Setting.class, c, path + ".extension"));
    if (setting.isEmpty()) {
      in.problem(path + ".extension[residence-setting]", "is required");
      return Optional.empty();
    }
    String text = address.hasText() ? address.getText() : "";
    Optional<String> postcode = Optional.ofNullable(address.getPostalCode());
    String locality = address.hasDistrict() ? address.getDistrict() : "";
    return in.attempt(path, () -> new Residence(text, postcode, locality, setting.get()));
  }

  // ---- Condition ----

  private Optional<Diagnosis> diagnosis() {
    Set<String> confirmed = new LinkedHashSet<>();
    Set<String> provisional = new LinkedHashSet<>();
    for (Condition condition : all(Condition.class)) {
      String path = in.path(condition);
      Optional<String> status =
          in.code(
              condition.getVerificationStatus(),
              BundleWriter.CONDITION_VERIFICATION,
              path + ".verificationStatus");
      List<Coding> codings = condition.getCode().getCoding();
      Optional<String> code = Optional.empty();
      for (int i = 0; i < codings.size(); i++) {
        if (FhirCodes.SNOMED.equals(codings.get(i).getSystem())) {
          if (KNOWN_SNOMED.contains(codings.get(i).getCode())) {
            code = Optional.of(codings.get(i).getCode());
          } else {
            in.problem(
                path + ".code.coding[" + i + "].code",
                "unknown code: not a SNOMED CT code for learning disability or autism");
          }
        }
      }
      if (code.isEmpty()) {
        if (codings.stream().noneMatch(c -> FhirCodes.SNOMED.equals(c.getSystem()))) {
          in.problem(path + ".code", "needs a SNOMED CT coding");
        }
        continue;
      }
      if (status.filter("confirmed"::equals).isPresent()) {
        confirmed.add(code.get());
      } else if (status.filter("provisional"::equals).isPresent()) {
        provisional.add(code.get());
      } else if (status.isPresent()) {
        in.problem(path + ".verificationStatus", "must be confirmed or provisional");
      }
    }
    if (!confirmed.isEmpty()) {
      return Diagnosis.fromSnomed(confirmed);
    }
    if (provisional.stream().anyMatch(c -> !c.equals("110359009"))) {
      return Optional.of(Diagnosis.SUSPECTED_AUTISM);
    }
    in.problem(
        "Bundle.entry",
        "needs a Condition with a diagnosis of learning disability and/or autism (or suspected"
            + " autism)");
    return Optional.empty();
  }

  // ---- Organization, Practitioner ----

  private Optional<Agency> agency(Organization organization) {
    String path = in.path(organization);
    Optional<String> id = identifier(organization.getIdentifier(), FhirCodes.AGENCY_ID, path);
    Optional<Agency.Kind> kind =
        in.code(organization.getType(), FhirCodes.AGENCY_KIND, path + ".type")
            .flatMap(k -> in.enumValue(Agency.Kind.class, k, path + ".type"));
    String name = organization.hasName() ? organization.getName() : "";
    if (id.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    return in.attempt(path, () -> new Agency(id.get(), name, kind.get()));
  }

  private Optional<String> identifier(List<Identifier> identifiers, String system, String path) {
    for (Identifier identifier : identifiers) {
      if (system.equals(identifier.getSystem()) && identifier.hasValue()) {
        return Optional.of(identifier.getValue());
      }
    }
    in.problem(path + ".identifier", "needs an identifier in " + system);
    return Optional.empty();
  }

  private Optional<String> agencyId(Reference reference, String path) {
    if (reference != null && reference.hasIdentifier()) {
      return in.identifierValue(reference.getIdentifier(), FhirCodes.AGENCY_ID, path);
    }
    Optional<Resource> resolved = resolve(reference);
    if (resolved.isPresent() && resolved.get() instanceof Organization organization) {
      return identifier(organization.getIdentifier(), FhirCodes.AGENCY_ID, in.path(organization));
    }
    in.problem(
        path, "needs the agency (an Organization or an identifier in " + FhirCodes.AGENCY_ID + ")");
    return Optional.empty();
  }

  private Optional<Professional> professional(PractitionerRole role) {
    String path = in.path(role);
    Optional<Resource> resolved = resolve(role.getPractitioner());
    if (resolved.isEmpty() || !(resolved.get() instanceof Practitioner)) {
      in.problem(path + ".practitioner", "must refer to a Practitioner in the Bundle");
      return Optional.empty();
    }
    Practitioner practitioner = (Practitioner) resolved.get();
    String where = in.path(practitioner);
    Optional<String> id =
        identifier(practitioner.getIdentifier(), FhirCodes.PROFESSIONAL_ID, where);
    Optional<PersonName> name = name(practitioner.getName(), where + ".name");
    Optional<String> agencyId = agencyId(role.getOrganization(), path + ".organization");
    String roleText = role.hasCode() ? role.getCodeFirstRep().getText() : null;
    Optional<String> telephone = telecom(practitioner, ContactPoint.ContactPointSystem.PHONE);
    Optional<String> email = telecom(practitioner, ContactPoint.ContactPointSystem.EMAIL);
    Optional<ContactDetails> contact =
        in.attempt(where + ".telecom", () -> new ContactDetails(telephone, email));
    if (roleText == null) {
      in.problem(path + ".code[0].text", "is required (the professional's role)");
    }
    if (id.isEmpty()
        || name.isEmpty()
        || agencyId.isEmpty()
        || contact.isEmpty()
        || roleText == null) {
      return Optional.empty();
    }
    return in.attempt(
        path,
        () -> new Professional(id.get(), name.get(), roleText, agencyId.get(), contact.get()));
  }

  private static Optional<String> telecom(
      Practitioner practitioner, ContactPoint.ContactPointSystem system) {
    return practitioner.getTelecom().stream()
        .filter(t -> t.getSystem() == system && t.hasValue())
        .map(ContactPoint::getValue)
        .findFirst();
  }

  // ---- Flag and RiskAssessment ----

  private Optional<RiskAssessment> detail(Flag flag) {
    Extension detail = flag.getExtensionByUrl(BundleWriter.FLAG_DETAIL);
    if (detail == null || !(detail.getValue() instanceof Reference reference)) {
      return Optional.empty();
    }
    return resolve(reference)
        .filter(RiskAssessment.class::isInstance)
        .map(RiskAssessment.class::cast);
  }

  private Optional<RecordedRating> rating(Flag flag) {
    String path = in.path(flag);
    Optional<Rating> flagged =
        in.coded(flag.getCode(), FhirCodes.RAG_RATING, Rating.class, path + ".code");
    Optional<RiskAssessment> risk = detail(flag);
    if (risk.isEmpty()) {
      in.problem(path + ".extension[flag-detail]", "must refer to a RiskAssessment in the Bundle");
      return Optional.empty();
    }
    Optional<RecordedRating> rating = recorded(risk.get());
    if (rating.isPresent() && flagged.isPresent() && rating.get().finalRating() != flagged.get()) {
      in.problem(path + ".code", "does not match the rating recorded in its RiskAssessment");
      return Optional.empty();
    }
    return rating;
  }

  private Optional<RecordedRating> recorded(RiskAssessment risk) {
    String path = in.path(risk);
    Optional<LocalDate> date =
        risk.hasOccurrenceDateTimeType()
            ? in.date(risk.getOccurrenceDateTimeType(), path + ".occurrenceDateTime")
            : missing(path + ".occurrenceDateTime");
    Coding method =
        risk.getMethod().getCoding().stream()
            .filter(c -> FhirCodes.RATING_INSTRUMENT.equals(c.getSystem()))
            .findFirst()
            .orElse(null);
    if (method == null || !method.hasCode() || !method.hasVersion()) {
      in.problem(
          path + ".method",
          "needs the instrument id and version (" + FhirCodes.RATING_INSTRUMENT + ")");
    }
    Optional<Rating> suggested =
        risk.hasPrediction()
            ? in.coded(
                risk.getPredictionFirstRep().getQualitativeRisk(),
                FhirCodes.RAG_RATING,
                Rating.class,
                path + ".prediction[0].qualitativeRisk")
            : missing(path + ".prediction");
    List<Reason> reasons = new ArrayList<>();
    List<CodeableConcept> codes = risk.getReasonCode();
    for (int i = 0; i < codes.size(); i++) {
      reason(codes.get(i), path + ".reasonCode[" + i + "]").ifPresent(reasons::add);
    }
    Optional<Boolean> keyworker = in.booleanExtension(risk, "keyworker-criteria-met", path);
    Optional<RatingPolicy> policy = policy(risk, path);
    Optional<ClinicianOverride> override = Optional.empty();
    Optional<Extension> overrideExt = in.optionalExtension(risk, "clinician-override", path);
    if (overrideExt.isPresent()) {
      override = override(overrideExt.get(), path + ".extension[clinician-override]");
      if (override.isEmpty()) {
        return Optional.empty();
      }
    }
    if (date.isEmpty()
        || method == null
        || suggested.isEmpty()
        || keyworker.isEmpty()
        || policy.isEmpty()) {
      return Optional.empty();
    }
    Optional<ClinicianOverride> finalOverride = override;
    return in.attempt(
        path,
        () ->
            new RecordedRating(
                new RatingDecision(
                    suggested.get(),
                    reasons,
                    LinkedProcess.applicableTo(suggested.get(), keyworker.get(), policy.get()),
                    method.getCode(),
                    method.getVersion(),
                    date.get(),
                    keyworker.get(),
                    policy.get()),
                finalOverride));
  }

  private <T> Optional<T> missing(String path) {
    in.problem(path, "is required");
    return Optional.empty();
  }

  private Optional<Reason> reason(CodeableConcept code, String path) {
    Optional<String> ruleId = in.code(code, FhirCodes.RATING_RULE, path);
    Optional<Rating> rating =
        in.codeExtension(code, "reason-rating", path)
            .flatMap(r -> in.enumValue(Rating.class, r, path + ".extension[reason-rating]"));
    if (in.optionalExtension(code, "reason-rating", path).isEmpty()) {
      in.problem(path + ".extension[reason-rating]", "is required");
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Extension e : code.getExtensionsByUrl(FhirCodes.extension("reason-answer"))) {
      String where = path + ".extension[reason-answer]";
      Optional<String> item = in.subString(e, "item", where);
      Optional<Answer> answer = in.sub(e, "value", where).flatMap(v -> answer(v, where));
      if (item.isPresent() && answer.isPresent()) {
        answers.put(item.get(), answer.get());
      }
    }
    if (ruleId.isEmpty() || rating.isEmpty()) {
      return Optional.empty();
    }
    String text = code.hasText() ? code.getText() : "";
    return in.attempt(path, () -> new Reason(ruleId.get(), text, rating.get(), answers));
  }

  private Optional<Answer> answer(Object value, String path) {
    if (value instanceof BooleanType yes) {
      return Optional.of(Answer.of(yes.getValue()));
    }
    if (value instanceof CodeType level) {
      return in.enumValue(Level.class, level.getValue(), path).map(Answer::level);
    }
    if (value instanceof IntegerType score) {
      return Optional.of(Answer.score(score.getValue()));
    }
    in.problem(path, "an answer must be a boolean, a level code or an integer");
    return Optional.empty();
  }

  private Optional<RatingPolicy> policy(RiskAssessment risk, String path) {
    Optional<Extension> policy = in.optionalExtension(risk, "rating-policy", path);
    if (policy.isEmpty()) {
      return missing(path + ".extension[rating-policy]");
    }
    String where = path + ".extension[rating-policy]";
    Optional<BooleanType> blue =
        in.typed(
            in.sub(policy.get(), "keyworker-offer-covers-blue", where),
            BooleanType.class,
            where,
            "keyworker-offer-covers-blue");
    Optional<IntegerType> min =
        in.typed(
            in.sub(policy.get(), "keyworker-minimum-age", where),
            IntegerType.class,
            where,
            "keyworker-minimum-age");
    Optional<IntegerType> max =
        in.typed(
            in.sub(policy.get(), "keyworker-maximum-age", where),
            IntegerType.class,
            where,
            "keyworker-maximum-age");
    if (blue.isEmpty() || min.isEmpty() || max.isEmpty()) {
      return Optional.empty();
    }
    return in.attempt(
        where,
        () -> new RatingPolicy(blue.get().getValue(), min.get().getValue(), max.get().getValue()));
  }

  private Optional<ClinicianOverride> override(Extension extension, String path) {
    Optional<Rating> rating =
        in.subCode(extension, "rating", path).flatMap(r -> in.enumValue(Rating.class, r, path));
    Optional<String> reason = in.subString(extension, "reason", path);
    Optional<String> clinician = in.subIdentifier(extension, "clinician", path);
    Optional<Instant> at =
        in.typed(in.sub(extension, "decided-at", path), InstantType.class, path, "decided-at")
            .map(i -> i.getValue().toInstant());
    if (rating.isEmpty() || reason.isEmpty() || clinician.isEmpty() || at.isEmpty()) {
      return Optional.empty();
    }
    return in.attempt(
        path, () -> ClinicianOverride.of(rating.get(), reason.get(), clinician.get(), at.get()));
  }

  // ---- EpisodeOfCare, CarePlan, Encounter ----

  private Optional<RegisterEpisode> episode(EpisodeOfCare care) {
    String path = in.path(care);
    Optional<String> id = identifier(care.getIdentifier(), FhirCodes.EPISODE_ID, path);
    Period period = care.getPeriod();
    Optional<LocalDate> start = in.date(period.getStartElement(), path + ".period.start");
    Optional<Closure> closure = Optional.empty();
    if (period.hasEnd()) {
      Optional<LocalDate> end = in.date(period.getEndElement(), path + ".period.end");
      Optional<CloseReason> reason =
          in.codeExtension(care, "close-reason", path)
              .flatMap(r -> in.enumValue(CloseReason.class, r, path + ".extension[close-reason]"));
      if (reason.isEmpty()) {
        in.problem(path + ".extension[close-reason]", "is required when the episode has ended");
      }
      if (end.isEmpty() || reason.isEmpty()) {
        return Optional.empty();
      }
      closure = Optional.of(new Closure(end.get(), reason.get()));
    }
    if (id.isEmpty() || start.isEmpty()) {
      return Optional.empty();
    }
    Optional<Closure> finalClosure = closure;
    return in.attempt(path, () -> new RegisterEpisode(id.get(), start.get(), finalClosure));
  }

  private List<PlannedAction> actions(CarePlan plan) {
    List<PlannedAction> out = new ArrayList<>();
    List<CarePlan.CarePlanActivityComponent> activities = plan.getActivity();
    for (int i = 0; i < activities.size(); i++) {
      String path = in.path(plan) + ".activity[" + i + "].detail";
      CarePlan.CarePlanActivityDetailComponent detail = activities.get(i).getDetail();
      Optional<String> id = in.identifierExtension(detail, "action-id", FhirCodes.ACTION_ID, path);
      Optional<PlannedAction.Status> status = status(detail.getStatus(), path + ".status");
      Optional<LocalDate> due = Optional.empty();
      if (detail.hasScheduledPeriod() && detail.getScheduledPeriod().hasEnd()) {
        due = in.date(detail.getScheduledPeriod().getEndElement(), path + ".scheduledPeriod.end");
      }
      Optional<String> agency =
          detail.hasPerformer()
              ? agencyId(detail.getPerformerFirstRep(), path + ".performer[0]")
              : missing(path + ".performer");
      String description = detail.hasDescription() ? detail.getDescription() : "";
      if (id.isEmpty() || status.isEmpty() || agency.isEmpty()) {
        continue;
      }
      Optional<LocalDate> finalDue = due;
      in.attempt(
              path,
              () -> new PlannedAction(id.get(), description, agency.get(), finalDue, status.get()))
          .ifPresent(out::add);
    }
    return out;
  }

  private Optional<PlannedAction.Status> status(
      CarePlan.CarePlanActivityStatus status, String path) {
    for (PlannedAction.Status s : PlannedAction.Status.values()) {
      if (BundleWriter.activityStatus(s) == status) {
        return Optional.of(s);
      }
    }
    in.problem(path, "must be not-started, in-progress, completed or cancelled");
    return Optional.empty();
  }

  private Optional<CetrReview> cetr(Encounter encounter) {
    String path = in.path(encounter);
    Optional<String> id = identifier(encounter.getIdentifier(), FhirCodes.CETR_ID, path);
    Optional<CetrReview.Kind> kind =
        in.code(encounter.getType(), FhirCodes.CETR_KIND, path + ".type")
            .flatMap(k -> in.enumValue(CetrReview.Kind.class, k, path + ".type"));
    Optional<CetrReview.Setting> setting = Optional.empty();
    Coding encounterClass = encounter.getClass_();
    if (BundleWriter.ACT_CODE.equals(encounterClass.getSystem())
        && "IMP".equals(encounterClass.getCode())) {
      setting = Optional.of(CetrReview.Setting.INPATIENT);
    } else if (BundleWriter.ACT_CODE.equals(encounterClass.getSystem())
        && "AMB".equals(encounterClass.getCode())) {
      setting = Optional.of(CetrReview.Setting.COMMUNITY);
    } else {
      in.problem(
          path + ".class",
          "must be AMB (community) or IMP (inpatient) from " + BundleWriter.ACT_CODE);
    }
    Optional<LocalDate> date =
        in.date(encounter.getPeriod().getStartElement(), path + ".period.start");
    List<CetrReview.Finding> findings = new ArrayList<>();
    for (Extension e : encounter.getExtensionsByUrl(FhirCodes.extension("cetr-finding"))) {
      String where = path + ".extension[cetr-finding]";
      Optional<CetrReview.Question> question =
          in.subCode(e, "question", where)
              .flatMap(q -> in.enumValue(CetrReview.Question.class, q, where));
      Optional<CetrReview.Answer> answer =
          in.subCode(e, "answer", where)
              .flatMap(a -> in.enumValue(CetrReview.Answer.class, a, where));
      Optional<String> summary = in.subString(e, "summary", where);
      if (question.isPresent() && answer.isPresent() && summary.isPresent()) {
        in.attempt(where, () -> new CetrReview.Finding(question.get(), answer.get(), summary.get()))
            .ifPresent(findings::add);
      }
    }
    List<String> agreed = new ArrayList<>();
    for (Extension e : encounter.getExtensionsByUrl(FhirCodes.extension("agreed-action"))) {
      String where = path + ".extension[agreed-action]";
      if (e.getValue() instanceof Identifier identifier) {
        in.identifierValue(identifier, FhirCodes.ACTION_ID, where).ifPresent(agreed::add);
      } else {
        in.problem(where, "must have a valueIdentifier");
      }
    }
    if (id.isEmpty() || kind.isEmpty() || setting.isEmpty() || date.isEmpty()) {
      return Optional.empty();
    }
    Optional<CetrReview.Setting> finalSetting = setting;
    return in.attempt(
        path,
        () ->
            new CetrReview(id.get(), kind.get(), finalSetting.get(), date.get(), findings, agreed));
  }

  // ---- AuditEvent ----

  private Optional<AuditRecord> audit(AuditEvent event) {
    String path = in.path(event);
    Optional<Operation> operation =
        event.getSubtype().stream()
            .filter(c -> FhirCodes.OPERATION.equals(c.getSystem()))
            .findFirst()
            .map(Coding::getCode)
            .or(() -> missing(path + ".subtype"))
            .flatMap(c -> in.enumValue(Operation.class, c, path + ".subtype"));
    Optional<Instant> at =
        event.hasRecorded()
            ? Optional.of(event.getRecorded().toInstant())
            : missing(path + ".recorded");
    AuditRecord.Outcome outcome = null;
    if (event.getOutcome() == AuditEvent.AuditEventOutcome._0) {
      outcome = AuditRecord.Outcome.ALLOWED;
    } else if (event.getOutcome() == AuditEvent.AuditEventOutcome._4) {
      outcome = AuditRecord.Outcome.DENIED;
    } else {
      in.problem(path + ".outcome", "must be 0 (allowed) or 4 (denied)");
    }
    AuditEvent.AuditEventAgentComponent user =
        event.getAgent().stream()
            .filter(AuditEvent.AuditEventAgentComponent::getRequestor)
            .findFirst()
            .orElse(null);
    if (user == null) {
      in.problem(path + ".agent", "needs the requesting user");
      return Optional.empty();
    }
    String agentPath = path + ".agent[" + event.getAgent().indexOf(user) + "]";
    Optional<String> userId =
        in.identifierValue(user.getWho().getIdentifier(), FhirCodes.USER_ID, agentPath + ".who");
    Optional<Role> role =
        in.code(user.getRole(), FhirCodes.ROLE, agentPath + ".role")
            .flatMap(r -> in.enumValue(Role.class, r, agentPath + ".role"));
    Optional<AccessPurpose> purpose =
        in.code(user.getPurposeOfUse(), FhirCodes.ACCESS_PURPOSE, agentPath + ".purposeOfUse")
            .flatMap(p -> in.enumValue(AccessPurpose.class, p, agentPath + ".purposeOfUse"));
    boolean breakGlass =
        user.getPurposeOfUse().stream()
            .flatMap(c -> c.getCoding().stream())
            .anyMatch(
                c ->
                    BundleWriter.ACT_REASON.equals(c.getSystem())
                        && BundleWriter.BREAK_THE_GLASS.equals(c.getCode()));
    Optional<String> agencyId =
        event.getAgent().stream()
            .filter(a -> !a.getRequestor())
            .map(a -> a.getWho().getIdentifier())
            .filter(i -> FhirCodes.AGENCY_ID.equals(i.getSystem()) && i.hasValue())
            .map(Identifier::getValue)
            .findFirst();
    Optional<String> entryId =
        event.getEntity().stream()
            .map(e -> e.getWhat().getIdentifier())
            .filter(i -> FhirCodes.ENTRY_ID.equals(i.getSystem()) && i.hasValue())
            .map(Identifier::getValue)
            .findFirst();
    String detail = event.hasOutcomeDesc() ? event.getOutcomeDesc() : null;
    if (detail == null) {
      in.problem(path + ".outcomeDesc", "is required (the rule that decided)");
    }
    if (operation.isEmpty()
        || at.isEmpty()
        || outcome == null
        || userId.isEmpty()
        || role.isEmpty()
        || purpose.isEmpty()
        || detail == null) {
      return Optional.empty();
    }
    AuditRecord.Outcome finalOutcome = outcome;
    return in.attempt(
        path,
        () ->
            new AuditRecord(
                at.get(),
                userId.get(),
                role.get(),
                agencyId,
                purpose.get(),
                operation.get(),
                entryId,
                finalOutcome,
                breakGlass,
                detail));
  }
}
