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
 * The identifier of a register entry, as {@code EntryId.of} accepts it: 1 to 40 letters, digits,
 * dots, hyphens or underscores.
 *
 * <p>Applies to {@code CharSequence}; {@code null} is valid. The message never contains the value.
 */
@Documented
@Constraint(validatedBy = EntryIdValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidEntryId.List.class)
public @interface ValidEntryId {

  /**
   * The message; by default the rule in words, without the rejected value.
   *
   * @return the message or message key
   */
  String message() default
      "must be a register entry id: 1 to 40 letters, digits, dots, hyphens or underscores";

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

  /** Several {@code @ValidEntryId} constraints on one element. */
  @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @Documented
  @interface List {

    /**
     * The constraints.
     *
     * @return the constraints
     */
    ValidEntryId[] value();
  }
}
