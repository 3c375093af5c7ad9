package org.opendsr.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.opendsr.core.DsrException;
import org.opendsr.core.calendar.WorkingDayCalendar;

/**
 * Checks {@link WorkingDay} with {@link WorkingDayCalendar#englandAndWales()}. A date the calendar
 * refuses to judge (outside the years it supports) is not valid: it is never guessed.
 */
public final class WorkingDayValidator implements ConstraintValidator<WorkingDay, LocalDate> {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

  /** Creates the validator; Bean Validation providers call this. */
  public WorkingDayValidator() {}

  @Override
  public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      return calendar.isWorkingDay(value);
    } catch (DsrException outsideTheCalendar) {
      return false;
    }
  }
}
