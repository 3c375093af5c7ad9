package org.opendsr.core.access;

/**
 * The kinds of thing a caller can ask the register to do; every facade call maps to one, and every
 * one is checked and audited.
 */
public enum Operation {
  /** Read one entry (the person's record on the register) or its event history. */
  VIEW_ENTRY(true, false),
  /** Make a referral. */
  REFER(false, true),
  /**
   * Carry a person over from a legacy register, with the consent, rating and notes it held: for the
   * coordinator who moves the register onto this library, not for referrers.
   */
  CARRY_OVER(false, true),
  /**
   * Record consent, a refusal or a withdrawal, a capacity or Gillick assessment, or a
   * best-interests, parental or attorney decision.
   */
  RECORD_CONSENT(true, true),
  /** Record a rating decision, with or without a clinician override. */
  RECORD_RATING(true, true),
  /** Record a DSR review (multi-agency meeting). */
  RECORD_REVIEW(true, true),
  /**
   * Plan a C(E)TR, record one held (its panel, findings and agreed actions), or record that the
   * person refused it.
   */
  RECORD_CETR(true, true),
  /** Record an admission, a move of hospital or a discharge. */
  RECORD_ADMISSION(true, true),
  /**
   * Correct or update the person's details on an entry (name, residence, diagnosis, EHC plan); the
   * NHS number never changes.
   */
  UPDATE_PERSON_DETAILS(true, true),
  /**
   * Work on the entry's record and action plan: record first contact, rewrite the case summary, add
   * a key professional, add an action or change its status, complete a task that has no command of
   * its own.
   */
  UPDATE_ACTION_PLAN(true, true),
  /** Close an entry (a new episode is opened by a referral, {@link #REFER}). */
  CLOSE_ENTRY(true, true),
  /** See the worklist of what is due and overdue. */
  VIEW_WORKLIST(false, false),
  /** See suppressed aggregate reports. */
  VIEW_REPORT(false, false),
  /** Read the audit trail. */
  VIEW_AUDIT(false, false),
  /** Export everything held about one person (subject access request). */
  EXPORT_SUBJECT_ACCESS(true, false);

  private final boolean onAnEntry;
  private final boolean writes;

  Operation(boolean onAnEntry, boolean writes) {
    this.onAnEntry = onAnEntry;
    this.writes = writes;
  }

  /**
   * Whether the operation concerns one entry, so entry-level checks apply.
   *
   * @return true for operations on an entry
   */
  public boolean isOnAnEntry() {
    return onAnEntry;
  }

  /**
   * Whether the operation changes the register.
   *
   * @return true for writes
   */
  public boolean writes() {
    return writes;
  }
}
