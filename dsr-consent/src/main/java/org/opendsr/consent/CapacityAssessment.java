package org.opendsr.consent;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A Mental Capacity Act 2005 assessment for one decision on one date (MCA s2-s3).
 *
 * <p>Capacity is decision-specific and time-specific: this assessment covers only its {@link
 * #purpose()} and goes out of date after {@link ConsentPolicy#capacityAssessmentStaleness()}. The
 * two-stage test: stage 1, is there an impairment of, or disturbance in the functioning of, the
 * mind or brain; stage 2, does it mean the person is unable to understand, retain, use or weigh the
 * information, or communicate the decision. The person lacks capacity only if stage 1 is yes and at
 * least one stage 2 inability is recorded; otherwise capacity is confirmed.
 *
 * @param purpose the decision the assessment was for
 * @param date the date of the assessment
 * @param recordedBy opaque identifier of the assessor, not blank
 * @param impairmentOfMindOrBrain stage 1 answer
 * @param inabilities stage 2 answers: the abilities the person lacks for this decision (copied; may
 *     be empty)
 */
public record CapacityAssessment(
    Purpose purpose,
    LocalDate date,
    String recordedBy,
    boolean impairmentOfMindOrBrain,
    Set<Inability> inabilities)
    implements ConsentRecord {

  /** The four abilities of stage 2 of the test (MCA 2005 s3(1)). */
  public enum Inability {
    /** Unable to understand the information relevant to the decision. */
    UNDERSTAND,
    /** Unable to retain that information. */
    RETAIN,
    /** Unable to use or weigh that information as part of deciding. */
    USE_OR_WEIGH,
    /** Unable to communicate the decision by any means. */
    COMMUNICATE
  }

  /** Validates every field and copies the set. */
  public CapacityAssessment {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(date, "date");
    Checks.nonBlank(recordedBy, "recordedBy");
    Objects.requireNonNull(inabilities, "inabilities");
    inabilities = inabilities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(inabilities));
  }

  /**
   * An assessment that found the person lacks capacity for this decision (stage 1 yes).
   *
   * @param purpose the decision assessed
   * @param date the date of the assessment
   * @param assessorId opaque identifier of the assessor
   * @param inabilities the stage 2 inabilities found; at least one
   * @return the record
   * @throws ConsentException if no inability is given
   */
  public static CapacityAssessment lacksCapacity(
      Purpose purpose, LocalDate date, String assessorId, Set<Inability> inabilities) {
    Objects.requireNonNull(inabilities, "inabilities");
    if (inabilities.isEmpty()) {
      throw ConsentException.of(
          "inabilities",
          "needs at least one stage 2 answer",
          "a finding of lacking capacity needs at least one stage 2 answer");
    }
    return new CapacityAssessment(purpose, date, assessorId, true, inabilities);
  }

  /**
   * An assessment that found the person has capacity for this decision.
   *
   * @param purpose the decision assessed
   * @param date the date of the assessment
   * @param assessorId opaque identifier of the assessor
   * @return the record
   */
  public static CapacityAssessment hasCapacity(Purpose purpose, LocalDate date, String assessorId) {
    return new CapacityAssessment(purpose, date, assessorId, false, Set.of());
  }

  /**
   * The outcome of the two-stage test.
   *
   * @return true if stage 1 is yes and at least one stage 2 inability was found
   */
  public boolean lacksCapacityForThisDecision() {
    return impairmentOfMindOrBrain && !inabilities.isEmpty();
  }
}
