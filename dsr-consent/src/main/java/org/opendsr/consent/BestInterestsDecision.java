package org.opendsr.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A best-interests decision under the Mental Capacity Act 2005 s4, made for a person aged 16 or
 * over who lacks capacity for this decision.
 *
 * <p>It is a valid basis only with a capacity assessment for the same decision, dated on or before
 * it and not out of date, that found the person lacks capacity. The decision maker must record who
 * was consulted (MCA s4(7): family, carers, an advocate, others), so at least one consulted party
 * is required. A decision that the purpose is not in the person's best interests ends any basis.
 *
 * @param purpose the decision made
 * @param date the date of the decision
 * @param recordedBy opaque identifier of the recording user, not blank
 * @param decisionMakerId opaque identifier of the decision maker, not blank
 * @param consulted who was consulted; not empty (copied)
 * @param reasons the decision maker's reasons, not blank; kept for the record and never copied into
 *     a {@link ConsentDecision}
 * @param inBestInterests whether the purpose was found to be in the person's best interests
 */
public record BestInterestsDecision(
    Purpose purpose,
    LocalDate date,
    String recordedBy,
    String decisionMakerId,
    List<ConsultedParty> consulted,
    String reasons,
    boolean inBestInterests)
    implements ConsentRecord {

  /** The role of someone consulted before a best-interests decision (MCA 2005 s4(7)). */
  public enum Role {
    /** A family member. */
    FAMILY,
    /** A paid or unpaid carer. */
    CARER,
    /** An advocate, including an Independent Mental Capacity Advocate. */
    ADVOCATE,
    /** Anyone else with an interest in the person's welfare. */
    OTHER
  }

  /**
   * Someone consulted before a best-interests decision.
   *
   * @param role their role
   * @param partyId an opaque identifier, not blank (never a name)
   */
  public record ConsultedParty(Role role, String partyId) {
    /** Validates every field. */
    public ConsultedParty {
      Objects.requireNonNull(role, "role");
      Checks.nonBlank(partyId, "partyId");
    }
  }

  /** Validates every field and copies the list. */
  public BestInterestsDecision {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(date, "date");
    Checks.nonBlank(decisionMakerId, "decisionMakerId");
    Checks.nonBlank(recordedBy, "recordedBy");
    consulted = List.copyOf(Objects.requireNonNull(consulted, "consulted"));
    if (consulted.isEmpty()) {
      throw ConsentException.of(
          "consulted",
          "must record who was consulted",
          "a best-interests decision must record who was consulted");
    }
    Checks.nonBlank(reasons, "reasons");
  }

  /**
   * A decision that the purpose is in the person's best interests.
   *
   * @param purpose the decision made
   * @param date the date of the decision
   * @param decisionMakerId opaque identifier of the decision maker, who also records it
   * @param consulted who was consulted, not empty
   * @param reasons the reasons, not blank
   * @return the record
   */
  public static BestInterestsDecision inFavour(
      Purpose purpose,
      LocalDate date,
      String decisionMakerId,
      List<ConsultedParty> consulted,
      String reasons) {
    return new BestInterestsDecision(
        purpose, date, decisionMakerId, decisionMakerId, consulted, reasons, true);
  }

  /**
   * A decision that the purpose is not in the person's best interests.
   *
   * @param purpose the decision made
   * @param date the date of the decision
   * @param decisionMakerId opaque identifier of the decision maker, who also records it
   * @param consulted who was consulted, not empty
   * @param reasons the reasons, not blank
   * @return the record
   */
  public static BestInterestsDecision against(
      Purpose purpose,
      LocalDate date,
      String decisionMakerId,
      List<ConsultedParty> consulted,
      String reasons) {
    return new BestInterestsDecision(
        purpose, date, decisionMakerId, decisionMakerId, consulted, reasons, false);
  }

  /**
   * A description without the free-text reasons, which may contain personal data.
   *
   * @return the purpose, date, identifiers, consulted parties and outcome
   */
  @Override
  public String toString() {
    return "BestInterestsDecision[purpose=%s, date=%s, recordedBy=%s, decisionMakerId=%s, consulted=%s, inBestInterests=%s]"
        .formatted(purpose, date, recordedBy, decisionMakerId, consulted, inBestInterests);
  }
}
