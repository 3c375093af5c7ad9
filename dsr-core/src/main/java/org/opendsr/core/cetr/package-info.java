/**
 * Care (Education) and Treatment Reviews: which kind a person gets (CETR under 18, CTR from 18, the
 * education element for 18-25 year olds with an EHC plan), the panel, the five questions and the
 * record of a review held or refused (NHS England DSR and C(E)TR policy (2023)).
 */
package org.opendsr.core.cetr;
