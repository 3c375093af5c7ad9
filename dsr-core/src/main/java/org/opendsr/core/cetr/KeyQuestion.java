package org.opendsr.core.cetr;

/** The five things every C(E)TR asks (national policy 2023). */
public enum KeyQuestion {
  /** Is the person safe? */
  IS_SAFE("Is the person safe?"),
  /** Are they getting good care? */
  GOOD_CARE("Are they getting good care?"),
  /** What are their plans for the future? */
  FUTURE_PLANS("What are their plans for the future?"),
  /** Can care and treatment be provided in the community? */
  COMMUNITY_CARE_POSSIBLE("Can care and treatment be provided in the community?"),
  /** Are their education needs met? Asked when the review has an education element. */
  EDUCATION_NEEDS_MET("Are their education needs being met?");

  private final String text;

  KeyQuestion(String text) {
    this.text = text;
  }

  /**
   * The question as asked.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Whether the question must be answered at a review.
   *
   * @param educationElement whether the review has an education element
   * @return true for the first four always, and the education question with the element
   */
  public boolean isAskedAt(boolean educationElement) {
    return this != EDUCATION_NEEDS_MET || educationElement;
  }
}
