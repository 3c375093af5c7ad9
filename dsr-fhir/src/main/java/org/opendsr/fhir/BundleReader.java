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
import java.util.function.Supplier;
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
import org.hl7.fhir.r4.model.DomainResource;
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
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.Task;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.core.Violation;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.RatingRecord;
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
import org.opendsr.rating.RatingChange;
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
  private final Map<Resource, Agency> agencies = new HashMap<>();
  private final Map<Resource, Professional> professionals = new HashMap<>();
  private final Map<EpisodeOfCare, EpisodeReader.Parts> parts = new LinkedHashMap<>();

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
      in.entry(resource, i);
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
    Optional<PersonDetails> person = patient.flatMap(p -> guarded(p, () -> person(p)));
    for (Organization organization : all(Organization.class)) {
      guarded(organization, () -> agency(organization))
          .ifPresent(a -> agencies.put(organization, a));
    }
    for (PractitionerRole role : all(PractitionerRole.class)) {
      guarded(role, () -> professional(role)).ifPresent(p -> professionals.put(role, p));
    }
    List<EpisodeOfCare> cares = all(EpisodeOfCare.class);
    if (cares.isEmpty()) {
      in.problem("Bundle.entry", "needs an EpisodeOfCare (an episode on the register)");
    }
    for (EpisodeOfCare care : cares) {
      parts.put(care, new EpisodeReader.Parts());
    }
    for (Consent consent : all(Consent.class)) {
      Optional<EpisodeReader.Parts> of = episodeOf(consent);
      Optional<ConsentRecord> record = guarded(consent, () -> ConsentMapping.fromFhir(consent, in));
      of.ifPresent(p -> p.consentResources++);
      if (of.isPresent() && record.isPresent()) {
        of.get().consents.add(record.get());
      }
    }
    for (Flag flag : all(Flag.class)) {
      Optional<EpisodeReader.Parts> of = episodeOf(flag);
      Optional<RatingRecord> rating = guarded(flag, () -> rating(flag));
      if (of.isPresent() && rating.isPresent()) {
        of.get().ratings.add(rating.get());
      }
    }
    for (RiskAssessment risk : all(RiskAssessment.class)) {
      if (all(Flag.class).stream().noneMatch(f -> detail(f).filter(risk::equals).isPresent())) {
        in.problem(in.path(risk), "is not the detail of any Flag");
      }
    }
    for (CarePlan plan : all(CarePlan.class)) {
      episodeOf(plan)
          .ifPresent(
              p -> {
                if (p.plan.isPresent()) {
                  in.problem(in.path(plan), "must be the only CarePlan of its EpisodeOfCare");
                }
                p.plan = Optional.of(plan);
              });
    }
    EpisodeReader episodes = new EpisodeReader(this, in);
    for (Encounter encounter : all(Encounter.class)) {
      in.guard(encounter, () -> episodes.encounter(encounter));
    }
    for (Task task : all(Task.class)) {
      Optional<EpisodeReader.Parts> of = episodeOf(task);
      guarded(task, () -> episodes.task(task)).ifPresent(t -> of.ifPresent(p -> p.tasks.add(t)));
    }
    List<Entry> read = new ArrayList<>();
    for (EpisodeOfCare care : cares) {
      guarded(care, () -> episodes.entry(care, parts.get(care), person)).ifPresent(read::add);
    }
    List<AuditRecord> audit = collect(AuditEvent.class, e -> guarded(e, () -> audit(e)));
    if (!in.problems().isEmpty()) {
      throw new FhirImportException(in.problems());
    }
    Optional<DsrRecord> record =
        in.attempt("Bundle", () -> new DsrRecord(key.orElseThrow(), read, audit));
    if (record.isEmpty()) {
      throw new FhirImportException(in.problems());
    }
    return record.get();
  }

  /** Reads one resource under {@link ReadContext#guard}: a failure becomes a problem naming it. */
  private <T> Optional<T> guarded(Resource resource, Supplier<Optional<T>> read) {
    List<Optional<T>> result = new ArrayList<>(List.of(Optional.empty()));
    in.guard(resource, () -> result.set(0, read.get()));
    return result.get(0);
  }

  /** The parts of the episode a resource names with the {@code episode} extension. */
  private Optional<EpisodeReader.Parts> episodeOf(DomainResource resource) {
    String path = in.path(resource) + ".extension[episode]";
    Optional<Extension> link = in.optionalExtension(resource, "episode", in.path(resource));
    if (link.isEmpty() || !(link.get().getValue() instanceof Reference reference)) {
      in.problem(path, "must refer to an EpisodeOfCare in the Bundle");
      return Optional.empty();
    }
    return episodeOf(reference, path);
  }

  Optional<EpisodeReader.Parts> episodeOf(Reference reference, String path) {
    Optional<Resource> resolved = resolve(reference);
    if (resolved.isEmpty() || !(resolved.get() instanceof EpisodeOfCare care)) {
      in.problem(path, "must refer to an EpisodeOfCare in the Bundle");
      return Optional.empty();
    }
    return Optional.of(parts.get(care));
  }

  Optional<Agency> agencyAt(Reference reference, String path) {
    Optional<Resource> resolved = resolve(reference);
    if (resolved.isPresent() && agencies.containsKey(resolved.get())) {
      return Optional.of(agencies.get(resolved.get()));
    }
    if (resolved.isEmpty() || !(resolved.get() instanceof Organization)) {
      in.problem(path, "must refer to an Organization in the Bundle");
    }
    return Optional.empty();
  }

  Optional<Professional> professionalAt(Reference reference, String path) {
    Optional<Resource> resolved = resolve(reference);
    if (resolved.isPresent() && professionals.containsKey(resolved.get())) {
      return Optional.of(professionals.get(resolved.get()));
    }
    if (resolved.isEmpty() || !(resolved.get() instanceof PractitionerRole)) {
      in.problem(path, "must refer to a PractitionerRole in the Bundle");
    }
    return Optional.empty();
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
          Task.class,
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

  Optional<Resource> resolve(Reference reference) {
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

  private Optional<PersonDetails> person(Patient patient) {
    String path = in.path(patient);
    Optional<NhsNumber> nhs = nhsNumber(patient);
    Optional<PersonName> name = name(patient.getName(), path + ".name");
    Optional<DateOfBirth> dob = dateOfBirth(patient.getBirthDateElement(), path + ".birthDate");
    Optional<Residence> residence =
        patient.hasAddress()
            ? residence(patient.getAddressFirstRep(), path + ".address[0]")
            : missing(path + ".address");
    Optional<Diagnosis> diagnosis = diagnosis();
    Optional<Boolean> plan = in.booleanExtension(patient, "education-health-and-care-plan", path);
    if (nhs.isEmpty()
        || name.isEmpty()
        || dob.isEmpty()
        || residence.isEmpty()
        || diagnosis.isEmpty()
        || plan.isEmpty()) {
      return Optional.empty();
    }
    return in.attempt(
        path,
        () ->
            new PersonDetails(
                name.get(), dob.get(), nhs.get(), residence.get(), diagnosis.get(), plan.get()));
  }

  Optional<DateOfBirth> dateOfBirth(org.hl7.fhir.r4.model.BaseDateTimeType value, String path) {
    return in.date(value, path).flatMap(d -> in.attempt(path, () -> DateOfBirth.of(d)));
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

  Optional<PersonName> name(List<HumanName> names, String path) {
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
            .filter(n -> n.getUse() == HumanName.NameUse.USUAL)
            .flatMap(n -> n.getGiven().stream().map(ReadContext::text).flatMap(Optional::stream))
            .findFirst();
    // A given name replaced by a data-absent-reason extension is read as absent.
    String given =
        name.getGiven().stream()
            .map(ReadContext::text)
            .flatMap(Optional::stream)
            .reduce((a, b) -> a + " " + b)
            .orElse("");
    String family = ReadContext.text(name.getFamilyElement()).orElse("");
    return in.attempt(where, () -> new PersonName(given, family, preferred));
  }

  Optional<Residence> residence(Address address, String path) {
    Optional<Residence.Setting> setting =
        in.codeExtension(address, "residence-setting", path)
            .flatMap(c -> in.enumValue(Residence.Setting.class, c, path + ".extension"));
    if (setting.isEmpty()) {
      in.problem(path + ".extension[residence-setting]", "is required");
      return Optional.empty();
    }
    String text = ReadContext.text(address.getTextElement()).orElse("");
    Optional<String> postcode = ReadContext.text(address.getPostalCodeElement());
    String locality = ReadContext.text(address.getDistrictElement()).orElse("");
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
          Optional<String> snomed = ReadContext.text(codings.get(i).getCodeElement());
          if (snomed.isEmpty()) {
            in.problem(path + ".code.coding[" + i + "].code", "is required");
          } else if (KNOWN_SNOMED.contains(snomed.get())) {
            code = snomed;
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
    String name = ReadContext.text(organization.getNameElement()).orElse("");
    if (id.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    return in.attempt(path, () -> new Agency(id.get(), name, kind.get()));
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

  Optional<String> agencyId(Reference reference, String path) {
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
    String roleText =
        role.hasCode()
            ? ReadContext.text(role.getCodeFirstRep().getTextElement()).orElse(null)
            : null;
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
        .filter(t -> t.getSystem() == system)
        .map(t -> ReadContext.text(t.getValueElement()))
        .flatMap(Optional::stream)
        .findFirst();
  }

  // ---- Flag and RiskAssessment ----

  private Optional<RiskAssessment> detail(Flag flag) {
    List<Extension> details = flag.getExtensionsByUrl(BundleWriter.FLAG_DETAIL);
    if (details.size() != 1 || !(details.get(0).getValue() instanceof Reference reference)) {
      return Optional.empty();
    }
    return resolve(reference)
        .filter(RiskAssessment.class::isInstance)
        .map(RiskAssessment.class::cast);
  }

  private Optional<RatingRecord> rating(Flag flag) {
    String path = in.path(flag);
    Optional<LocalDate> on = in.date(flag.getPeriod().getStartElement(), path + ".period.start");
    Optional<RatingChange> change =
        in.codeExtension(flag, "rating-change", path)
            .or(() -> missing(path + ".extension[rating-change]"))
            .flatMap(c -> in.enumValue(RatingChange.class, c, path + ".extension[rating-change]"));
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
    if (rating.isEmpty() || on.isEmpty() || change.isEmpty()) {
      return Optional.empty();
    }
    return in.attempt(path, () -> new RatingRecord(on.get(), rating.get(), change.get()));
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
    if (method == null
        || ReadContext.text(method.getCodeElement()).isEmpty()
        || ReadContext.text(method.getVersionElement()).isEmpty()) {
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

  <T> Optional<T> missing(String path) {
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
    String text = ReadContext.text(code.getTextElement()).orElse("");
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

  // ---- AuditEvent ----

  private Optional<AuditRecord> audit(AuditEvent event) {
    String path = in.path(event);
    Optional<Operation> operation =
        event.getSubtype().stream()
            .filter(c -> FhirCodes.OPERATION.equals(c.getSystem()))
            .findFirst()
            .flatMap(c -> ReadContext.text(c.getCodeElement()))
            .or(() -> missing(path + ".subtype"))
            .flatMap(c -> in.enumValue(Operation.class, c, path + ".subtype"));
    // A recorded time replaced by a data-absent-reason extension has no value: it is missing.
    Optional<Instant> at =
        event.getRecorded() != null
            ? Optional.of(event.getRecorded().toInstant())
            : missing(path + ".recorded");
    // Bundles written before access and outcome were told apart carry neither extension: their
    // outcome 0 meant allowed and 4 denied, and what came of an allowed call was not recorded.
    Optional<AuditRecord.Access> access =
        in.codeExtension(event, "audit-access", path)
            .flatMap(c -> in.enumValue(AuditRecord.Access.class, c, path + ".extension"))
            .or(() -> accessBefore(event));
    Optional<AuditRecord.Outcome> outcome =
        in.codeExtension(event, "audit-outcome", path)
            .flatMap(c -> in.enumValue(AuditRecord.Outcome.class, c, path + ".extension"))
            .or(() -> Optional.of(AuditRecord.Outcome.NOT_RECORDED));
    if (access.isEmpty()) {
      in.problem(path + ".outcome", "must be 0 (allowed) or 4 (denied)");
    }
    if (outcome.isPresent()
        && outcome.get() != AuditRecord.Outcome.NOT_RECORDED
        && !BundleWriter.outcomeCode(outcome.get())
            .equals(Optional.ofNullable(event.hasOutcome() ? event.getOutcome() : null))) {
      in.problem(path + ".outcome", "does not match extension[audit-outcome]");
    }
    List<Violation> refusedBy = new ArrayList<>();
    for (Extension e : event.getExtensionsByUrl(FhirCodes.extension("refused-by"))) {
      String where = path + ".extension[refused-by]";
      Optional<String> field = in.subString(e, "field", where);
      Optional<String> rule = in.subString(e, "rule", where);
      if (field.isPresent() && rule.isPresent()) {
        in.attempt(where, () -> Violation.of(field.get(), rule.get())).ifPresent(refusedBy::add);
      }
    }
    Optional<String> breakGlassReason =
        in.optionalExtension(event, "break-glass-reason", path).isPresent()
            ? in.stringExtension(event, "break-glass-reason", path)
            : Optional.empty();
    AuditEvent.AuditEventAgentComponent user =
        event.getAgent().stream()
            .filter(a -> Boolean.TRUE.equals(a.getRequestorElement().getValue()))
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
            .filter(a -> !Boolean.TRUE.equals(a.getRequestorElement().getValue()))
            .map(a -> a.getWho().getIdentifier())
            .filter(i -> FhirCodes.AGENCY_ID.equals(i.getSystem()))
            .map(i -> ReadContext.text(i.getValueElement()))
            .flatMap(Optional::stream)
            .findFirst();
    Optional<String> entryId =
        event.getEntity().stream()
            .map(e -> e.getWhat().getIdentifier())
            .filter(i -> FhirCodes.ENTRY_ID.equals(i.getSystem()))
            .map(i -> ReadContext.text(i.getValueElement()))
            .flatMap(Optional::stream)
            .findFirst();
    String detail =
        in.optionalExtension(event, "access-rule", path).isPresent()
            ? in.stringExtension(event, "access-rule", path).orElse(null)
            : ReadContext.text(event.getOutcomeDescElement()).orElse(null);
    if (detail == null) {
      in.problem(path + ".extension[access-rule]", "is required (the rule that decided)");
    }
    if (operation.isEmpty()
        || at.isEmpty()
        || access.isEmpty()
        || outcome.isEmpty()
        || userId.isEmpty()
        || role.isEmpty()
        || purpose.isEmpty()
        || detail == null) {
      return Optional.empty();
    }
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
                access.get(),
                outcome.get(),
                refusedBy,
                breakGlass,
                breakGlassReason,
                detail));
  }

  /** Outcome 0 was an allowed call and 4 a denied one, before access had an extension. */
  private static Optional<AuditRecord.Access> accessBefore(AuditEvent event) {
    if (event.getOutcome() == AuditEvent.AuditEventOutcome._0) {
      return Optional.of(AuditRecord.Access.ALLOWED);
    }
    if (event.getOutcome() == AuditEvent.AuditEventOutcome._4) {
      return Optional.of(AuditRecord.Access.DENIED);
    }
    return Optional.empty();
  }
}
