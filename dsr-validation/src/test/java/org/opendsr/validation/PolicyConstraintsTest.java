package org.opendsr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Period;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentPolicy;
import org.opendsr.core.policy.LocalPolicy;

/**
 * Local policy and consent policy carry Bean Validation constraints, so a configuration form can
 * check candidate values, every problem at once, before a policy is built.
 */
class PolicyConstraintsTest {

  private final Validator validator = Validators.validator();

  @Test
  void the_documented_defaults_break_no_constraint() {
    assertThat(validator.validate(LocalPolicy.defaults())).isEmpty();
    assertThat(validator.validate(ConsentPolicy.defaults())).isEmpty();
  }

  @Test
  void a_candidate_first_contact_time_of_zero_working_days_is_refused_before_a_policy_is_built() {
    Set<ConstraintViolation<LocalPolicy>> zero =
        validator.validateValue(LocalPolicy.class, "firstContactWorkingDays", 0);
    assertThat(zero).hasSize(1);
    assertThat(zero.iterator().next().getPropertyPath()).hasToString("firstContactWorkingDays");
    assertThat(validator.validateValue(LocalPolicy.class, "firstContactWorkingDays", 5)).isEmpty();
  }

  @Test
  void negative_days_and_missing_periods_are_refused_field_by_field() {
    assertThat(validator.validateValue(LocalPolicy.class, "dueSoonDays", -1)).hasSize(1);
    assertThat(validator.validateValue(LocalPolicy.class, "rerateWithinWorkingDays", -1))
        .hasSize(1);
    assertThat(validator.validateValue(LocalPolicy.class, "firstRiskReviewWithin", null))
        .hasSize(1);
    assertThat(validator.validateValue(ConsentPolicy.class, "recheckInterval", null)).hasSize(1);
    assertThat(validator.validateValue(ConsentPolicy.class, "recheckInterval", Period.ofMonths(12)))
        .isEmpty();
  }
}
