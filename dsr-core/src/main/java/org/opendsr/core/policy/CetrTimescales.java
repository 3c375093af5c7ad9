package org.opendsr.core.policy;

import java.time.Period;
import java.util.Objects;
import org.opendsr.core.ValidationException;

/**
 * How soon C(E)TRs and related steps are due. The defaults are those of national guidance (NHS
 * England, Dynamic support register and C(E)TR policy and guide, 2023) and of seed 000 for
 * place-lead awareness; a local system may shorten them.
 *
 * @param postAdmissionAdult post-admission review after an adult's admission
 * @param postAdmissionChild post-admission review after a child's admission
 * @param repeatAdultNonSecure repeat review while an adult is an inpatient in a non-secure setting
 * @param repeatAdultSecure repeat review while an adult is an inpatient in a secure setting
 * @param repeatChild repeat review while a child is an inpatient
 * @param placeLeadAwareness the local place lead made aware of an admission
 * @param communityCetrForRed a community C(E)TR after a Red rating, before an admission where
 *     possible
 */
public record CetrTimescales(
    Period postAdmissionAdult,
    Period postAdmissionChild,
    Period repeatAdultNonSecure,
    Period repeatAdultSecure,
    Period repeatChild,
    Period placeLeadAwareness,
    Period communityCetrForRed) {

  /** Validates that every timescale is positive. */
  public CetrTimescales {
    LocalPolicy.requirePositive(postAdmissionAdult, "postAdmissionAdult");
    LocalPolicy.requirePositive(postAdmissionChild, "postAdmissionChild");
    LocalPolicy.requirePositive(repeatAdultNonSecure, "repeatAdultNonSecure");
    LocalPolicy.requirePositive(repeatAdultSecure, "repeatAdultSecure");
    LocalPolicy.requirePositive(repeatChild, "repeatChild");
    LocalPolicy.requirePositive(placeLeadAwareness, "placeLeadAwareness");
    LocalPolicy.requirePositive(communityCetrForRed, "communityCetrForRed");
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
        // Seed 000: the local place lead is made aware of an admission within 28 days.
        Period.ofDays(28),
        // Local practice, configurable: national policy says a Red rating means a C(E)TR must take
        // place, before an admission where possible (children: within a week), without a number.
        Period.ofWeeks(2));
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
