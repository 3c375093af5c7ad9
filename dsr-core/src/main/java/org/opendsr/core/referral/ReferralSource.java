package org.opendsr.core.referral;

/** Who made a referral (DOMAIN.md; seeds 003 and 004). */
public enum ReferralSource {
  /** The person referred themselves. */
  SELF,
  /** A family member or carer. */
  FAMILY_OR_CARER,
  /** A professional, e.g. a school nurse, GP or social worker. */
  PROFESSIONAL
}
