package org.opendsr.rating;

/**
 * The one unchecked exception of this module for invalid input: a rule of the domain was broken by
 * an argument. Messages name the field and the rule, never personal data.
 *
 * <p>Subclasses list every problem at once: {@link IncompleteAssessmentException} for answers,
 * {@link InvalidInstrumentException} for instrument definitions.
 */
public class RatingException extends RuntimeException {

  /**
   * Creates the exception.
   *
   * @param message what was wrong, naming the field and the rule; no personal data
   */
  public RatingException(String message) {
    super(message);
  }
}
