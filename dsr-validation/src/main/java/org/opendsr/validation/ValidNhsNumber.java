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
 * An NHS number with the spellings and rules of {@code NhsNumber.parse}: ten ASCII digits,
 * optionally grouped 3-3-4 with single spaces or hyphens, a modulus 11 check digit ("NHS number
 * check digit" in docs/sources.md), and not ten identical digits.
 *
 * <p>Applies to {@code CharSequence}; {@code null} is valid. The message never contains the value.
 */
@Documented
@Constraint(validatedBy = NhsNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidNhsNumber.List.class)
public @interface ValidNhsNumber {

  /**
   * The message; by default the rule in words, without the rejected value.
   *
   * @return the message or message key
   */
  String message() default
      "must be a valid NHS number: 10 digits, optionally grouped 3 3 4, with a correct modulus 11 check digit";

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

  /** Several {@code @ValidNhsNumber} constraints on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {

    /**
     * The constraints.
     *
     * @return the constraints
     */
    ValidNhsNumber[] value();
  }
}
