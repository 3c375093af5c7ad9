package org.opendsr.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.opendsr.core.DsrException;
import org.opendsr.core.entry.EntryId;

/** Checks {@link ValidEntryId} with the rules of {@link EntryId#of(String)}. */
public final class EntryIdValidator implements ConstraintValidator<ValidEntryId, CharSequence> {

  /** Creates the validator; Bean Validation providers call this. */
  public EntryIdValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      EntryId.of(value.toString());
      return true;
    } catch (DsrException notAnEntryId) {
      return false;
    }
  }
}
