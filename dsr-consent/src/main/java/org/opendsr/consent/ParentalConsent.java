package org.opendsr.consent;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Consent by a person with parental responsibility for a child under 16 (seed 001: "their parents
 * would need to give their consent"; seed 003).
 *
 * <p>The child is always asked too and their view recorded (DOMAIN.md; seed 001): a record without
 * the child's view is not a valid basis ("child's view not recorded"). A child who disagrees does
 * not block the parental consent but is flagged as a {@link Conflict} for review. Parental consent
 * is not a basis when the child is Gillick competent for this decision, and it stops being one at
 * the child's 16th birthday, when the Mental Capacity Act 2005 applies.
 *
 * @param purpose what the consent is for
 * @param date the date consent was given
 * @param recordedBy opaque identifier of the recording user, not blank
 * @param parentId opaque identifier of the person with parental responsibility, not blank
 * @param childsView the child's own view, empty when it was not recorded
 */
public record ParentalConsent(
    Purpose purpose,
    LocalDate date,
    String recordedBy,
    String parentId,
    Optional<ChildsView> childsView)
    implements ConsentRecord {

  /** What the child said when asked. */
  public enum ChildsView {
    /** The child agrees. */
    AGREES,
    /** The child disagrees; recorded as a conflict for review. */
    DISAGREES,
    /** The child was asked, with support, but could not express a view. */
    COULD_NOT_EXPRESS
  }

  /** Validates every field. */
  public ParentalConsent {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(date, "date");
    Checks.nonBlank(recordedBy, "recordedBy");
    Checks.nonBlank(parentId, "parentId");
    Objects.requireNonNull(childsView, "childsView");
  }

  /**
   * Parental consent with the child's view recorded.
   *
   * @param purpose what the consent is for
   * @param date the date consent was given
   * @param parentId opaque identifier of the person with parental responsibility
   * @param childsView what the child said
   * @param recordedBy opaque identifier of the recording user
   * @return the record
   */
  public static ParentalConsent withChildsView(
      Purpose purpose, LocalDate date, String parentId, ChildsView childsView, String recordedBy) {
    Objects.requireNonNull(childsView, "childsView");
    return new ParentalConsent(purpose, date, recordedBy, parentId, Optional.of(childsView));
  }

  /**
   * Parental consent where the child's view was not recorded; never a valid basis on its own.
   *
   * @param purpose what the consent is for
   * @param date the date consent was given
   * @param parentId opaque identifier of the person with parental responsibility
   * @param recordedBy opaque identifier of the recording user
   * @return the record
   */
  public static ParentalConsent withoutChildsView(
      Purpose purpose, LocalDate date, String parentId, String recordedBy) {
    return new ParentalConsent(purpose, date, recordedBy, parentId, Optional.empty());
  }
}
