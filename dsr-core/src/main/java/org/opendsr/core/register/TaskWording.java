package org.opendsr.core.register;

import java.time.Period;
import java.util.List;
import org.opendsr.core.schedule.Task;
import org.opendsr.rating.Rating;

/**
 * The details of the tasks the register opens, as people read them on a worklist: every one in one
 * place, so the wording stays consistent and is changed here only.
 */
final class TaskWording {

  static final String CONSENT_RECHECK = "inclusion basis to be re-checked before it lapses";
  static final String RED_COMMUNITY_CETR = "community C(E)TR for a Red rating";
  static final String AMBER_MEETING_OR_CETR = "for an Amber rating";
  static final String GREEN_CETR_PARTNERS = "for a Green rating";
  static final String RERATE_AFTER_DSR_REVIEW = "after a DSR review";
  static final String RERATE_AFTER_DISCHARGE = "after discharge from hospital";
  static final String CETR_PLANNED = "planned by the register";
  static final String CETR_REPEAT_AS_INPATIENT = "repeat review while an inpatient";
  static final String CETR_AFTER_ADMISSION = "post-admission review";
  static final String CETR_ON_HOSPITAL_MOVE = "review on a move of hospital";
  static final String PLACE_LEAD_AWARENESS = "local place lead to be made aware of the admission";
  static final String ADMISSION_DATE =
      "in hospital, admission date not known: record it so the post-admission review and the"
          + " place lead's awareness can be scheduled";

  private TaskWording() {}

  static String firstContactAfterReferral(int workingDays) {
    return workingDays + " working days from referral";
  }

  static String firstContactAfterCarryOver(int workingDays, List<String> missing) {
    String rule = missing.isEmpty() ? "" : " (" + String.join("; ", missing) + ")";
    if (missing.contains(CHILDS_VIEW_NOT_RECORDED)) {
      rule += ": the child's view must be recorded with the parental consent";
    }
    return "to seek a basis for inclusion"
        + rule
        + ", "
        + workingDays
        + " working days from carrying over";
  }

  /** The consent rules' reason when a parent's consent lacks the child's view. */
  private static final String CHILDS_VIEW_NOT_RECORDED = "child's view not recorded";

  static String firstRiskReviewAfterReferral(Period within) {
    return "within " + readable(within) + " of referral";
  }

  static String firstRiskReviewAfterCarryOver(Period within) {
    return "within " + readable(within) + " of carrying over";
  }

  static String nextReview(Rating rating) {
    return "next review for " + article(rating.label()) + " " + rating.label() + " rating";
  }

  static String keyworkerReferral(Rating rating) {
    return "ages 0-25 at " + rating.label();
  }

  static String rerateAfterCetr(Task cetr) {
    return "after C(E)TR " + cetr.id();
  }

  /** "28 days" rather than the ISO form "P28D". */
  private static String readable(Period period) {
    StringBuilder out = new StringBuilder();
    append(out, period.getYears(), "year");
    append(out, period.getMonths(), "month");
    append(out, period.getDays(), "day");
    return out.length() == 0 ? "0 days" : out.toString();
  }

  private static void append(StringBuilder out, int amount, String unit) {
    if (amount != 0) {
      out.append(out.length() == 0 ? "" : " ").append(amount).append(' ').append(unit);
      out.append(amount == 1 ? "" : "s");
    }
  }

  private static String article(String word) {
    return "AEIOU".indexOf(Character.toUpperCase(word.charAt(0))) >= 0 ? "an" : "a";
  }
}
