package org.opendsr.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link OdsCode}: 3 to 8 characters, capital letters A to Z and digits only. */
public final class OdsCodeValidator implements ConstraintValidator<OdsCode, CharSequence> {

  static final int SHORTEST = 3;
  static final int LONGEST = 8;

  /** Creates the validator; Bean Validation providers call this. */
  public OdsCodeValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int length = value.length();
    if (length < SHORTEST || length > LONGEST) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }
}
