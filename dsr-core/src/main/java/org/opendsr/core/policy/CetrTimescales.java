package org.opendsr.core.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.opendsr.core.ValidationException;

/**
 * How soon C(E)TRs and related steps are due. The defaults are those of NHS England DSR and C(E)TR
 * policy (2023), of the Local DSR and decision support tool page for place-lead awareness, and of
 * local practice, configurable, where national policy sets no number; a local system may shorten
 * them. "Child" means under 18 on the date the timescale counts from (a C(E)TR is a CETR, with its
 * education element, for under 18s).
 *
 * @param postAdmissionAdult post-admission review after an adult's admission
 * @param postAdmissionChild post-admission review after a child's admission
 * @param repeatAdultNonSecure repeat review while an adult is an inpatient in a non-secure setting
 * @param repeatAdultSecure repeat review while an adult is an inpatient in a secure setting
 * @param repeatChild repeat review while a child is an inpatient
 * @param placeLeadAwareness the local place lead made aware of an admission
 * @param communityCetrForRed a community C(E)TR after an adult's (18 and over) Red rating, before
 *     an admission where possible
 * @param communityCetrForRedChild a community CETR after a child's (under 18) Red rating
 */
public record CetrTimescales(
    Period postAdmissionAdult,
    Period postAdmissionChild,
    Period repeatAdultNonSecure,
    Period repeatAdultSecure,
    Period repeatChild,
    Period placeLeadAwareness,
    Period communityCetrForRed,
    Period communityCetrForRedChild) {

  /**
   * NHS England DSR and C(E)TR policy (2023): a child's community CETR after a Red rating takes
   * place before an admission, or within a week.
   */
  public static final Period NATIONAL_COMMUNITY_CETR_FOR_RED_CHILD = Period.ofWeeks(1);

  /** Validates that every timescale is positive. */
  public CetrTimescales {
    LocalPolicy.requirePositive(postAdmissionAdult, "postAdmissionAdult");
    LocalPolicy.requirePositive(postAdmissionChild, "postAdmissionChild");
    LocalPolicy.requirePositive(repeatAdultNonSecure, "repeatAdultNonSecure");
    LocalPolicy.requirePositive(repeatAdultSecure, "repeatAdultSecure");
    LocalPolicy.requirePositive(repeatChild, "repeatChild");
    LocalPolicy.requirePositive(placeLeadAwareness, "placeLeadAwareness");
    LocalPolicy.requirePositive(communityCetrForRed, "communityCetrForRed");
    LocalPolicy.requirePositive(communityCetrForRedChild, "communityCetrForRedChild");
  }

  /**
   * Timescales with one community C(E)TR timescale for every age, as they were given before the
   * children's timescale was separate. Children get the national week ({@link
   * #NATIONAL_COMMUNITY_CETR_FOR_RED_CHILD}), or the timescale given if it is shorter, so a local
   * system that had set a shorter one for everybody keeps it for children.
   *
   * @param postAdmissionAdult post-admission review after an adult's admission
   * @param postAdmissionChild post-admission review after a child's admission
   * @param repeatAdultNonSecure repeat review while an adult is an inpatient, non-secure
   * @param repeatAdultSecure repeat review while an adult is an inpatient, secure
   * @param repeatChild repeat review while a child is an inpatient
   * @param placeLeadAwareness the local place lead made aware of an admission
   * @param communityCetrForRed a community C(E)TR after a Red rating, for adults (and children if
   *     shorter than the national week)
   */
  public CetrTimescales(
      Period postAdmissionAdult,
      Period postAdmissionChild,
      Period repeatAdultNonSecure,
      Period repeatAdultSecure,
      Period repeatChild,
      Period placeLeadAwareness,
      Period communityCetrForRed) {
    this(
        postAdmissionAdult,
        postAdmissionChild,
        repeatAdultNonSecure,
        repeatAdultSecure,
        repeatChild,
        placeLeadAwareness,
        communityCetrForRed,
        childDefault(communityCetrForRed));
  }

  /**
   * The children's community CETR timescale to use where only one community timescale is given: the
   * national week, or the given one if it is shorter.
   *
   * @param communityCetrForRed the one timescale given
   * @return the children's timescale
   */
  public static Period childDefault(Period communityCetrForRed) {
    check(communityCetrForRed, "communityCetrForRed");
    LocalDate from = LocalDate.of(2000, 1, 1);
    return from.plus(communityCetrForRed).isBefore(from.plus(NATIONAL_COMMUNITY_CETR_FOR_RED_CHILD))
        ? communityCetrForRed
        : NATIONAL_COMMUNITY_CETR_FOR_RED_CHILD;
  }

  /**
   * The national timescales.
   *
   * @return the defaults
   */
  public static CetrTimescales national() {
    return new CetrTimescales(
        // National policy 2023: post-admission C(E)TR within 4 weeks for adults.
        Period.ofWeeks(4),
        // National policy 2023: post-admission C(E)TR within 2 weeks for children.
        Period.ofWeeks(2),
        // National policy 2023: repeat every 6 months for adults in non-secure settings.
        Period.ofMonths(6),
        // National policy 2023: repeat every 12 months for adults in secure settings.
        Period.ofMonths(12),
        // National policy 2023: repeat every 3 months for children.
        Period.ofMonths(3),
        // Local DSR and decision support tool page: the local place lead is made aware of an
        // admission within 28 days.
        Period.ofDays(28),
        // Local practice, configurable: NHS England DSR and C(E)TR policy (2023) says a Red
        // rating means a C(E)TR must take place, before an admission where possible, and sets no
        // number for adults; two weeks.
        Period.ofWeeks(2),
        // NHS England DSR and C(E)TR policy (2023): for children, before an admission or within a
        // week.
        NATIONAL_COMMUNITY_CETR_FOR_RED_CHILD);
  }

  /**
   * The post-admission review timescale for a person of this age.
   *
   * @param age age in completed years on the admission date
   * @return 2 weeks (default) for under 18s, 4 weeks (default) from 18
   */
  public Period postAdmission(int age) {
    return age < 18 ? postAdmissionChild : postAdmissionAdult;
  }

  /**
   * The community C(E)TR timescale after a Red rating for a person of this age.
   *
   * @param age age in completed years on the date of the rating
   * @return 1 week (default) for under 18s, 2 weeks (default) from 18
   */
  public Period communityCetrAfterRed(int age) {
    return age < 18 ? communityCetrForRedChild : communityCetrForRed;
  }

  /**
   * These timescales with another community C(E)TR timescale after an adult's Red rating.
   *
   * @param adult the timescale for people aged 18 and over, positive
   * @return new timescales; the children's one is unchanged
   */
  public CetrTimescales withCommunityCetrForRed(Period adult) {
    return new CetrTimescales(
        postAdmissionAdult,
        postAdmissionChild,
        repeatAdultNonSecure,
        repeatAdultSecure,
        repeatChild,
        placeLeadAwareness,
        adult,
        communityCetrForRedChild);
  }

  /**
   * These timescales with another community CETR timescale after a child's Red rating.
   *
   * @param child the timescale for people under 18, positive
   * @return new timescales; the adults' one is unchanged
   */
  public CetrTimescales withCommunityCetrForRedChild(Period child) {
    return new CetrTimescales(
        postAdmissionAdult,
        postAdmissionChild,
        repeatAdultNonSecure,
        repeatAdultSecure,
        repeatChild,
        placeLeadAwareness,
        communityCetrForRed,
        child);
  }

  /**
   * The repeat interval while an inpatient.
   *
   * @param age age in completed years on the date of the last review
   * @param secure whether the hospital setting is secure
   * @return the interval for children, adults in secure or in non-secure settings
   */
  public Period repeat(int age, boolean secure) {
    if (age < 18) {
      return repeatChild;
    }
    return secure ? repeatAdultSecure : repeatAdultNonSecure;
  }

  static void check(Period period, String field) {
    Objects.requireNonNull(period, field);
    if (period.isZero() || period.isNegative()) {
      throw ValidationException.of(field, "must be a positive period");
    }
  }
}
