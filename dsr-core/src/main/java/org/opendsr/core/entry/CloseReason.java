package org.opendsr.core.entry;

/**
 * Why a person left the register (NHS England DSR and C(E)TR policy (2023)). History is kept
 * whatever the reason.
 */
public enum CloseReason {
  /** Consent to inclusion was withdrawn (or refused and no other basis remains). */
  CONSENT_WITHDRAWN("Consent withdrawn"),
  /** Stepped down: no longer at risk of admission. */
  NO_LONGER_AT_RISK("No longer at risk (stepped down)"),
  /** Moved out of the area the register covers. */
  MOVED_OUT_OF_AREA("Moved out of area"),
  /** The person died. */
  DIED("Died"),
  /** Another reason, recorded with the command. */
  OTHER("Other");

  private final String label;

  CloseReason(String label) {
    this.label = label;
  }

  /**
   * The reason as reports and screens show it; a fixed code label, never free text.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
