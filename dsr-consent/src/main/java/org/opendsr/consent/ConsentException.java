package org.opendsr.consent;

/**
 * Thrown when a consent record or a call to the consent rules is invalid: a blank identifier, an
 * attorney who was under 18 when the lasting power of attorney was registered, a decision date
 * before the date of birth, and so on.
 *
 * <p>An invalid record is a programming or input error, not a consent outcome: outcomes are {@link
 * ConsentDecision} values. Messages name the field and the rule only and never contain personal
 * data (no names, no dates of birth). The register module wraps this exception in its own
 * hierarchy.
 */
public final class ConsentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the field and rule that failed, free of personal data
   */
  public ConsentException(String message) {
    super(message);
  }
}
