/**
 * Jakarta Bean Validation constraints for the identifiers and dates of a Dynamic Support Register,
 * for an embedding system's own forms, DTOs and JPA entities: {@link
 * org.opendsr.validation.ValidNhsNumber}, {@link org.opendsr.validation.ValidEntryId}, {@link
 * org.opendsr.validation.OdsCode} and {@link org.opendsr.validation.WorkingDay}.
 *
 * <p>Each constraint applies exactly the rule of the library's own type ({@code NhsNumber.parse},
 * {@code EntryId.of}, {@code WorkingDayCalendar.englandAndWales()}), so a form that passes
 * validation is accepted by the register. As Bean Validation expects, {@code null} is valid:
 * combine with {@code @NotNull} where the value is required.
 *
 * <p>Messages never contain the rejected value (no {@code ${validatedValue}}), since the value may
 * be personal data, and they need no expression language: Hibernate Validator's {@code
 * ParameterMessageInterpolator} renders them.
 */
package org.opendsr.validation;
