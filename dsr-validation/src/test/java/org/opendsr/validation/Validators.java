package org.opendsr.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The validator a vendor would build: Hibernate Validator with the interpolator that needs no
 * expression language (none is on this module's test class path, so the constraints are proved to
 * work without one).
 */
final class Validators {

  private static final ValidatorFactory FACTORY =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  private Validators() {}

  static Validator validator() {
    return FACTORY.getValidator();
  }
}
