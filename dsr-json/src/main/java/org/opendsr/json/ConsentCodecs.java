package org.opendsr.json;

import static org.opendsr.json.Codecs.BOOLEAN;
import static org.opendsr.json.Codecs.DATE;
import static org.opendsr.json.Codecs.PERIOD;
import static org.opendsr.json.Codecs.STRING;
import static org.opendsr.json.Codecs.put;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opendsr.consent.AttorneyDecision;
import org.opendsr.consent.Basis;
import org.opendsr.consent.BestInterestsDecision;
import org.opendsr.consent.CapacityAssessment;
import org.opendsr.consent.Conflict;
import org.opendsr.consent.ConsentDecision;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentPolicy;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.ConsentRefused;
import org.opendsr.consent.GillickAssessment;
import org.opendsr.consent.LawfulBasis;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.Purpose;
import org.opendsr.consent.Withdrawal;

/**
 * The wire format of {@code org.opendsr.consent}. Sealed types carry a {@code type}; field names
 * are the record components' names.
 */
final class ConsentCodecs {

  private ConsentCodecs() {}

  static final Union<Purpose> PURPOSE =
      Union.of(
          Union.variant(
              "inclusion",
              Purpose.Inclusion.class,
              ObjectCodec.of((p, out) -> {}, in -> in.build(Purpose.Inclusion::new))),
          Union.variant(
              "sharing-with",
              Purpose.SharingWith.class,
              ObjectCodec.of(
                  (p, out) -> out.put("agencyId", p.agencyId()),
                  in -> {
                    String agencyId = in.required("agencyId", STRING);
                    return in.build(() -> new Purpose.SharingWith(agencyId));
                  })),
          Union.variant(
              "cetr",
              Purpose.Cetr.class,
              ObjectCodec.of(
                  (p, out) -> out.put("reviewId", p.reviewId()),
                  in -> {
                    String reviewId = in.required("reviewId", STRING);
                    return in.build(() -> new Purpose.Cetr(reviewId));
                  })),
          Union.variant(
              "keyworker-referral",
              Purpose.KeyworkerReferral.class,
              ObjectCodec.of((p, out) -> {}, in -> in.build(Purpose.KeyworkerReferral::new))));

  /** The fields every record has, read first. */
  private record Common(Purpose purpose, LocalDate date, String recordedBy) {}

  private static void writeCommon(
      ConsentRecord record, com.fasterxml.jackson.databind.node.ObjectNode out) {
    put(out, "purpose", record.purpose(), PURPOSE);
    put(out, "date", record.date(), DATE);
    out.put("recordedBy", record.recordedBy());
  }

  private static Common readCommon(In in) {
    return new Common(
        in.required("purpose", PURPOSE),
        in.required("date", DATE),
        in.required("recordedBy", STRING));
  }

  static final ObjectCodec<ConsentGiven> CONSENT_GIVEN =
      ObjectCodec.of(
          ConsentCodecs::writeCommon,
          in -> {
            Common c = readCommon(in);
            return in.build(() -> new ConsentGiven(c.purpose(), c.date(), c.recordedBy()));
          });

  static final ObjectCodec<ConsentRefused> CONSENT_REFUSED =
      ObjectCodec.of(
          ConsentCodecs::writeCommon,
          in -> {
            Common c = readCommon(in);
            return in.build(() -> new ConsentRefused(c.purpose(), c.date(), c.recordedBy()));
          });

  static final Codec<Set<CapacityAssessment.Inability>> INABILITIES =
      Codecs.enumSet(CapacityAssessment.Inability.class);

  static final ObjectCodec<CapacityAssessment> CAPACITY_ASSESSMENT =
      ObjectCodec.of(
          (record, out) -> {
            writeCommon(record, out);
            out.put("impairmentOfMindOrBrain", record.impairmentOfMindOrBrain());
            put(out, "inabilities", record.inabilities(), INABILITIES);
          },
          in -> {
            Common c = readCommon(in);
            Boolean impairment = in.required("impairmentOfMindOrBrain", BOOLEAN);
            Set<CapacityAssessment.Inability> inabilities = in.required("inabilities", INABILITIES);
            return in.build(
                () ->
                    new CapacityAssessment(
                        c.purpose(), c.date(), c.recordedBy(), impairment, inabilities));
          });

  static final ObjectCodec<BestInterestsDecision.ConsultedParty> CONSULTED_PARTY =
      ObjectCodec.of(
          (party, out) -> {
            put(out, "role", party.role(), Codecs.enumeration(BestInterestsDecision.Role.class));
            out.put("partyId", party.partyId());
          },
          in -> {
            BestInterestsDecision.Role role =
                in.required("role", Codecs.enumeration(BestInterestsDecision.Role.class));
            String partyId = in.required("partyId", STRING);
            return in.build(() -> new BestInterestsDecision.ConsultedParty(role, partyId));
          });

  static final ObjectCodec<BestInterestsDecision> BEST_INTERESTS_DECISION =
      ObjectCodec.of(
          (record, out) -> {
            writeCommon(record, out);
            out.put("decisionMakerId", record.decisionMakerId());
            put(out, "consulted", record.consulted(), Codecs.list(CONSULTED_PARTY));
            out.put("reasons", record.reasons());
            out.put("inBestInterests", record.inBestInterests());
          },
          in -> {
            Common c = readCommon(in);
            String decisionMakerId = in.required("decisionMakerId", STRING);
            List<BestInterestsDecision.ConsultedParty> consulted =
                in.required("consulted", Codecs.list(CONSULTED_PARTY));
            String reasons = in.required("reasons", STRING);
            Boolean inBestInterests = in.required("inBestInterests", BOOLEAN);
            return in.build(
                () ->
                    new BestInterestsDecision(
                        c.purpose(),
                        c.date(),
                        c.recordedBy(),
                        decisionMakerId,
                        consulted,
                        reasons,
                        inBestInterests));
          });

  static final ObjectCodec<ParentalConsent> PARENTAL_CONSENT =
      ObjectCodec.of(
          (record, out) -> {
            writeCommon(record, out);
            out.put("parentId", record.parentId());
            put(
                out,
                "childsView",
                record.childsView(),
                Codecs.enumeration(ParentalConsent.ChildsView.class));
          },
          in -> {
            Common c = readCommon(in);
            String parentId = in.required("parentId", STRING);
            Optional<ParentalConsent.ChildsView> view =
                in.optional("childsView", Codecs.enumeration(ParentalConsent.ChildsView.class));
            return in.build(
                () -> new ParentalConsent(c.purpose(), c.date(), c.recordedBy(), parentId, view));
          });

  static final ObjectCodec<GillickAssessment> GILLICK_ASSESSMENT =
      ObjectCodec.of(
          (record, out) -> {
            writeCommon(record, out);
            out.put("competent", record.competent());
          },
          in -> {
            Common c = readCommon(in);
            Boolean competent = in.required("competent", BOOLEAN);
            return in.build(
                () -> new GillickAssessment(c.purpose(), c.date(), c.recordedBy(), competent));
          });

  static final ObjectCodec<AttorneyDecision> ATTORNEY_DECISION =
      ObjectCodec.of(
          (record, out) -> {
            writeCommon(record, out);
            out.put("attorneyId", record.attorneyId());
            put(out, "attorneyDateOfBirth", record.attorneyDateOfBirth(), DATE);
            put(out, "lpaRegisteredOn", record.lpaRegisteredOn(), DATE);
            out.put("consents", record.consents());
          },
          in -> {
            Common c = readCommon(in);
            String attorneyId = in.required("attorneyId", STRING);
            LocalDate dateOfBirth = in.required("attorneyDateOfBirth", DATE);
            LocalDate registered = in.required("lpaRegisteredOn", DATE);
            Boolean consents = in.required("consents", BOOLEAN);
            return in.build(
                () ->
                    new AttorneyDecision(
                        c.purpose(),
                        c.date(),
                        c.recordedBy(),
                        attorneyId,
                        dateOfBirth,
                        registered,
                        consents));
          });

  static final ObjectCodec<Withdrawal> WITHDRAWAL =
      ObjectCodec.of(
          (record, out) -> {
            writeCommon(record, out);
            out.put("withdrawnBy", record.withdrawnBy());
          },
          in -> {
            Common c = readCommon(in);
            String withdrawnBy = in.required("withdrawnBy", STRING);
            return in.build(
                () -> new Withdrawal(c.purpose(), c.date(), withdrawnBy, c.recordedBy()));
          });

  static final Union<ConsentRecord> CONSENT_RECORD =
      Union.of(
          Union.variant("consent-given", ConsentGiven.class, CONSENT_GIVEN),
          Union.variant("consent-refused", ConsentRefused.class, CONSENT_REFUSED),
          Union.variant("capacity-assessment", CapacityAssessment.class, CAPACITY_ASSESSMENT),
          Union.variant(
              "best-interests-decision", BestInterestsDecision.class, BEST_INTERESTS_DECISION),
          Union.variant("parental-consent", ParentalConsent.class, PARENTAL_CONSENT),
          Union.variant("gillick-assessment", GillickAssessment.class, GILLICK_ASSESSMENT),
          Union.variant("attorney-decision", AttorneyDecision.class, ATTORNEY_DECISION),
          Union.variant("withdrawal", Withdrawal.class, WITHDRAWAL));

  static final ObjectCodec<ConsentPolicy> CONSENT_POLICY =
      ObjectCodec.of(
          (policy, out) -> {
            put(out, "recheckInterval", policy.recheckInterval(), PERIOD);
            put(out, "capacityAssessmentStaleness", policy.capacityAssessmentStaleness(), PERIOD);
          },
          in -> {
            var recheck = in.required("recheckInterval", PERIOD);
            var staleness = in.required("capacityAssessmentStaleness", PERIOD);
            return in.build(() -> new ConsentPolicy(recheck, staleness));
          });

  static final Codec<List<Conflict>> CONFLICTS = Codecs.list(Codecs.enumeration(Conflict.class));

  static final Union<ConsentDecision> CONSENT_DECISION =
      Union.of(
          Union.variant(
              "permitted",
              ConsentDecision.Permitted.class,
              ObjectCodec.of(
                  (decision, out) -> {
                    put(out, "basis", decision.basis(), Codecs.enumeration(Basis.class));
                    put(out, "reliedOn", decision.reliedOn(), Codecs.list(CONSENT_RECORD));
                    put(out, "validUntil", decision.validUntil(), DATE);
                    put(out, "conflicts", decision.conflicts(), CONFLICTS);
                  },
                  in -> {
                    Basis basis = in.required("basis", Codecs.enumeration(Basis.class));
                    List<ConsentRecord> reliedOn =
                        in.required("reliedOn", Codecs.list(CONSENT_RECORD));
                    LocalDate validUntil = in.required("validUntil", DATE);
                    List<Conflict> conflicts = in.required("conflicts", CONFLICTS);
                    return in.build(
                        () ->
                            new ConsentDecision.Permitted(basis, reliedOn, validUntil, conflicts));
                  })),
          Union.variant(
              "not-permitted",
              ConsentDecision.NotPermitted.class,
              ObjectCodec.of(
                  (decision, out) -> {
                    put(out, "reasons", decision.reasons(), Codecs.list(STRING));
                    put(out, "conflicts", decision.conflicts(), CONFLICTS);
                  },
                  in -> {
                    List<String> reasons = in.required("reasons", Codecs.list(STRING));
                    List<Conflict> conflicts = in.required("conflicts", CONFLICTS);
                    return in.build(() -> new ConsentDecision.NotPermitted(reasons, conflicts));
                  })));

  static final ObjectCodec<LawfulBasis> LAWFUL_BASIS =
      ObjectCodec.of(
          (basis, out) -> {
            put(out, "article6", basis.article6(), Codecs.enumeration(LawfulBasis.Article6.class));
            put(out, "article9", basis.article9(), Codecs.enumeration(LawfulBasis.Article9.class));
          },
          in -> {
            var article6 = in.required("article6", Codecs.enumeration(LawfulBasis.Article6.class));
            var article9 = in.required("article9", Codecs.enumeration(LawfulBasis.Article9.class));
            return in.build(() -> new LawfulBasis(article6, article9));
          });
}
