package org.opendsr.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendsr.consent.Story.FAMILY_AND_ADVOCATE;
import static org.opendsr.consent.Story.INCLUSION;
import static org.opendsr.consent.Story.day;

import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Invalid records are rejected with a {@link ConsentException} free of personal data. */
class ConsentRecordValidationTest {

  @Test
  void an_attorney_under_18_when_the_power_was_registered_is_rejected() {
    assertThatThrownBy(
            () ->
                AttorneyDecision.consents(
                    INCLUSION, day("2026-02-01"), "a", day("2005-03-01"), day("2023-02-28")))
        .isInstanceOf(ConsentException.class)
        .hasMessageContaining("18 or over")
        .hasMessageNotContaining("2005");
    assertThat(
            AttorneyDecision.consents(
                INCLUSION, day("2026-02-01"), "a", day("2005-03-01"), day("2023-03-01")))
        .isNotNull();
  }

  @Test
  void an_attorney_decision_before_the_power_was_registered_is_rejected() {
    assertThatThrownBy(
            () ->
                AttorneyDecision.refuses(
                    INCLUSION, day("2019-02-01"), "a", Story.ATTORNEY_BORN, Story.LPA_REGISTERED))
        .isInstanceOf(ConsentException.class);
  }

  @Test
  void an_attorney_decision_never_prints_the_attorneys_date_of_birth() {
    String text =
        AttorneyDecision.consents(
                INCLUSION, day("2026-02-01"), "a", Story.ATTORNEY_BORN, Story.LPA_REGISTERED)
            .toString();
    assertThat(text).doesNotContain(Story.ATTORNEY_BORN.toString()).contains("attorneyId=a");
  }

  @Test
  void a_best_interests_decision_must_record_who_was_consulted() {
    assertThatThrownBy(
            () ->
                BestInterestsDecision.inFavour(INCLUSION, day("2026-01-01"), "dm", List.of(), "r"))
        .isInstanceOf(ConsentException.class)
        .hasMessage("a best-interests decision must record who was consulted");
  }

  @Test
  void a_best_interests_decision_needs_a_decision_maker_and_reasons_but_never_prints_the_reasons() {
    assertThatThrownBy(
            () ->
                BestInterestsDecision.inFavour(
                    INCLUSION, day("2026-01-01"), " ", FAMILY_AND_ADVOCATE, "r"))
        .isInstanceOf(ConsentException.class)
        .hasMessage("decisionMakerId must not be blank");
    assertThatThrownBy(
            () ->
                BestInterestsDecision.inFavour(
                    INCLUSION, day("2026-01-01"), "dm", FAMILY_AND_ADVOCATE, ""))
        .isInstanceOf(ConsentException.class);
    String text =
        BestInterestsDecision.inFavour(
                INCLUSION, day("2026-01-01"), "dm", FAMILY_AND_ADVOCATE, "lives with her sister")
            .toString();
    assertThat(text).doesNotContain("sister").contains("decisionMakerId=dm");
  }

  @Test
  void a_finding_of_lacking_capacity_names_at_least_one_stage_two_inability() {
    assertThatThrownBy(
            () -> CapacityAssessment.lacksCapacity(INCLUSION, day("2026-01-01"), "n", Set.of()))
        .isInstanceOf(ConsentException.class);
  }

  @Test
  void identifiers_must_not_be_blank() {
    assertThatThrownBy(() -> Purpose.sharingWith("")).isInstanceOf(ConsentException.class);
    assertThatThrownBy(() -> Purpose.cetr(" ")).isInstanceOf(ConsentException.class);
    assertThatThrownBy(() -> ConsentGiven.of(INCLUSION, day("2026-01-01"), ""))
        .isInstanceOf(ConsentException.class);
    assertThatThrownBy(() -> Withdrawal.of(INCLUSION, day("2026-01-01"), "", "u"))
        .isInstanceOf(ConsentException.class);
    assertThatThrownBy(
            () -> ParentalConsent.withoutChildsView(INCLUSION, day("2026-01-01"), "", "u"))
        .isInstanceOf(ConsentException.class);
    assertThatThrownBy(
            () -> new BestInterestsDecision.ConsultedParty(BestInterestsDecision.Role.CARER, ""))
        .isInstanceOf(ConsentException.class);
    assertThatNullPointerException()
        .isThrownBy(() -> ConsentRefused.of(null, day("2026-01-01"), "u"))
        .withMessage("purpose");
  }

  @Test
  void policy_intervals_must_be_positive() {
    assertThatThrownBy(() -> ConsentPolicy.defaults().withRecheckInterval(Period.ZERO))
        .isInstanceOf(ConsentException.class)
        .hasMessage("recheckInterval must be positive");
    assertThatThrownBy(
            () -> ConsentPolicy.defaults().withCapacityAssessmentStaleness(Period.ofDays(-1)))
        .isInstanceOf(ConsentException.class);
  }

  @Test
  void a_decision_date_or_record_before_the_date_of_birth_is_rejected_without_showing_it() {
    assertThatThrownBy(
            () ->
                ConsentRules.decide(
                    day("2010-05-05"), INCLUSION, List.of(), day("2010-05-04"), Story.POLICY))
        .isInstanceOf(ConsentException.class)
        .hasMessageNotContaining("2010");
    assertThatThrownBy(
            () ->
                ConsentRules.decide(
                    day("2010-05-05"),
                    INCLUSION,
                    List.of(Story.consents(INCLUSION, "2010-05-04")),
                    day("2026-01-01"),
                    Story.POLICY))
        .isInstanceOf(ConsentException.class)
        .hasMessageNotContaining("2010");
  }

  @Test
  void decisions_keep_their_invariants() {
    assertThatThrownBy(() -> new ConsentDecision.NotPermitted(List.of(), List.of()))
        .isInstanceOf(ConsentException.class);
    assertThatThrownBy(
            () ->
                new ConsentDecision.Permitted(
                    Basis.PERSON_CONSENT, List.of(), day("2026-01-01"), List.of()))
        .isInstanceOf(ConsentException.class);
  }
}
