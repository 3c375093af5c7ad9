package org.opendsr.core.schedule;

/** The kinds of due work an entry can owe. */
public enum TaskKind {
  /**
   * Contact the referred person (Coventry and Warwickshire ICB DSR page: within 5 working days).
   */
  FIRST_CONTACT("first contact with the referred person"),
  /**
   * The first risk review (local practice, configurable: within 4 weeks of referral); the first
   * rating recorded is that review, and a DSR review held before any rating closes it too.
   */
  FIRST_RISK_REVIEW("first risk review"),
  /** The next scheduled DSR review, by rating. */
  DSR_REVIEW("DSR review"),
  /** A C(E)TR; its task id is the review id that consent is asked for. */
  CETR("C(E)TR"),
  /** Amber: a multi-agency meeting and/or a C(E)TR. */
  MULTI_AGENCY_MEETING_OR_CETR("multi-agency meeting or C(E)TR"),
  /** Green: name the partners who would take part in a C(E)TR. */
  IDENTIFY_CETR_PARTNERS("identify C(E)TR partners"),
  /** Red or Amber, ages 0-25, not known to the service: refer to the keyworker service. */
  KEYWORKER_REFERRAL("keyworker referral"),
  /** Rate the person again (after a C(E)TR, a DSR review or a discharge). */
  RERATE("new rating"),
  /** Re-check the basis for inclusion before it lapses. */
  CONSENT_RECHECK("consent re-check"),
  /**
   * Make the local place lead aware of an admission (Local DSR and decision support tool page:
   * within 28 days).
   */
  PLACE_LEAD_AWARENESS("place lead made aware of admission"),
  /**
   * The admission date of a person in hospital, not known when they were carried over: until it is
   * recorded no post-admission review or place-lead awareness can be scheduled. Completed by
   * recording the admission.
   */
  ADMISSION_DATE("admission date to be recorded");

  private final String description;

  TaskKind(String description) {
    this.description = description;
  }

  /**
   * What the task is, in words for a worklist.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Whether the task is closed by the generic complete-task command rather than by its own command
   * (a contact, a review, a C(E)TR, a rating or a consent record).
   *
   * @return true for meetings, partner identification, keyworker referral and place-lead awareness
   */
  public boolean isCompletedDirectly() {
    return this == MULTI_AGENCY_MEETING_OR_CETR
        || this == IDENTIFY_CETR_PARTNERS
        || this == KEYWORKER_REFERRAL
        || this == PLACE_LEAD_AWARENESS;
  }
}
