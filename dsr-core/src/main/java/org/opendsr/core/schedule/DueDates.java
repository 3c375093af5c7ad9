package org.opendsr.core.schedule;

import java.time.LocalDate;
import java.util.Objects;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.rating.Rating;

/**
 * Due dates from local policy. Standards counted in working days (first contact, re-rating) are
 * counted with the {@link WorkingDayCalendar} and so always fall on a working day; standards in
 * weeks or months (reviews, C(E)TRs, place-lead awareness) are calendar periods, as national
 * guidance writes them.
 */
public final class DueDates {

  private final WorkingDayCalendar calendar;
  private final LocalPolicy policy;

  private DueDates(WorkingDayCalendar calendar, LocalPolicy policy) {
    this.calendar = calendar;
    this.policy = policy;
  }

  /**
   * Due dates for a calendar and a policy.
   *
   * @param calendar the working-day calendar
   * @param policy the local policy
   * @return the due-date rules
   */
  public static DueDates of(WorkingDayCalendar calendar, LocalPolicy policy) {
    return new DueDates(
        Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(policy, "policy"));
  }

  /**
   * First contact: the n-th working day after the referral date (Coventry and Warwickshire ICB DSR
   * page: n = 5).
   *
   * @param referralDate the date the referral was received
   * @return a working day
   */
  public LocalDate firstContact(LocalDate referralDate) {
    return calendar.addWorkingDays(referralDate, policy.firstContactWorkingDays());
  }

  /**
   * A new rating after a C(E)TR, a DSR review or a discharge.
   *
   * @param from the date of the event that asks for it
   * @return a working day (the next one if the policy allows zero days and {@code from} is not)
   */
  public LocalDate rerate(LocalDate from) {
    return calendar.onOrNextWorkingDay(
        calendar.addWorkingDays(from, policy.rerateWithinWorkingDays()));
  }

  /**
   * The first risk review, counted from the referral (local practice, configurable: "a risk review
   * within 4 weeks of referral"). Counting from the referral rather than from acceptance means a
   * referral that waited for its basis does not also wait longer for its risk review; an entry
   * accepted more than the policy's time after its referral has its first risk review overdue at
   * once.
   *
   * @param referredOn the date the referral was received
   * @return the due date
   */
  public LocalDate firstRiskReview(LocalDate referredOn) {
    return referredOn.plus(policy.firstRiskReviewWithin());
  }

  /**
   * The next DSR review.
   *
   * @param from the date of the rating or review it follows
   * @param rating the current rating
   * @return the due date
   */
  public LocalDate nextReview(LocalDate from, Rating rating) {
    return from.plus(policy.reviewInterval(rating));
  }

  /**
   * A community C(E)TR after a Red rating: for a child (under 18 on the date of the rating) within
   * a week by default, for an adult within two weeks by default (NHS England DSR and C(E)TR policy
   * (2023); see {@link org.opendsr.core.policy.CetrTimescales}).
   *
   * @param ratedOn the date of the rating
   * @param age the person's age on that date
   * @return the due date
   */
  public LocalDate communityCetr(LocalDate ratedOn, int age) {
    return ratedOn.plus(policy.cetrTimescales().communityCetrAfterRed(age));
  }

  /**
   * The post-admission C(E)TR (also used after a move of hospital).
   *
   * @param admittedOn the date of admission or move
   * @param age the person's age on that date
   * @return the due date
   */
  public LocalDate postAdmissionCetr(LocalDate admittedOn, int age) {
    return admittedOn.plus(policy.cetrTimescales().postAdmission(age));
  }

  /**
   * The next repeat C(E)TR while an inpatient. After a review is held the interval counts from the
   * date it was held; after a review is refused it counts from the date the refused review was due,
   * so the cycle keeps its rhythm and a refusal, early or late, neither shortens nor lengthens it.
   *
   * @param lastReview the date of the last review held, or the date a refused review was due
   * @param age the person's age on that date
   * @param secure whether the setting is secure
   * @return the due date
   */
  public LocalDate repeatCetr(LocalDate lastReview, int age, boolean secure) {
    return lastReview.plus(policy.cetrTimescales().repeat(age, secure));
  }

  /**
   * The place lead made aware of an admission (Local DSR and decision support tool page: 28 days).
   *
   * @param admittedOn the date of admission
   * @return the due date
   */
  public LocalDate placeLeadAwareness(LocalDate admittedOn) {
    return admittedOn.plus(policy.cetrTimescales().placeLeadAwareness());
  }
}
