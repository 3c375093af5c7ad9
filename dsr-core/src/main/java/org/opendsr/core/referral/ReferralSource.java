package org.opendsr.core.referral;

/** Who made a referral (BSW ICB DSR page; Coventry and Warwickshire ICB DSR page). */
public enum ReferralSource {
  /** The person referred themselves. */
  SELF,
  /** A family member or carer. */
  FAMILY_OR_CARER,
  /** A professional, e.g. a school nurse, GP or social worker. */
  PROFESSIONAL
}
