package org.opendsr.consent;

/**
 * The basis on which a purpose is permitted (NHS England DSR and C(E)TR policy (2023); Mental
 * Capacity Act 2005).
 */
public enum Basis {
  /** Informed consent by the person, aged 16 or over, with capacity (presumed, MCA 2005 s1(2)). */
  PERSON_CONSENT,
  /** A best-interests decision (MCA 2005 s4) for a person aged 16 or over lacking capacity. */
  BEST_INTERESTS,
  /** Consent by a person with parental responsibility for a child under 16. */
  PARENTAL_RESPONSIBILITY,
  /** The own consent of a child under 16 assessed as Gillick competent for this decision. */
  GILLICK_COMPETENT_CHILD,
  /** A registered health-and-welfare attorney, for a person aged 18 or over lacking capacity. */
  ATTORNEY
}
