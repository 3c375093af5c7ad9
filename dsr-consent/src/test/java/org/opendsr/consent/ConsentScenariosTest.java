package org.opendsr.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendsr.consent.Story.INCLUSION;
import static org.opendsr.consent.Story.KEYWORKER;
import static org.opendsr.consent.Story.attorneyConsents;
import static org.opendsr.consent.Story.attorneyRefuses;
import static org.opendsr.consent.Story.bestInterests;
import static org.opendsr.consent.Story.bestInterestsAgainst;
import static org.opendsr.consent.Story.consents;
import static org.opendsr.consent.Story.day;
import static org.opendsr.consent.Story.decide;
import static org.opendsr.consent.Story.gillickCompetent;
import static org.opendsr.consent.Story.hasCapacity;
import static org.opendsr.consent.Story.lacksCapacity;
import static org.opendsr.consent.Story.notGillickCompetent;
import static org.opendsr.consent.Story.parentConsents;
import static org.opendsr.consent.Story.parentConsentsWithoutAskingTheChild;
import static org.opendsr.consent.Story.refuses;
import static org.opendsr.consent.Story.withdraws;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentDecision.NotPermitted;
import org.opendsr.consent.ConsentDecision.Permitted;
import org.opendsr.consent.ParentalConsent.ChildsView;

/**
 * One scenario per consent rule of the NHS England DSR and C(E)TR policy (2023) and the Mental
 * Capacity Act 2005, and per consent sentence of a local DSR page.
 */
class ConsentScenariosTest {

  static final String ADULT = "1990-06-15";

  /** Turns 16 on 2026-03-10 and 18 on 2028-03-10. */
  static final String YOUNG_PERSON = "2010-03-10";

  /** Turns 16 on 2028-09-01. */
  static final String CHILD = "2012-09-01";

  static Permitted permitted(ConsentDecision decision) {
    assertThat(decision).isInstanceOf(Permitted.class);
    return (Permitted) decision;
  }

  static NotPermitted notPermitted(ConsentDecision decision) {
    assertThat(decision).isInstanceOf(NotPermitted.class);
    NotPermitted notPermitted = (NotPermitted) decision;
    assertThat(notPermitted.reasons()).isNotEmpty();
    return notPermitted;
  }

  @Nested
  class A_valid_basis {

    @Test
    void nobody_is_added_without_a_valid_basis() {
      NotPermitted decision = notPermitted(decide(ADULT, INCLUSION, "2026-01-01"));
      assertThat(decision.reasons())
          .containsExactly("no consent recorded for inclusion on the register");
    }

    @Test
    void an_adult_with_capacity_consents_for_themselves() {
      Permitted decision =
          permitted(decide(ADULT, INCLUSION, "2026-01-01", consents(INCLUSION, "2025-12-01")));
      assertThat(decision.basis()).isEqualTo(Basis.PERSON_CONSENT);
      assertThat(decision.reliedOn()).containsExactly(consents(INCLUSION, "2025-12-01"));
      assertThat(decision.validUntil()).isEqualTo(day("2026-12-01"));
      assertThat(decision.conflicts()).isEmpty();
    }

    @Test
    void records_dated_after_the_decision_date_are_ignored() {
      notPermitted(decide(ADULT, INCLUSION, "2026-01-01", consents(INCLUSION, "2026-01-02")));
      permitted(
          decide(
              ADULT,
              INCLUSION,
              "2026-01-01",
              consents(INCLUSION, "2025-01-02"),
              withdraws(INCLUSION, "2026-01-02")));
    }

    @Test
    void lawful_basis_for_processing_is_recorded_separately_from_consent_to_be_on_the_register() {
      LawfulBasis basis = LawfulBasis.publicTaskForHealthAndCare();
      assertThat(basis.article6().citation()).isEqualTo("UK GDPR Art 6(1)(e)");
      assertThat(basis.article9().citation()).isEqualTo("UK GDPR Art 9(2)(h)");
      // A lawful basis for processing exists for everyone; inclusion still needs consent, and the
      // decision says that consent is what is missing.
      NotPermitted decision = notPermitted(decide(ADULT, INCLUSION, "2026-01-01"));
      assertThat(decision.reasons())
          .containsExactly("no consent recorded for " + INCLUSION.description());
    }
  }

  @Nested
  class Purposes_are_separate {

    @Test
    void consent_is_asked_again_for_every_cetr() {
      Purpose first = Purpose.cetr("review-1");
      Purpose second = Purpose.cetr("review-2");
      permitted(decide(ADULT, first, "2026-02-01", consents(first, "2026-01-20")));
      NotPermitted decision =
          notPermitted(decide(ADULT, second, "2026-02-01", consents(first, "2026-01-20")));
      assertThat(decision.reasons()).containsExactly("no consent recorded for C(E)TR review-2");
    }

    @Test
    void consent_to_share_with_one_agency_does_not_cover_another() {
      Purpose school = Purpose.sharingWith("agency-school");
      Purpose police = Purpose.sharingWith("agency-police");
      permitted(decide(ADULT, school, "2026-02-01", consents(school, "2026-01-20")));
      notPermitted(decide(ADULT, police, "2026-02-01", consents(school, "2026-01-20")));
    }

    @Test
    void consent_to_inclusion_does_not_cover_keyworker_referral() {
      notPermitted(decide(ADULT, KEYWORKER, "2026-02-01", consents(INCLUSION, "2026-01-20")));
    }

    @Test
    void purposes_compare_by_value() {
      assertThat(Purpose.cetr("r")).isEqualTo(Purpose.cetr("r"));
      assertThat(Purpose.sharingWith("a")).isEqualTo(Purpose.sharingWith("a"));
      assertThat(Purpose.inclusion()).isEqualTo(INCLUSION).isNotEqualTo(KEYWORKER);
      assertThat(KEYWORKER.description()).isEqualTo("keyworker referral");
      assertThat(Purpose.sharingWith("a").description()).isEqualTo("sharing with agency a");
    }
  }

  @Nested
  class Withdrawal_and_refusal {

    @Test
    void consent_can_be_withdrawn_at_any_time_with_effect_from_that_date() {
      ConsentRecord[] history = {
        consents(INCLUSION, "2026-06-01"), withdraws(INCLUSION, "2027-02-03")
      };
      permitted(decide(ADULT, INCLUSION, "2027-02-02", history));
      NotPermitted decision = notPermitted(decide(ADULT, INCLUSION, "2027-02-03", history));
      assertThat(decision.reasons()).containsExactly("withdrawn on 2027-02-03");
    }

    @Test
    void withdrawal_wins_over_a_consent_recorded_the_same_day() {
      notPermitted(
          decide(
              ADULT,
              INCLUSION,
              "2026-03-01",
              withdraws(INCLUSION, "2026-03-01"),
              consents(INCLUSION, "2026-03-01")));
    }

    @Test
    void a_new_consent_after_withdrawal_permits_again() {
      Permitted decision =
          permitted(
              decide(
                  ADULT,
                  INCLUSION,
                  "2026-05-01",
                  consents(INCLUSION, "2026-01-01"),
                  withdraws(INCLUSION, "2026-02-01"),
                  consents(INCLUSION, "2026-04-01")));
      assertThat(decision.validUntil()).isEqualTo(day("2027-04-01"));
    }

    @Test
    void withdrawal_of_a_best_interests_decision_ends_it_too() {
      notPermitted(
          decide(
              ADULT,
              INCLUSION,
              "2026-03-01",
              lacksCapacity(INCLUSION, "2026-01-01"),
              bestInterests(INCLUSION, "2026-01-02"),
              withdraws(INCLUSION, "2026-02-01")));
    }

    @Test
    void refusing_inclusion_changes_nothing_but_the_inclusion_decision() {
      Purpose school = Purpose.sharingWith("agency-school");
      ConsentRecord[] history = {
        consents(school, "2026-01-01"),
        consents(KEYWORKER, "2026-01-01"),
        refuses(INCLUSION, "2026-01-05")
      };
      NotPermitted inclusion = notPermitted(decide(ADULT, INCLUSION, "2026-02-01", history));
      assertThat(inclusion.reasons()).containsExactly("refused on 2026-01-05");
      assertThat(inclusion.conflicts()).isEmpty();
      permitted(decide(ADULT, school, "2026-02-01", history));
      permitted(decide(ADULT, KEYWORKER, "2026-02-01", history));
    }

    @Test
    void a_refusal_after_consent_ends_permission_from_its_date() {
      ConsentRecord[] history = {
        consents(INCLUSION, "2026-01-01"), refuses(INCLUSION, "2026-03-01")
      };
      permitted(decide(ADULT, INCLUSION, "2026-02-28", history));
      notPermitted(decide(ADULT, INCLUSION, "2026-03-01", history));
    }
  }

  @Nested
  class Capacity {

    @Test
    void capacity_is_presumed_from_16() {
      Permitted decision =
          permitted(
              decide(YOUNG_PERSON, INCLUSION, "2026-03-10", consents(INCLUSION, "2026-03-10")));
      assertThat(decision.basis()).isEqualTo(Basis.PERSON_CONSENT);
    }

    @Test
    void the_day_before_the_16th_birthday_a_childs_own_consent_needs_gillick_competence() {
      NotPermitted decision =
          notPermitted(
              decide(YOUNG_PERSON, INCLUSION, "2026-03-09", consents(INCLUSION, "2026-03-09")));
      assertThat(decision.reasons().get(0)).contains("Gillick competent");
    }

    @Test
    void lacking_capacity_needs_a_best_interests_decision_recording_who_was_consulted() {
      CapacityAssessment assessment = lacksCapacity(INCLUSION, "2026-01-10");
      BestInterestsDecision decisionMade = bestInterests(INCLUSION, "2026-01-12");
      Permitted decision =
          permitted(decide(ADULT, INCLUSION, "2026-02-01", assessment, decisionMade));
      assertThat(decision.basis()).isEqualTo(Basis.BEST_INTERESTS);
      assertThat(decision.reliedOn()).containsExactly(decisionMade, assessment);
      assertThat(decisionMade.consulted()).extracting(c -> c.role()).isNotEmpty();
      // the assessment goes out of date before the yearly re-check
      assertThat(decision.validUntil()).isEqualTo(day("2026-07-10"));
    }

    @Test
    void own_consent_while_assessed_as_lacking_capacity_is_not_a_basis() {
      NotPermitted decision =
          notPermitted(
              decide(
                  ADULT,
                  INCLUSION,
                  "2026-02-01",
                  lacksCapacity(INCLUSION, "2026-01-10"),
                  consents(INCLUSION, "2026-01-12")));
      assertThat(decision.reasons().get(0)).contains("best-interests decision is needed");
    }

    @Test
    void best_interests_decision_without_a_capacity_assessment_is_not_a_basis() {
      NotPermitted decision =
          notPermitted(
              decide(ADULT, INCLUSION, "2026-02-01", bestInterests(INCLUSION, "2026-01-12")));
      assertThat(decision.reasons()).containsExactly("no capacity assessment for this decision");
    }

    @Test
    void capacity_assessment_for_another_decision_does_not_cover_inclusion() {
      NotPermitted decision =
          notPermitted(
              decide(
                  ADULT,
                  INCLUSION,
                  "2026-02-01",
                  lacksCapacity(Purpose.cetr("review-1"), "2026-01-10"),
                  bestInterests(INCLUSION, "2026-01-12")));
      assertThat(decision.reasons())
          .containsExactly("capacity assessment was for a different decision");
    }

    @Test
    void capacity_assessment_must_be_made_at_or_before_the_best_interests_decision() {
      notPermitted(
          decide(
              ADULT,
              INCLUSION,
              "2026-02-01",
              bestInterests(INCLUSION, "2026-01-12"),
              lacksCapacity(INCLUSION, "2026-01-13")));
      permitted(
          decide(
              ADULT,
              INCLUSION,
              "2026-02-01",
              lacksCapacity(INCLUSION, "2026-01-12"),
              bestInterests(INCLUSION, "2026-01-12")));
    }

    @Test
    void no_impairment_of_mind_or_brain_means_the_person_has_capacity() {
      CapacityAssessment stageOneNo =
          new CapacityAssessment(
              INCLUSION,
              day("2026-01-10"),
              "user-nurse",
              false,
              java.util.Set.of(CapacityAssessment.Inability.COMMUNICATE));
      assertThat(stageOneNo.lacksCapacityForThisDecision()).isFalse();
      NotPermitted decision =
          notPermitted(
              decide(
                  ADULT,
                  INCLUSION,
                  "2026-02-01",
                  stageOneNo,
                  bestInterests(INCLUSION, "2026-01-12")));
      assertThat(decision.reasons().get(0)).contains("their own consent is needed");
    }

    @Test
    void a_person_found_to_have_capacity_consents_for_themselves() {
      permitted(
          decide(
              ADULT,
              INCLUSION,
              "2026-02-01",
              hasCapacity(INCLUSION, "2026-01-10"),
              consents(INCLUSION, "2026-01-12")));
    }

    @Test
    void out_of_date_capacity_assessment_must_be_redone() {
      NotPermitted decision =
          notPermitted(
              decide(
                  ADULT,
                  INCLUSION,
                  "2026-09-01",
                  lacksCapacity(INCLUSION, "2026-01-10"),
                  bestInterests(INCLUSION, "2026-08-01")));
      assertThat(decision.reasons())
          .containsExactly(
              "capacity assessment for this decision out of date since 2026-07-10; reassess capacity");
    }

    @Test
    void best_interests_basis_ends_when_its_capacity_assessment_goes_out_of_date() {
      ConsentRecord[] history = {
        lacksCapacity(INCLUSION, "2026-01-10"), bestInterests(INCLUSION, "2026-01-12")
      };
      permitted(decide(ADULT, INCLUSION, "2026-07-10", history));
      NotPermitted decision = notPermitted(decide(ADULT, INCLUSION, "2026-07-11", history));
      assertThat(decision.reasons().get(0)).contains("out of date since 2026-07-10");
    }

    @Test
    void capacity_assessment_staleness_is_configurable() {
      ConsentPolicy longer =
          ConsentPolicy.defaults().withCapacityAssessmentStaleness(Period.ofMonths(12));
      ConsentDecision decision =
          ConsentRules.decide(
              day(ADULT),
              INCLUSION,
              List.of(
                  lacksCapacity(INCLUSION, "2026-01-10"), bestInterests(INCLUSION, "2026-08-01")),
              day("2026-09-01"),
              longer);
      assertThat(permitted(decision).validUntil()).isEqualTo(day("2027-01-10"));
    }

    @Test
    void a_best_interests_decision_against_inclusion_ends_any_basis() {
      NotPermitted decision =
          notPermitted(
              decide(
                  ADULT,
                  INCLUSION,
                  "2026-03-01",
                  lacksCapacity(INCLUSION, "2026-01-10"),
                  bestInterests(INCLUSION, "2026-01-12"),
                  bestInterestsAgainst(INCLUSION, "2026-02-01")));
      assertThat(decision.reasons())
          .containsExactly(
              "best-interests decision on 2026-02-01 was against inclusion on the register");
    }

    @Test
    void
        refusal_by_a_person_lacking_capacity_is_flagged_for_review_of_the_best_interests_decision() {
      Permitted decision =
          permitted(
              decide(
                  ADULT,
                  INCLUSION,
                  "2026-03-01",
                  lacksCapacity(INCLUSION, "2026-01-10"),
                  bestInterests(INCLUSION, "2026-01-12"),
                  refuses(INCLUSION, "2026-02-01")));
      assertThat(decision.conflicts()).containsExactly(Conflict.REFUSAL_BY_PERSON_LACKING_CAPACITY);
    }

    @Test
    void the_mental_capacity_act_applies_from_16_so_best_interests_is_no_basis_for_a_child() {
      NotPermitted decision =
          notPermitted(
              decide(
                  CHILD,
                  INCLUSION,
                  "2026-03-01",
                  lacksCapacity(INCLUSION, "2026-01-10"),
                  bestInterests(INCLUSION, "2026-01-12")));
      assertThat(decision.reasons().get(0)).contains("apply from age 16");
    }
  }

  @Nested
  class Attorney {

    @Test
    void a_health_and_welfare_attorney_may_decide_for_a_person_aged_18_or_over_lacking_capacity() {
      Permitted decision =
          permitted(
              decide(
                  ADULT,
                  INCLUSION,
                  "2026-03-01",
                  lacksCapacity(INCLUSION, "2026-02-01"),
                  attorneyConsents(INCLUSION, "2026-02-02")));
      assertThat(decision.basis()).isEqualTo(Basis.ATTORNEY);
    }

    @Test
    void an_attorney_decides_only_from_the_18th_birthday() {
      ConsentRecord assessment = lacksCapacity(INCLUSION, "2028-03-01");
      NotPermitted dayBefore =
          notPermitted(
              decide(
                  YOUNG_PERSON,
                  INCLUSION,
                  "2028-03-09",
                  assessment,
                  attorneyConsents(INCLUSION, "2028-03-09")));
      assertThat(dayBefore.reasons())
          .containsExactly(
              "a health-and-welfare attorney can decide only for a person aged 18 or over");
      permitted(
          decide(
              YOUNG_PERSON,
              INCLUSION,
              "2028-03-10",
              assessment,
              attorneyConsents(INCLUSION, "2028-03-10")));
    }

    @Test
    void an_attorney_acts_only_when_the_person_lacks_capacity_for_this_decision() {
      notPermitted(
          decide(ADULT, INCLUSION, "2026-03-01", attorneyConsents(INCLUSION, "2026-02-02")));
      notPermitted(
          decide(
              ADULT,
              INCLUSION,
              "2026-03-01",
              hasCapacity(INCLUSION, "2026-02-01"),
              attorneyConsents(INCLUSION, "2026-02-02")));
      notPermitted(
          decide(
              ADULT,
              INCLUSION,
              "2026-12-01",
              lacksCapacity(INCLUSION, "2026-02-01"),
              attorneyConsents(INCLUSION, "2026-11-02")));
    }

    @Test
    void an_attorneys_refusal_ends_any_basis() {
      NotPermitted decision =
          notPermitted(
              decide(
                  ADULT,
                  INCLUSION,
                  "2026-03-01",
                  lacksCapacity(INCLUSION, "2026-02-01"),
                  bestInterests(INCLUSION, "2026-02-02"),
                  attorneyRefuses(INCLUSION, "2026-02-03")));
      assertThat(decision.reasons()).containsExactly("attorney refused on 2026-02-03");
    }
  }

  @Nested
  class Children_under_16 {

    @Test
    void under_16_parent_consents_and_child_is_asked_too() {
      Permitted decision =
          permitted(
              decide(
                  CHILD,
                  INCLUSION,
                  "2026-03-01",
                  parentConsents(INCLUSION, "2026-02-01", ChildsView.AGREES)));
      assertThat(decision.basis()).isEqualTo(Basis.PARENTAL_RESPONSIBILITY);
      assertThat(decision.conflicts()).isEmpty();
    }

    @Test
    void parental_consent_without_the_childs_view_is_not_a_basis() {
      NotPermitted decision =
          notPermitted(
              decide(
                  CHILD,
                  INCLUSION,
                  "2026-03-01",
                  parentConsentsWithoutAskingTheChild(INCLUSION, "2026-02-01")));
      assertThat(decision.reasons()).containsExactly("child's view not recorded");
    }

    @Test
    void a_child_who_could_not_express_a_view_was_still_asked() {
      permitted(
          decide(
              CHILD,
              INCLUSION,
              "2026-03-01",
              parentConsents(INCLUSION, "2026-02-01", ChildsView.COULD_NOT_EXPRESS)));
    }

    @Test
    void a_child_who_disagrees_with_parental_consent_is_flagged_for_review() {
      Permitted decision =
          permitted(
              decide(
                  CHILD,
                  INCLUSION,
                  "2026-03-01",
                  parentConsents(INCLUSION, "2026-02-01", ChildsView.DISAGREES)));
      assertThat(decision.conflicts())
          .containsExactly(Conflict.CHILD_DISAGREES_WITH_PARENTAL_CONSENT);
    }

    @Test
    void a_gillick_competent_child_consents_for_themselves() {
      Permitted decision =
          permitted(
              decide(
                  CHILD,
                  INCLUSION,
                  "2026-03-01",
                  gillickCompetent(INCLUSION, "2026-02-01"),
                  consents(INCLUSION, "2026-02-01")));
      assertThat(decision.basis()).isEqualTo(Basis.GILLICK_COMPETENT_CHILD);
      assertThat(decision.validUntil()).isEqualTo(day("2026-08-01"));
    }

    @Test
    void parental_consent_is_not_enough_for_a_gillick_competent_child() {
      NotPermitted decision =
          notPermitted(
              decide(
                  CHILD,
                  INCLUSION,
                  "2026-03-01",
                  gillickCompetent(INCLUSION, "2026-02-01"),
                  parentConsents(INCLUSION, "2026-02-02", ChildsView.AGREES)));
      assertThat(decision.reasons().get(0)).contains("the child's own consent is needed");
    }

    @Test
    void gillick_competence_is_decision_specific() {
      notPermitted(
          decide(
              CHILD,
              INCLUSION,
              "2026-03-01",
              gillickCompetent(Purpose.cetr("review-1"), "2026-02-01"),
              consents(INCLUSION, "2026-02-01")));
    }

    @Test
    void an_out_of_date_gillick_assessment_must_be_redone() {
      NotPermitted decision =
          notPermitted(
              decide(
                  CHILD,
                  INCLUSION,
                  "2026-12-01",
                  gillickCompetent(INCLUSION, "2026-02-01"),
                  consents(INCLUSION, "2026-11-01")));
      assertThat(decision.reasons().get(0))
          .contains("Gillick competence assessment for this decision out of date");
    }

    @Test
    void a_gillick_competent_childs_refusal_is_not_overridden_by_a_parent() {
      NotPermitted decision =
          notPermitted(
              decide(
                  CHILD,
                  INCLUSION,
                  "2026-03-01",
                  parentConsents(INCLUSION, "2026-01-01", ChildsView.AGREES),
                  gillickCompetent(INCLUSION, "2026-02-01"),
                  refuses(INCLUSION, "2026-02-01")));
      assertThat(decision.conflicts())
          .containsExactly(Conflict.CAPABLE_REFUSAL_AND_PARENTAL_CONSENT);
    }

    @Test
    void a_refusal_by_a_child_not_gillick_competent_is_flagged_but_does_not_decide_alone() {
      Permitted decision =
          permitted(
              decide(
                  CHILD,
                  INCLUSION,
                  "2026-03-01",
                  parentConsents(INCLUSION, "2026-01-01", ChildsView.AGREES),
                  notGillickCompetent(INCLUSION, "2026-02-01"),
                  refuses(INCLUSION, "2026-02-01")));
      assertThat(decision.conflicts())
          .containsExactly(Conflict.REFUSAL_BY_CHILD_NOT_GILLICK_COMPETENT);
    }

    @Test
    void parental_responsibility_ends_at_the_16th_birthday() {
      ConsentRecord consent = parentConsents(INCLUSION, "2028-01-01", ChildsView.AGREES);
      Permitted dayBefore = permitted(decide(CHILD, INCLUSION, "2028-08-31", consent));
      assertThat(dayBefore.validUntil()).isEqualTo(day("2028-08-31"));
      NotPermitted birthday = notPermitted(decide(CHILD, INCLUSION, "2028-09-01", consent));
      assertThat(birthday.reasons())
          .containsExactly(
              "consent by a person with parental responsibility ended when the child turned 16;"
                  + " the young person's own consent is needed");
    }
  }

  @Nested
  class Young_people_aged_16_and_17 {

    @Test
    void parental_consent_for_a_16_year_old_is_not_a_basis() {
      NotPermitted decision =
          notPermitted(
              decide(
                  YOUNG_PERSON,
                  INCLUSION,
                  "2026-04-01",
                  parentConsents(INCLUSION, "2026-03-10", ChildsView.AGREES)));
      assertThat(decision.reasons().get(0)).contains("applies only under 16");
    }

    @Test
    void at_16_or_17_a_parent_cannot_override_a_capable_refusal_and_a_conflict_is_recorded() {
      NotPermitted decision =
          notPermitted(
              decide(
                  YOUNG_PERSON,
                  INCLUSION,
                  "2027-04-01",
                  refuses(INCLUSION, "2027-03-01"),
                  parentConsents(INCLUSION, "2027-03-02", ChildsView.DISAGREES)));
      assertThat(decision.reasons()).contains("refused on 2027-03-01");
      assertThat(decision.conflicts())
          .containsExactly(Conflict.CAPABLE_REFUSAL_AND_PARENTAL_CONSENT);
      assertThat(decision.conflicts().get(0).description()).contains("the refusal stands");
    }

    /**
     * Mental Capacity Act 2005 s.2(5) and the MCA Code of Practice, chapter 12: from 16 the Act
     * applies, so a parent cannot consent for a young person of 16 or 17 who lacks capacity for the
     * decision; a best-interests decision (s.4) is needed. The BSW ICB DSR page speaks of parents
     * consenting for "a child or young person"; national law wins.
     */
    @Test
    void
        a_parent_cannot_consent_for_a_17_year_old_who_lacks_capacity_a_best_interests_decision_is_needed() {
      CapacityAssessment lacks = lacksCapacity(INCLUSION, "2027-04-01"); // aged 17
      ParentalConsent parent =
          parentConsents(INCLUSION, "2027-04-02", ChildsView.COULD_NOT_EXPRESS);

      NotPermitted byParent =
          notPermitted(decide(YOUNG_PERSON, INCLUSION, "2027-04-03", lacks, parent));
      assertThat(byParent.reasons())
          .singleElement()
          .asString()
          .contains("applies only under 16")
          .contains("best-interests decision");

      BestInterestsDecision bestInterests = bestInterests(INCLUSION, "2027-04-03");
      Permitted decided =
          permitted(decide(YOUNG_PERSON, INCLUSION, "2027-04-04", lacks, parent, bestInterests));
      assertThat(decided.basis()).isEqualTo(Basis.BEST_INTERESTS);
      assertThat(decided.reliedOn()).containsExactly(bestInterests, lacks);
    }

    @Test
    void an_adults_refusal_with_an_old_parental_consent_is_no_conflict() {
      NotPermitted decision =
          notPermitted(
              decide(
                  CHILD,
                  INCLUSION,
                  "2031-04-01",
                  parentConsents(INCLUSION, "2027-03-02", ChildsView.AGREES),
                  withdraws(INCLUSION, "2028-01-01"),
                  refuses(INCLUSION, "2031-03-01")));
      assertThat(decision.conflicts()).isEmpty();
    }
  }

  @Nested
  class Recheck {

    @Test
    void consent_is_rechecked_yearly_by_default() {
      ConsentRecord consent = consents(INCLUSION, "2026-03-01");
      assertThat(permitted(decide(ADULT, INCLUSION, "2027-03-01", consent)).validUntil())
          .isEqualTo(day("2027-03-01"));
      NotPermitted overdue = notPermitted(decide(ADULT, INCLUSION, "2027-03-02", consent));
      assertThat(overdue.reasons()).containsExactly("consent re-check overdue since 2027-03-01");
    }

    @Test
    void recheck_interval_is_local_practice_and_configurable() {
      ConsentPolicy sixMonthly = ConsentPolicy.defaults().withRecheckInterval(Period.ofMonths(6));
      ConsentDecision decision =
          ConsentRules.decide(
              day(ADULT),
              INCLUSION,
              List.of(consents(INCLUSION, "2026-03-01")),
              day("2026-09-02"),
              sixMonthly);
      assertThat(notPermitted(decision).reasons())
          .containsExactly("consent re-check overdue since 2026-09-01");
      assertThat(ConsentPolicy.defaults().recheckInterval()).isEqualTo(Period.ofMonths(12));
      assertThat(ConsentPolicy.defaults().capacityAssessmentStaleness())
          .isEqualTo(Period.ofMonths(6));
    }

    @Test
    void a_fresh_consent_renews_the_recheck_date() {
      Permitted decision =
          permitted(
              decide(
                  ADULT,
                  INCLUSION,
                  "2027-06-01",
                  consents(INCLUSION, "2026-03-01"),
                  consents(INCLUSION, "2027-02-01")));
      assertThat(decision.validUntil()).isEqualTo(day("2028-02-01"));
    }
  }

  @Nested
  class Birthdays {

    static final String LEAP_DAY_BIRTH = "2008-02-29";

    @Test
    void born_on_29_february_turns_16_on_29_february_in_a_leap_year() {
      notPermitted(
          decide(LEAP_DAY_BIRTH, INCLUSION, "2024-02-28", consents(INCLUSION, "2024-02-28")));
      permitted(decide(LEAP_DAY_BIRTH, INCLUSION, "2024-02-29", consents(INCLUSION, "2024-02-29")));
    }

    @Test
    void born_on_29_february_turns_18_on_1_march_in_a_year_without_29_february() {
      ConsentRecord assessment = lacksCapacity(INCLUSION, "2026-02-01");
      notPermitted(
          decide(
              LEAP_DAY_BIRTH,
              INCLUSION,
              "2026-02-28",
              assessment,
              attorneyConsents(INCLUSION, "2026-02-28")));
      permitted(
          decide(
              LEAP_DAY_BIRTH,
              INCLUSION,
              "2026-03-01",
              assessment,
              attorneyConsents(INCLUSION, "2026-03-01")));
    }

    @Test
    void ages_follow_period_between() {
      LocalDate born = day(LEAP_DAY_BIRTH);
      assertThat(Ages.on(born, day("2026-02-28"))).isEqualTo(17);
      assertThat(Ages.on(born, day("2026-03-01"))).isEqualTo(18);
      assertThat(Ages.birthday(born, 18)).isEqualTo(day("2026-03-01"));
      assertThat(Ages.birthday(born, 16)).isEqualTo(day("2024-02-29"));
      assertThat(Ages.birthday(day("2010-03-10"), 16)).isEqualTo(day("2026-03-10"));
    }

    @Test
    void parental_responsibility_for_a_29_february_birth_ends_the_day_before_the_16th_birthday() {
      Permitted decision =
          permitted(
              decide(
                  "2012-02-29",
                  INCLUSION,
                  "2027-06-01",
                  parentConsents(INCLUSION, "2027-06-01", ChildsView.AGREES)));
      assertThat(decision.validUntil()).isEqualTo(day("2028-02-28"));
    }
  }
}
