/**
 * Referrals to the register and the rule that accepts, keeps pending or declines them: a referral
 * is accepted only with both a permitted basis for inclusion (from {@link
 * org.opendsr.consent.ConsentRules}) and a qualifying diagnosis (NHS England DSR and C(E)TR policy
 * (2023); SNOMED CT UK Edition).
 */
package org.opendsr.core.referral;
