package org.opendsr.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendsr.consent.ConsentScenariosTest.notPermitted;
import static org.opendsr.consent.ConsentScenariosTest.permitted;
import static org.opendsr.consent.Story.INCLUSION;
import static org.opendsr.consent.Story.bestInterests;
import static org.opendsr.consent.Story.consents;
import static org.opendsr.consent.Story.decide;
import static org.opendsr.consent.Story.lacksCapacity;
import static org.opendsr.consent.Story.parentConsents;
import static org.opendsr.consent.Story.parentConsentsWithoutAskingTheChild;
import static org.opendsr.consent.Story.refuses;
import static org.opendsr.consent.Story.withdraws;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.CapacityAssessment.Inability;
import org.opendsr.consent.ConsentDecision.NotPermitted;
import org.opendsr.consent.ParentalConsent.ChildsView;

/**
 * One test per consent sentence of the local DSR pages in docs/sources.md, named after the rule it
 * pins; the page and its sentence are quoted above each test.
 */
class LocalPageConsentSentencesTest {

  private static final String ADULT = "1990-06-15";
  private static final String CHILD = "2012-09-01";
  private static final Purpose CETR = Purpose.cetr("review-7");

  // Local DSR and C(E)TR page for citizens: "You do not have to go on the DSR or have a C(E)TR."
  @Test
  void nobody_has_to_go_on_the_register_or_have_a_cetr() {
    notPermitted(decide(ADULT, INCLUSION, "2026-02-01", refuses(INCLUSION, "2026-01-10")));
    notPermitted(decide(ADULT, CETR, "2026-02-01", refuses(CETR, "2026-01-10")));
  }

  // Local DSR and C(E)TR page for citizens: "You will be asked if you agree to go on the DSR and
  // have a C(E)TR."
  @Test
  void agreeing_to_the_register_and_to_a_cetr_are_asked_separately() {
    permitted(decide(ADULT, INCLUSION, "2026-02-01", consents(INCLUSION, "2026-01-10")));
    notPermitted(decide(ADULT, CETR, "2026-02-01", consents(INCLUSION, "2026-01-10")));
  }

  // Local DSR and C(E)TR page for citizens: "You will be asked for your consent each time you are
  // offered a C(E)TR."
  @Test
  void consent_is_asked_each_time_a_cetr_is_offered() {
    Purpose next = Purpose.cetr("review-8");
    permitted(decide(ADULT, CETR, "2026-02-01", consents(CETR, "2026-01-10")));
    notPermitted(decide(ADULT, next, "2026-08-01", consents(CETR, "2026-01-10")));
  }

  // Local DSR and C(E)TR page for citizens: "If you do not give consent, health and care services
  // must make sure it will not affect the care and treatment you receive."
  @Test
  void not_consenting_changes_only_the_consent_decision_not_other_purposes() {
    ConsentRecord[] history = {refuses(INCLUSION, "2026-01-10"), consents(CETR, "2026-01-10")};
    NotPermitted inclusion = notPermitted(decide(ADULT, INCLUSION, "2026-02-01", history));
    assertThat(inclusion.reasons()).containsExactly("refused on 2026-01-10");
    permitted(decide(ADULT, CETR, "2026-02-01", history));
  }

  // Local DSR and C(E)TR page for citizens: "You can also change your mind at any time."
  @Test
  void a_person_can_change_their_mind_at_any_time_either_way() {
    ConsentRecord[] history = {
      refuses(INCLUSION, "2026-01-10"),
      consents(INCLUSION, "2026-02-10"),
      withdraws(INCLUSION, "2026-03-10")
    };
    notPermitted(decide(ADULT, INCLUSION, "2026-02-09", history));
    permitted(decide(ADULT, INCLUSION, "2026-02-10", history));
    notPermitted(decide(ADULT, INCLUSION, "2026-03-10", history));
  }

  // Local DSR and C(E)TR page for citizens: "If someone is under 16 years old, their parents would
  // need to give their consent for them to be added to the DSR and have a C(E)TR."
  @Test
  void under_16_a_parent_consents_to_the_register_and_to_a_cetr() {
    notPermitted(decide(CHILD, INCLUSION, "2026-02-01", consents(INCLUSION, "2026-01-10")));
    assertThat(
            permitted(
                    decide(
                        CHILD,
                        INCLUSION,
                        "2026-02-01",
                        parentConsents(INCLUSION, "2026-01-10", ChildsView.AGREES)))
                .basis())
        .isEqualTo(Basis.PARENTAL_RESPONSIBILITY);
    permitted(
        decide(CHILD, CETR, "2026-02-01", parentConsents(CETR, "2026-01-10", ChildsView.AGREES)));
  }

  // Local DSR and C(E)TR page for citizens: "The child or young person should be asked if they give
  // their consent too."
  @Test
  void the_child_is_asked_too_and_their_view_recorded() {
    NotPermitted decision =
        notPermitted(
            decide(
                CHILD,
                INCLUSION,
                "2026-02-01",
                parentConsentsWithoutAskingTheChild(INCLUSION, "2026-01-10")));
    assertThat(decision.reasons()).containsExactly("child's view not recorded");
  }

  // Local DSR and C(E)TR page for citizens: "If someone does not have the capacity to make their
  // own decisions, a Best Interests decision will be taken on their behalf."
  @Test
  void without_capacity_a_best_interests_decision_is_taken_on_their_behalf() {
    assertThat(
            permitted(
                    decide(
                        ADULT,
                        INCLUSION,
                        "2026-02-01",
                        lacksCapacity(INCLUSION, "2026-01-05"),
                        bestInterests(INCLUSION, "2026-01-10")))
                .basis())
        .isEqualTo(Basis.BEST_INTERESTS);
  }

  // Local DSR rating tool page: "You can only be put on the DSR if you agree to it." National
  // policy wins: a best-interests decision is also a basis when capacity for the decision is
  // lacking.
  @Test
  void only_on_the_register_if_you_agree_but_national_policy_also_allows_best_interests() {
    notPermitted(decide(ADULT, INCLUSION, "2026-02-01"));
    permitted(decide(ADULT, INCLUSION, "2026-02-01", consents(INCLUSION, "2026-01-10")));
    permitted(
        decide(
            ADULT,
            INCLUSION,
            "2026-02-01",
            lacksCapacity(INCLUSION, "2026-01-05"),
            bestInterests(INCLUSION, "2026-01-10")));
  }

  // BSW ICB DSR page: "a person must either have capacity to give informed consent or where
  // capacity is lacking at the time of referral, a best interest decision has been made."
  @Test
  void capacity_is_judged_at_the_time_of_the_decision_not_later() {
    NotPermitted outcome =
        notPermitted(
            decide(
                ADULT,
                INCLUSION,
                "2026-02-01",
                bestInterests(INCLUSION, "2026-01-10"),
                lacksCapacity(INCLUSION, "2026-01-20")));
    // Not refused for some other reason: on the day of the decision no assessment had found a lack
    // of capacity, and the later one does not reach back.
    assertThat(outcome.reasons()).containsExactly("no capacity assessment for this decision");
  }

  // BSW ICB DSR page: "Where appropriate, a person with Parental Responsibility can consent to
  // inclusion of a child or young person." National policy wins for a young person of 16 or 17.
  @Test
  void parental_consent_for_a_young_person_of_16_is_not_a_basis_national_policy_wins() {
    permitted(
        decide(
            CHILD,
            INCLUSION,
            "2028-08-31",
            parentConsents(INCLUSION, "2028-08-01", ChildsView.AGREES)));
    notPermitted(
        decide(
            CHILD,
            INCLUSION,
            "2028-09-10",
            parentConsents(INCLUSION, "2028-09-02", ChildsView.AGREES)));
  }

  // Coventry and Warwickshire ICB DSR page: "...so that they can understand, retain and weigh up
  // information about this decision, so that they are able to give informed consent."
  @Test
  void unable_to_understand_retain_or_weigh_is_stage_two_of_the_capacity_test() {
    CapacityAssessment assessment =
        CapacityAssessment.lacksCapacity(
            INCLUSION,
            Story.day("2026-01-05"),
            Story.NURSE,
            Set.of(Inability.UNDERSTAND, Inability.RETAIN, Inability.USE_OR_WEIGH));
    assertThat(assessment.lacksCapacityForThisDecision()).isTrue();
    assertThat(
            CapacityAssessment.hasCapacity(INCLUSION, Story.day("2026-01-05"), Story.NURSE)
                .lacksCapacityForThisDecision())
        .isFalse();
  }

  // Coventry and Warwickshire ICB DSR page: "Consent can be withdrawn at any time."
  @Test
  void consent_can_be_withdrawn_at_any_time() {
    NotPermitted decision =
        notPermitted(
            decide(
                ADULT,
                INCLUSION,
                "2026-01-11",
                consents(INCLUSION, "2026-01-10"),
                withdraws(INCLUSION, "2026-01-11")));
    assertThat(decision.reasons()).containsExactly("withdrawn on 2026-01-11");
  }

  // Coventry and Warwickshire ICB DSR page: "If a person is assessed as not having the capacity to
  // give informed consent, a best interest decision can be made under the Mental Capacity Act to be
  // referred to the DSR."
  @Test
  void a_best_interests_decision_needs_an_assessment_of_lacking_capacity() {
    notPermitted(decide(ADULT, INCLUSION, "2026-02-01", bestInterests(INCLUSION, "2026-01-10")));
  }

  // Coventry and Warwickshire ICB DSR page: "not consenting to join the register will not affect
  // the person's current support."
  @Test
  void not_consenting_to_join_affects_only_the_inclusion_decision() {
    Purpose sharing = Purpose.sharingWith("agency-provider");
    ConsentRecord[] history = {consents(sharing, "2025-12-01"), refuses(INCLUSION, "2026-01-10")};
    notPermitted(decide(ADULT, INCLUSION, "2026-02-01", history));
    permitted(decide(ADULT, sharing, "2026-02-01", history));
  }

  // Coventry and Warwickshire ICB DSR page: "For a referral to be accepted it is essential that: 1.
  // The person has capacity to give informed consent or; 2. A best interest decision has been made
  // on behalf of them."
  @Test
  void a_referral_needs_capable_consent_or_a_best_interests_decision() {
    notPermitted(decide(ADULT, INCLUSION, "2026-02-01", lacksCapacity(INCLUSION, "2026-01-05")));
    notPermitted(
        decide(
            ADULT,
            INCLUSION,
            "2026-02-01",
            lacksCapacity(INCLUSION, "2026-01-05"),
            consents(INCLUSION, "2026-01-10")));
  }
}
