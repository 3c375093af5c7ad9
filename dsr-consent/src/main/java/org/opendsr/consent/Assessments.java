package org.opendsr.consent;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the assessments known on a date say about one decision for one person: the latest capacity
 * and Gillick assessments, whether they are out of date under the {@link ConsentPolicy}, and the
 * reasons shown when one is missing or stale. Used by {@link ConsentRules} to judge each decision
 * record on its own date.
 */
final class Assessments {

  /** What the assessments for this decision said on a date. */
  enum CapacityStatus {
    NONE,
    OUT_OF_DATE,
    LACKS,
    HAS
  }

  /** Whether a record is an assessment (an input to judging) rather than a decision. */
  static boolean isAssessment(ConsentRecord record) {
    return record instanceof CapacityAssessment || record instanceof GillickAssessment;
  }

  private final LocalDate dateOfBirth;
  private final Purpose purpose;
  private final List<ConsentRecord> known;
  private final List<ConsentRecord> forPurpose;
  private final ConsentPolicy policy;

  Assessments(
      LocalDate dateOfBirth,
      Purpose purpose,
      List<ConsentRecord> known,
      List<ConsentRecord> forPurpose,
      ConsentPolicy policy) {
    this.dateOfBirth = dateOfBirth;
    this.purpose = purpose;
    this.known = known;
    this.forPurpose = forPurpose;
    this.policy = policy;
  }

  int age(LocalDate on) {
    return Ages.on(dateOfBirth, on);
  }

  boolean isOutOfDate(LocalDate assessed, LocalDate on) {
    return assessed.plus(policy.capacityAssessmentStaleness()).isBefore(on);
  }

  LocalDate lastValidDay(ConsentRecord assessment) {
    return assessment.date().plus(policy.capacityAssessmentStaleness());
  }

  /**
   * The latest capacity assessment for this decision on or before a date; of several on that day,
   * one finding a lack of capacity is preferred, so the outcome never depends on list order.
   */
  Optional<CapacityAssessment> latestCapacity(LocalDate on) {
    return forPurpose.stream()
        .filter(CapacityAssessment.class::isInstance)
        .map(CapacityAssessment.class::cast)
        .filter(a -> !a.date().isAfter(on))
        .max(
            Comparator.comparing(CapacityAssessment::date)
                .thenComparing(CapacityAssessment::lacksCapacityForThisDecision));
  }

  CapacityStatus capacityStatus(LocalDate on) {
    Optional<CapacityAssessment> latest = latestCapacity(on);
    if (latest.isEmpty()) {
      return CapacityStatus.NONE;
    }
    if (isOutOfDate(latest.get().date(), on)) {
      return CapacityStatus.OUT_OF_DATE;
    }
    return latest.get().lacksCapacityForThisDecision() ? CapacityStatus.LACKS : CapacityStatus.HAS;
  }

  /**
   * The latest Gillick assessment for this decision on or before a date; of several on that day,
   * one finding the child not competent is preferred.
   */
  Optional<GillickAssessment> latestGillick(LocalDate on) {
    return forPurpose.stream()
        .filter(GillickAssessment.class::isInstance)
        .map(GillickAssessment.class::cast)
        .filter(g -> !g.date().isAfter(on))
        .max(Comparator.comparing(GillickAssessment::date).thenComparing(g -> !g.competent()));
  }

  boolean isCurrentlyGillickCompetent(LocalDate on) {
    return latestGillick(on)
        .filter(GillickAssessment::competent)
        .filter(g -> !isOutOfDate(g.date(), on))
        .isPresent();
  }

  String missingAssessment(LocalDate on) {
    boolean otherDecisionAssessed =
        known.stream()
            .filter(CapacityAssessment.class::isInstance)
            .anyMatch(a -> !a.purpose().equals(purpose) && !a.date().isAfter(on));
    return otherDecisionAssessed
        ? "capacity assessment was for a different decision"
        : "no capacity assessment for this decision";
  }

  String capacityOutOfDate(CapacityAssessment assessment) {
    return "capacity assessment for this decision out of date since "
        + lastValidDay(assessment)
        + "; reassess capacity";
  }

  String gillickOutOfDate(GillickAssessment assessment) {
    return "Gillick competence assessment for this decision out of date since "
        + lastValidDay(assessment)
        + "; reassess competence";
  }

  String hasCapacity() {
    return "the person was assessed as having capacity for this decision; their own consent is"
        + " needed";
  }
}
