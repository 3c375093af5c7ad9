package org.opendsr.core.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.Basis;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentRefused;
import org.opendsr.consent.Purpose;
import org.opendsr.consent.Withdrawal;
import org.opendsr.core.ValidationException;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.policy.LocalPolicy;

class ReferralRulesTest {

  private static final DateOfBirth ADULT = DateOfBirth.of(LocalDate.of(1990, 1, 1));
  private static final LocalDate DAY = LocalDate.of(2026, 5, 11);
  private static final LocalPolicy POLICY = LocalPolicy.defaults();

  @Test
  void consent_and_a_diagnosis_accept_the_referral() {
    assertThat(
            ReferralRules.decide(
                ADULT,
                Diagnosis.LEARNING_DISABILITY,
                List.of(ConsentGiven.of(Purpose.inclusion(), DAY, "u1")),
                DAY,
                POLICY))
        .isInstanceOfSatisfying(
            ReferralDecision.Accepted.class,
            a -> {
              assertThat(a.basis()).isEqualTo(Basis.PERSON_CONSENT);
              assertThat(a.basisValidUntil()).isAfter(DAY);
            });
  }

  @Test
  void no_consent_yet_keeps_the_referral_pending_and_consent_to_something_else_does_not_count() {
    assertThat(ReferralRules.decide(ADULT, Diagnosis.AUTISM, List.of(), DAY, POLICY))
        .isInstanceOf(ReferralDecision.Pending.class);
    assertThat(
            ReferralRules.decide(
                ADULT,
                Diagnosis.AUTISM,
                List.of(ConsentGiven.of(Purpose.keyworkerReferral(), DAY, "u1")),
                DAY,
                POLICY))
        .isInstanceOf(ReferralDecision.Pending.class);
  }

  @Test
  void a_refusal_or_withdrawal_declines_the_referral() {
    assertThat(
            ReferralRules.decide(
                ADULT,
                Diagnosis.AUTISM,
                List.of(ConsentRefused.of(Purpose.inclusion(), DAY, "u1")),
                DAY,
                POLICY))
        .isInstanceOf(ReferralDecision.Declined.class);
    assertThat(
            ReferralRules.decide(
                ADULT,
                Diagnosis.AUTISM,
                List.of(
                    ConsentGiven.of(Purpose.inclusion(), DAY.minusDays(2), "u1"),
                    Withdrawal.of(Purpose.inclusion(), DAY, "p1", "u1")),
                DAY,
                POLICY))
        .isInstanceOf(ReferralDecision.Declined.class);
  }

  @Test
  void suspected_autism_is_declined_unless_local_policy_allows_it() {
    List<org.opendsr.consent.ConsentRecord> consent =
        List.of(ConsentGiven.of(Purpose.inclusion(), DAY, "u1"));
    assertThat(ReferralRules.decide(ADULT, Diagnosis.SUSPECTED_AUTISM, consent, DAY, POLICY))
        .isInstanceOf(ReferralDecision.Declined.class);
    assertThat(
            ReferralRules.decide(
                ADULT,
                Diagnosis.SUSPECTED_AUTISM,
                consent,
                DAY,
                POLICY.withSuspectedAutismAllowed(true)))
        .isInstanceOf(ReferralDecision.Accepted.class);
  }

  @Test
  void a_referral_needs_the_referrers_role_and_contact() {
    assertThatThrownBy(
            () ->
                Referral.of(ReferralSource.PROFESSIONAL, DAY, " ", ContactDetails.email("a@b.cd")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("referral.referrerRole");
    assertThatThrownBy(() -> new ReferralDecision.Pending(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReferralDecision.Declined(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
