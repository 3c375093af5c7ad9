package org.opendsr.core.reporting;

/**
 * Why an entry episode left the register (DOMAIN.md "Who is on it"): the codes a closures report
 * counts by. Carries no free text, so a report cannot leak what was written about a person.
 */
public enum CloseReason {
  /** Consent to be on the register was withdrawn. */
  CONSENT_WITHDRAWN("Consent withdrawn"),
  /** No longer at risk: stepped down. */
  STEPPED_DOWN("Stepped down"),
  /** Moved out of the area the register covers. */
  MOVED_OUT_OF_AREA("Moved out of area"),
  /** The person died. */
  DIED("Died"),
  /** Another recorded reason. */
  OTHER("Other");

  private final String label;

  CloseReason(String label) {
    this.label = label;
  }

  /**
   * The label used in published tables.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
