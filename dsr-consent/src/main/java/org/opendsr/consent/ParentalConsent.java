package org.opendsr.consent;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Consent by a person with parental responsibility (Children Act 1989 s.3) for a child under 16
 * (NHS England DSR and C(E)TR policy (2023): consent by a person with parental responsibility for a
 * child; Local DSR and C(E)TR page for citizens: a parent consenting for a child under 16).
 *
 * <p>The child is always asked too and their view recorded (Local DSR and C(E)TR page for
 * citizens): a record without the child's view is not a valid basis ("child's view not recorded").
 * A child who disagrees does not block the parental consent but is flagged as a {@link Conflict}
 * for review. Parental consent is not a basis when the child is Gillick competent for this decision
 * (Gillick), and it stops being one at the child's 16th birthday.
 *
 * <p><b>16 and 17 year olds.</b> From 16 the Mental Capacity Act 2005 applies (s.2(5)), so parental
 * consent is never a basis for a young person of 16 or 17, whether or not they have capacity. One
 * who has capacity decides for themselves; one who lacks capacity for this decision needs a
 * best-interests decision (s.4), made with a capacity assessment for this decision and recording
 * who was consulted, parents among them (MCA Code of Practice, chapter 12: a parent cannot consent
 * for a 16 or 17 year old who lacks capacity on a matter the Act covers). The BSW ICB DSR page
 * speaks of parents consenting for "a child or young person"; national law wins, and {@link
 * ConsentRules} records such a consent as ineffective with the reason.
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
