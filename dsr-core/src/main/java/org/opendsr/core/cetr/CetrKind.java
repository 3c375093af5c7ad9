package org.opendsr.core.cetr;

/** The kind of review, by age (national policy 2023). */
public enum CetrKind {
  /** Care, Education and Treatment Review: under 18s, always with an education element. */
  CETR,
  /** Care and Treatment Review: 18 and over. */
  CTR;

  /**
   * The kind for a person of this age.
   *
   * @param age age in completed years on the date of the review
   * @return {@link #CETR} under 18, else {@link #CTR}
   */
  public static CetrKind forAge(int age) {
    return age < 18 ? CETR : CTR;
  }

  /**
   * Whether the review has an education element: always under 18; from 18 to 25 with an Education,
   * Health and Care Plan; never from 26.
   *
   * @param age age in completed years on the date of the review
   * @param educationHealthAndCarePlan whether the person has an EHC plan
   * @return true when the education element applies
   */
  public static boolean hasEducationElement(int age, boolean educationHealthAndCarePlan) {
    return age < 18 || (age <= 25 && educationHealthAndCarePlan);
  }
}
