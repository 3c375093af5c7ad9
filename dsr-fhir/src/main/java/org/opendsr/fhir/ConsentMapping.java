package org.opendsr.fhir;

import static org.opendsr.fhir.BundleWriter.concept;
import static org.opendsr.fhir.BundleWriter.dateTime;
import static org.opendsr.fhir.BundleWriter.ext;
import static org.opendsr.fhir.BundleWriter.identifier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.opendsr.consent.AttorneyDecision;
import org.opendsr.consent.Basis;
import org.opendsr.consent.BestInterestsDecision;
import org.opendsr.consent.CapacityAssessment;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.ConsentRefused;
import org.opendsr.consent.GillickAssessment;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.Purpose;
import org.opendsr.consent.Withdrawal;

/**
 * One consent record to and from one FHIR Consent.
 *
 * <p>The kind of record is the second {@code category} (code system {@link
 * FhirCodes#CONSENT_RECORD_KIND}); the purpose is {@code provision.purpose} ({@link
 * FhirCodes#CONSENT_PURPOSE}) with the agency as {@code provision.actor} or the C(E)TR as {@code
 * provision.data}; permit or deny is {@code provision.type}; who decided (the person, a person with
 * parental responsibility, a best-interests decision maker, an attorney, whoever withdrew) is
 * {@code performer}, by opaque identifier; the basis a record gives is {@code policyRule} ({@link
 * FhirCodes#CONSENT_BASIS}). Details with no FHIR element (who recorded it, the child's view, who
 * was consulted, capacity findings, the attorney's dates) are project extensions.
 */
final class ConsentMapping {

  private ConsentMapping() {}

  /** The DSR policy owner, as the authority of every consent policy. */
  static final String POLICY_AUTHORITY = "https://www.england.nhs.uk";

  static Consent toFhir(ConsentRecord record, String id, Reference patient) {
    Consent consent = new Consent();
    consent.setId(id);
    consent.getMeta().addProfile(FhirCodes.UK_CORE + "Consent");
    consent.setStatus(status(record));
    consent.setScope(concept(BundleWriter.CONSENT_SCOPE, "patient-privacy"));
    consent.addCategory(concept(FhirCodes.LOINC, BundleWriter.PATIENT_CONSENT_LOINC));
    consent.addCategory(concept(FhirCodes.CONSENT_RECORD_KIND, kind(record)));
    consent.setPatient(patient);
    consent.setDateTimeElement(dateTime(record.date()));
    consent.addPolicy().setAuthority(POLICY_AUTHORITY);
    basis(record).ifPresent(b -> consent.setPolicyRule(concept(FhirCodes.CONSENT_BASIS, b.name())));
    consent.addExtension(ext("recorded-by", identifier(FhirCodes.USER_ID, record.recordedBy())));
    Consent.ProvisionComponent provision = consent.getProvision();
    purpose(record.purpose(), provision);
    if (record instanceof ConsentGiven) {
      provision.setType(Consent.ConsentProvisionType.PERMIT);
      consent.addPerformer(patient.copy());
    } else if (record instanceof ConsentRefused) {
      provision.setType(Consent.ConsentProvisionType.DENY);
      consent.addPerformer(patient.copy());
    } else if (record instanceof Withdrawal w) {
      provision.setType(Consent.ConsentProvisionType.DENY);
      consent.addPerformer(user(w.withdrawnBy()));
    } else if (record instanceof ParentalConsent p) {
      provision.setType(Consent.ConsentProvisionType.PERMIT);
      consent.addPerformer(user(p.parentId()));
      p.childsView()
          .ifPresent(v -> consent.addExtension(ext("childs-view", new CodeType(v.name()))));
    } else if (record instanceof BestInterestsDecision b) {
      provision.setType(
          b.inBestInterests()
              ? Consent.ConsentProvisionType.PERMIT
              : Consent.ConsentProvisionType.DENY);
      consent.addPerformer(user(b.decisionMakerId()));
      for (BestInterestsDecision.ConsultedParty party : b.consulted()) {
        Extension consulted = ext("consulted", null);
        consulted.addExtension("role", new CodeType(party.role().name()));
        consulted.addExtension("party", identifier(FhirCodes.USER_ID, party.partyId()));
        consent.addExtension(consulted);
      }
      consent.addExtension(ext("best-interests-reasons", new StringType(b.reasons())));
    } else if (record instanceof AttorneyDecision a) {
      provision.setType(
          a.consents() ? Consent.ConsentProvisionType.PERMIT : Consent.ConsentProvisionType.DENY);
      consent.addPerformer(user(a.attorneyId()));
      consent.addExtension(
          ext("attorney-birth-date", new DateType(a.attorneyDateOfBirth().toString())));
      consent.addExtension(ext("lpa-registered-on", new DateType(a.lpaRegisteredOn().toString())));
    } else if (record instanceof CapacityAssessment c) {
      consent.addExtension(
          ext("impairment-of-mind-or-brain", new BooleanType(c.impairmentOfMindOrBrain())));
      // In the enum's order, so the same record always gives the same resource.
      for (CapacityAssessment.Inability inability : CapacityAssessment.Inability.values()) {
        if (c.inabilities().contains(inability)) {
          consent.addExtension(ext("inability", new CodeType(inability.name())));
        }
      }
    } else if (record instanceof GillickAssessment g) {
      consent.addExtension(ext("gillick-competent", new BooleanType(g.competent())));
    }
    return consent;
  }

  private static Reference user(String userId) {
    return new Reference().setIdentifier(identifier(FhirCodes.USER_ID, userId));
  }

  private static Consent.ConsentState status(ConsentRecord record) {
    if (record instanceof Withdrawal) {
      return Consent.ConsentState.INACTIVE;
    }
    if (record instanceof ConsentRefused) {
      return Consent.ConsentState.REJECTED;
    }
    return Consent.ConsentState.ACTIVE;
  }

  static String kind(ConsentRecord record) {
    return record.getClass().getSimpleName();
  }

  private static Optional<Basis> basis(ConsentRecord record) {
    if (record instanceof ConsentGiven) {
      return Optional.of(Basis.PERSON_CONSENT);
    }
    if (record instanceof BestInterestsDecision b && b.inBestInterests()) {
      return Optional.of(Basis.BEST_INTERESTS);
    }
    if (record instanceof ParentalConsent) {
      return Optional.of(Basis.PARENTAL_RESPONSIBILITY);
    }
    if (record instanceof AttorneyDecision a && a.consents()) {
      return Optional.of(Basis.ATTORNEY);
    }
    return Optional.empty();
  }

  private static void purpose(Purpose purpose, Consent.ProvisionComponent provision) {
    String code;
    if (purpose instanceof Purpose.SharingWith s) {
      code = "SHARING_WITH";
      provision
          .addActor()
          .setRole(concept(BundleWriter.PARTICIPATION_TYPE, "IRCP"))
          .setReference(
              new Reference().setIdentifier(identifier(FhirCodes.AGENCY_ID, s.agencyId())));
    } else if (purpose instanceof Purpose.Cetr c) {
      code = "CETR";
      provision
          .addData()
          .setMeaning(Consent.ConsentDataMeaning.RELATED)
          .setReference(new Reference().setIdentifier(identifier(FhirCodes.CETR_ID, c.reviewId())));
    } else if (purpose instanceof Purpose.KeyworkerReferral) {
      code = "KEYWORKER_REFERRAL";
    } else {
      code = "INCLUSION";
    }
    provision.addPurpose(
        BundleWriter.coding(FhirCodes.CONSENT_PURPOSE, code).setDisplay(purpose.description()));
  }

  /** Reads one Consent; problems go to {@code in}, which names the resource and element. */
  static Optional<ConsentRecord> fromFhir(Consent consent, ReadContext in) {
    String path = in.path(consent);
    Optional<String> kind =
        in.code(consent.getCategory(), FhirCodes.CONSENT_RECORD_KIND, path + ".category");
    Optional<Purpose> purpose = readPurpose(consent.getProvision(), path + ".provision", in);
    Optional<LocalDate> date = in.date(consent.getDateTimeElement(), path + ".dateTime");
    Optional<String> recordedBy =
        in.identifierExtension(consent, "recorded-by", FhirCodes.USER_ID, path);
    if (kind.isEmpty() || purpose.isEmpty() || date.isEmpty() || recordedBy.isEmpty()) {
      return Optional.empty();
    }
    Purpose p = purpose.get();
    LocalDate d = date.get();
    String by = recordedBy.get();
    Consent.ConsentProvisionType type = consent.getProvision().getType();
    String performerPath = path + ".performer[0]";
    return switch (kind.get()) {
      case "ConsentGiven" -> in.attempt(path, () -> ConsentGiven.of(p, d, by));
      case "ConsentRefused" -> in.attempt(path, () -> ConsentRefused.of(p, d, by));
      case "Withdrawal" ->
          in.performer(consent, performerPath)
              .flatMap(who -> in.attempt(path, () -> Withdrawal.of(p, d, who, by)));
      case "ParentalConsent" -> {
        Optional<String> parent = in.performer(consent, performerPath);
        Optional<ParentalConsent.ChildsView> view =
            in.codeExtension(consent, "childs-view", path)
                .flatMap(
                    v -> in.enumValue(ParentalConsent.ChildsView.class, v, path + ".extension"));
        yield parent.flatMap(
            who -> in.attempt(path, () -> new ParentalConsent(p, d, by, who, view)));
      }
      case "BestInterestsDecision" -> {
        Optional<String> maker = in.performer(consent, performerPath);
        List<BestInterestsDecision.ConsultedParty> consulted = new ArrayList<>();
        for (Extension e : consent.getExtensionsByUrl(FhirCodes.extension("consulted"))) {
          String partPath = path + ".extension[consulted]";
          Optional<BestInterestsDecision.Role> role =
              in.subCode(e, "role", partPath)
                  .flatMap(r -> in.enumValue(BestInterestsDecision.Role.class, r, partPath));
          Optional<String> party = in.subIdentifier(e, "party", partPath);
          if (role.isPresent() && party.isPresent()) {
            in.attempt(
                    partPath,
                    () -> new BestInterestsDecision.ConsultedParty(role.get(), party.get()))
                .ifPresent(consulted::add);
          }
        }
        Optional<String> reasons = in.stringExtension(consent, "best-interests-reasons", path);
        Optional<Boolean> permit = in.permit(type, path + ".provision.type");
        if (maker.isEmpty() || reasons.isEmpty() || permit.isEmpty()) {
          yield Optional.empty();
        }
        yield in.attempt(
            path,
            () ->
                new BestInterestsDecision(
                    p, d, by, maker.get(), consulted, reasons.get(), permit.get()));
      }
      case "AttorneyDecision" -> {
        Optional<String> attorney = in.performer(consent, performerPath);
        Optional<LocalDate> born = in.dateExtension(consent, "attorney-birth-date", path);
        Optional<LocalDate> registered = in.dateExtension(consent, "lpa-registered-on", path);
        Optional<Boolean> permit = in.permit(type, path + ".provision.type");
        if (attorney.isEmpty() || born.isEmpty() || registered.isEmpty() || permit.isEmpty()) {
          yield Optional.empty();
        }
        yield in.attempt(
            path,
            () ->
                new AttorneyDecision(
                    p, d, by, attorney.get(), born.get(), registered.get(), permit.get()));
      }
      case "CapacityAssessment" -> {
        Optional<Boolean> impairment =
            in.booleanExtension(consent, "impairment-of-mind-or-brain", path);
        Set<CapacityAssessment.Inability> inabilities =
            EnumSet.noneOf(CapacityAssessment.Inability.class);
        for (Extension e : consent.getExtensionsByUrl(FhirCodes.extension("inability"))) {
          if (e.getValue() instanceof CodeType code) {
            in.enumValue(
                    CapacityAssessment.Inability.class,
                    code.getValue(),
                    path + ".extension[inability]")
                .ifPresent(inabilities::add);
          } else {
            in.problem(path + ".extension[inability]", "must have a valueCode");
          }
        }
        yield impairment.flatMap(
            i -> in.attempt(path, () -> new CapacityAssessment(p, d, by, i, inabilities)));
      }
      case "GillickAssessment" ->
          in.booleanExtension(consent, "gillick-competent", path)
              .flatMap(c -> in.attempt(path, () -> new GillickAssessment(p, d, by, c)));
      default -> {
        in.problem(path + ".category", "unknown kind of consent record");
        yield Optional.empty();
      }
    };
  }

  private static Optional<Purpose> readPurpose(
      Consent.ProvisionComponent provision, String path, ReadContext in) {
    Optional<String> code =
        provision.getPurpose().stream()
            .filter(c -> FhirCodes.CONSENT_PURPOSE.equals(c.getSystem()))
            .map(c -> c.getCode())
            .findFirst();
    if (code.isEmpty()) {
      in.problem(path + ".purpose", "needs a coding from " + FhirCodes.CONSENT_PURPOSE);
      return Optional.empty();
    }
    return switch (code.get()) {
      case "INCLUSION" -> Optional.of(Purpose.inclusion());
      case "KEYWORKER_REFERRAL" -> Optional.of(Purpose.keyworkerReferral());
      case "SHARING_WITH" -> {
        Optional<String> agency =
            provision.getActor().stream()
                .map(a -> a.getReference().getIdentifier())
                .filter(i -> FhirCodes.AGENCY_ID.equals(i.getSystem()))
                .map(i -> ReadContext.text(i.getValueElement()))
                .flatMap(Optional::stream)
                .findFirst();
        if (agency.isEmpty()) {
          in.problem(path + ".actor", "needs the agency shared with");
        }
        yield agency.flatMap(a -> in.attempt(path + ".actor", () -> Purpose.sharingWith(a)));
      }
      case "CETR" -> {
        Optional<String> review =
            provision.getData().stream()
                .map(a -> a.getReference().getIdentifier())
                .filter(i -> FhirCodes.CETR_ID.equals(i.getSystem()))
                .map(i -> ReadContext.text(i.getValueElement()))
                .flatMap(Optional::stream)
                .findFirst();
        if (review.isEmpty()) {
          in.problem(path + ".data", "needs the C(E)TR the consent is for");
        }
        yield review.flatMap(r -> in.attempt(path + ".data", () -> Purpose.cetr(r)));
      }
      default -> {
        in.problem(path + ".purpose", "unknown code in " + FhirCodes.CONSENT_PURPOSE);
        yield Optional.empty();
      }
    };
  }
}
