package org.opendsr.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A date that is a working day in England and Wales: not a Saturday or Sunday and not a bank
 * holiday ("Banking and Financial Dealings Act 1971"; "GOV.UK bank holidays"), by {@code
 * WorkingDayCalendar.englandAndWales()}. A date the calendar cannot judge is not valid.
 *
 * <p>Applies to {@code LocalDate}; {@code null} is valid. The message never contains the value.
 */
@Documented
@Constraint(validatedBy = WorkingDayValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(WorkingDay.List.class)
public @interface WorkingDay {

  /**
   * The message; by default the rule in words, without the rejected value.
   *
   * @return the message or message key
   */
  String message() default
      "must be a working day in England and Wales: not a weekend or a bank holiday";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /** Several {@code @WorkingDay} constraints on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {

    /**
     * The constraints.
     *
     * @return the constraints
     */
    WorkingDay[] value();
  }
}
