package org.opendsr.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.opendsr.consent.BestInterestsDecision.ConsultedParty;
import org.opendsr.consent.BestInterestsDecision.Role;
import org.opendsr.consent.CapacityAssessment.Inability;
import org.opendsr.consent.ParentalConsent.ChildsView;

/** Fixtures that read like a story: who recorded what, for which purpose, on which day. */
final class Story {

  static final ConsentPolicy POLICY = ConsentPolicy.defaults();
  static final Purpose INCLUSION = Purpose.inclusion();
  static final Purpose KEYWORKER = Purpose.keyworkerReferral();
  static final String COORDINATOR = "user-coordinator";
  static final String NURSE = "user-nurse";
  static final String PARENT = "party-parent";
  static final String ATTORNEY = "party-attorney";
  static final LocalDate ATTORNEY_BORN = LocalDate.parse("1970-05-05");
  static final LocalDate LPA_REGISTERED = LocalDate.parse("2020-01-10");
  static final List<ConsultedParty> FAMILY_AND_ADVOCATE =
      List.of(
          new ConsultedParty(Role.FAMILY, "party-mother"),
          new ConsultedParty(Role.ADVOCATE, "party-imca"));

  private Story() {}

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }

  static ConsentGiven consents(Purpose purpose, String on) {
    return ConsentGiven.of(purpose, day(on), COORDINATOR);
  }

  static ConsentRefused refuses(Purpose purpose, String on) {
    return ConsentRefused.of(purpose, day(on), COORDINATOR);
  }

  static Withdrawal withdraws(Purpose purpose, String on) {
    return Withdrawal.of(purpose, day(on), "party-self", COORDINATOR);
  }

  static CapacityAssessment lacksCapacity(Purpose purpose, String on) {
    return CapacityAssessment.lacksCapacity(
        purpose, day(on), NURSE, Set.of(Inability.UNDERSTAND, Inability.USE_OR_WEIGH));
  }

  static CapacityAssessment hasCapacity(Purpose purpose, String on) {
    return CapacityAssessment.hasCapacity(purpose, day(on), NURSE);
  }

  static BestInterestsDecision bestInterests(Purpose purpose, String on) {
    return BestInterestsDecision.inFavour(
        purpose, day(on), "user-decision-maker", FAMILY_AND_ADVOCATE, "support in the community");
  }

  static BestInterestsDecision bestInterestsAgainst(Purpose purpose, String on) {
    return BestInterestsDecision.against(
        purpose, day(on), "user-decision-maker", FAMILY_AND_ADVOCATE, "not needed now");
  }

  static ParentalConsent parentConsents(Purpose purpose, String on, ChildsView view) {
    return ParentalConsent.withChildsView(purpose, day(on), PARENT, view, COORDINATOR);
  }

  static ParentalConsent parentConsentsWithoutAskingTheChild(Purpose purpose, String on) {
    return ParentalConsent.withoutChildsView(purpose, day(on), PARENT, COORDINATOR);
  }

  static GillickAssessment gillickCompetent(Purpose purpose, String on) {
    return GillickAssessment.competent(purpose, day(on), NURSE);
  }

  static GillickAssessment notGillickCompetent(Purpose purpose, String on) {
    return GillickAssessment.notCompetent(purpose, day(on), NURSE);
  }

  static AttorneyDecision attorneyConsents(Purpose purpose, String on) {
    return AttorneyDecision.consents(purpose, day(on), ATTORNEY, ATTORNEY_BORN, LPA_REGISTERED);
  }

  static AttorneyDecision attorneyRefuses(Purpose purpose, String on) {
    return AttorneyDecision.refuses(purpose, day(on), ATTORNEY, ATTORNEY_BORN, LPA_REGISTERED);
  }

  static ConsentDecision decide(
      String bornOn, Purpose purpose, String asOf, ConsentRecord... records) {
    return ConsentRules.decide(day(bornOn), purpose, List.of(records), day(asOf), POLICY);
  }
}
