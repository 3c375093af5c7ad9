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
 * An Organisation Data Service code ("ODS codes" in docs/sources.md) of an NHS or care organisation
 * or site, such as a trust ({@code RX1}), a site ({@code RX1RA}), a GP practice ({@code A81001}) or
 * a council ({@code 706}): 3 to 8 characters, capital letters A to Z and digits only. The shape is
 * checked, not whether the code is currently issued.
 *
 * <p>Applies to {@code CharSequence}; {@code null} is valid. The message never contains the value.
 */
@Documented
@Constraint(validatedBy = OdsCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(OdsCode.List.class)
public @interface OdsCode {

  /**
   * The message; by default the rule in words, without the rejected value.
   *
   * @return the message or message key
   */
  String message() default "must be an ODS code: 3 to 8 capital letters and digits";

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

  /** Several {@code @OdsCode} constraints on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {

    /**
     * The constraints.
     *
     * @return the constraints
     */
    OdsCode[] value();
  }
}
