package org.opendsr.core.entry;

/** Why a person left the register (DOMAIN.md, "Leaving"). History is kept whatever the reason. */
public enum CloseReason {
  /** Consent to inclusion was withdrawn (or refused and no other basis remains). */
  CONSENT_WITHDRAWN,
  /** Stepped down: no longer at risk of admission. */
  NO_LONGER_AT_RISK,
  /** Moved out of the area the register covers. */
  MOVED_OUT_OF_AREA,
  /** The person died. */
  DIED,
  /** Another reason, recorded with the command. */
  OTHER
}
