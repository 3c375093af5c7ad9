package org.opendsr.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.opendsr.core.person.NhsNumber;

/** Checks {@link ValidNhsNumber} with the rules of {@link NhsNumber#parse(String)}. */
public final class NhsNumberValidator implements ConstraintValidator<ValidNhsNumber, CharSequence> {

  /** Creates the validator; Bean Validation providers call this. */
  public NhsNumberValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || NhsNumber.isValid(value.toString());
  }
}
