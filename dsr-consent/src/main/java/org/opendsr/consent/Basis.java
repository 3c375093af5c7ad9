package org.opendsr.consent;

/** The basis on which a purpose is permitted (DOMAIN.md, "Consent and capacity"). */
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
