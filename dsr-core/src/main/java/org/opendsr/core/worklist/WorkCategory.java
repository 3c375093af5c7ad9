package org.opendsr.core.worklist;

import org.opendsr.core.schedule.TaskKind;

/** The columns of a worklist. */
public enum WorkCategory {
  /** First contact with a referred person. */
  FIRST_CONTACT,
  /** First risk review, DSR reviews and re-ratings. */
  REVIEW,
  /** C(E)TRs, and the admission date a post-admission C(E)TR waits for. */
  CETR,
  /** The other linked processes of a rating: meetings, C(E)TR partners, keyworker referral. */
  LINKED_PROCESS,
  /** Actions of action plans. */
  ACTION,
  /** Consent re-checks before the inclusion basis lapses. */
  CONSENT_RECHECK,
  /** Place lead made aware of an admission. */
  PLACE_LEAD_AWARENESS;

  /**
   * The column a task belongs in.
   *
   * @param kind the task's kind
   * @return the category
   */
  public static WorkCategory of(TaskKind kind) {
    return switch (kind) {
      case FIRST_CONTACT -> FIRST_CONTACT;
      case FIRST_RISK_REVIEW, DSR_REVIEW, RERATE -> REVIEW;
      case CETR, ADMISSION_DATE -> CETR;
      case MULTI_AGENCY_MEETING_OR_CETR, IDENTIFY_CETR_PARTNERS, KEYWORKER_REFERRAL ->
          LINKED_PROCESS;
      case CONSENT_RECHECK -> CONSENT_RECHECK;
      case PLACE_LEAD_AWARENESS -> PLACE_LEAD_AWARENESS;
    };
  }
}
