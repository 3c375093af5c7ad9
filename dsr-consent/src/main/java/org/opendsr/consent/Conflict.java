package org.opendsr.consent;

/**
 * A disagreement the rules do not resolve silently: the decision stands, and the conflict is shown
 * with it so that a person reviews it. Descriptions contain no personal data.
 */
public enum Conflict {
  /**
   * A young person with capacity refused while a person with parental responsibility consented.
   * Parental responsibility does not override a capable refusal for DSR purposes (MCA Code of
   * Practice, chapter 12).
   */
  CAPABLE_REFUSAL_AND_PARENTAL_CONSENT(
      "a capable refusal by the young person and consent by a person with parental responsibility"
          + " disagree; the refusal stands, review"),

  /** The child said they disagree with consent given by a person with parental responsibility. */
  CHILD_DISAGREES_WITH_PARENTAL_CONSENT(
      "the child disagrees with consent by a person with parental responsibility; review"),

  /** A person assessed as lacking capacity for this decision refused. */
  REFUSAL_BY_PERSON_LACKING_CAPACITY(
      "the person refused while assessed as lacking capacity for this decision; review the"
          + " best-interests decision"),

  /** A child under 16 not assessed as Gillick competent for this decision refused. */
  REFUSAL_BY_CHILD_NOT_GILLICK_COMPETENT(
      "the child refused but is not assessed as Gillick competent for this decision; review with"
          + " the person with parental responsibility");

  private final String description;

  Conflict(String description) {
    this.description = description;
  }

  /**
   * What a reviewer should look at, free of personal data.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
