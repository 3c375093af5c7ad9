/**
 * Consent, capacity, best interests and parental responsibility as checkable decisions (NHS England
 * DSR and C(E)TR policy (2023); Mental Capacity Act 2005; Children Act 1989; Gillick).
 *
 * <p>A person's consent history is a list of immutable {@link org.opendsr.consent.ConsentRecord}s,
 * each for exactly one {@link org.opendsr.consent.Purpose} (inclusion on the register, sharing with
 * one named agency, one C(E)TR, keyworker referral). {@link
 * org.opendsr.consent.ConsentRules#decide} is a pure function of the date of birth, the purpose,
 * the history, the decision date and the local {@link org.opendsr.consent.ConsentPolicy}; it
 * returns a sealed {@link org.opendsr.consent.ConsentDecision}: {@code Permitted} with its {@link
 * org.opendsr.consent.Basis}, the records relied on and the re-check date, or {@code NotPermitted}
 * with reasons a person can read. Disagreements that need a human are returned as {@link
 * org.opendsr.consent.Conflict}s with either outcome.
 *
 * <p>Nothing here reads the clock, a database or a global; reasons, exception messages and {@code
 * toString} never contain personal data. An invalid record throws the unchecked {@link
 * org.opendsr.consent.ConsentException}. The lawful basis for processing health data ({@link
 * org.opendsr.consent.LawfulBasis}) is recorded separately from consent.
 */
package org.opendsr.consent;
