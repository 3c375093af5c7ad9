package org.opendsr.consent;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a child under 16 is Gillick competent for one decision: has enough understanding and
 * intelligence to understand fully what is proposed.
 *
 * <p>A competent child consents or refuses for themselves; a person with parental responsibility
 * then cannot consent instead. Like a capacity assessment it is decision-specific and goes out of
 * date after {@link ConsentPolicy#capacityAssessmentStaleness()}. It has no effect from age 16,
 * when the Mental Capacity Act 2005 applies.
 *
 * @param purpose the decision assessed
 * @param date the date of the assessment
 * @param recordedBy opaque identifier of the assessor, not blank
 * @param competent whether the child was found competent for this decision
 */
public record GillickAssessment(
    Purpose purpose, LocalDate date, String recordedBy, boolean competent)
    implements ConsentRecord {

  /** Validates every field. */
  public GillickAssessment {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(date, "date");
    Checks.nonBlank(recordedBy, "recordedBy");
  }

  /**
   * A child found Gillick competent for this decision.
   *
   * @param purpose the decision assessed
   * @param date the date of the assessment
   * @param assessorId opaque identifier of the assessor
   * @return the record
   */
  public static GillickAssessment competent(Purpose purpose, LocalDate date, String assessorId) {
    return new GillickAssessment(purpose, date, assessorId, true);
  }

  /**
   * A child found not Gillick competent for this decision.
   *
   * @param purpose the decision assessed
   * @param date the date of the assessment
   * @param assessorId opaque identifier of the assessor
   * @return the record
   */
  public static GillickAssessment notCompetent(Purpose purpose, LocalDate date, String assessorId) {
    return new GillickAssessment(purpose, date, assessorId, false);
  }
}
