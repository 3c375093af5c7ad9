package org.opendsr.core.access;

/**
 * Why a caller is asking. Recorded on every audit row; some purposes are only valid for some roles
 * and operations (a purpose is a claim the caller makes and is accountable for).
 */
public enum AccessPurpose {
  /** Direct care and support of the person (the register's main purpose). */
  DIRECT_CARE,
  /** Preparing for or holding a C(E)TR as a panel member. */
  CETR_PANEL,
  /** Keeping the register: referrals, reviews, worklists. */
  REGISTER_ADMINISTRATION,
  /** Commissioning and planning from suppressed aggregates (secondary use). */
  COMMISSIONING,
  /** Checking who did what. */
  AUDIT,
  /** The person (or representative) exercising their right of access. */
  SUBJECT_ACCESS,
  /** Emergency access outside the normal rules, with a reason; always flagged. */
  BREAK_GLASS
}
