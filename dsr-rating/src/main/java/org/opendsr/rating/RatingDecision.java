package org.opendsr.rating;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an instrument suggests for an assessment, and why.
 *
 * <p>A decision is a value: the same assessment, instrument and policy always give an equal
 * decision. It is a suggestion; the rating on the register is a {@link RecordedRating}, which a
 * clinician may override with a reason.
 *
 * @param suggestedRating the suggested rating; not null
 * @param reasons every rule that fired, in the instrument's rule order (Blue precedence alone for
 *     an inpatient; the baseline when no rule fired); never empty
 * @param linkedProcesses the processes that apply to the suggested rating for this person; must
 *     equal {@code LinkedProcess.applicableTo(suggestedRating, keyworkerCriteriaMet, policy)}
 * @param instrumentId the id of the instrument used; not blank
 * @param instrumentVersion the version of the instrument used; not blank
 * @param assessmentDate the date the rating was made for; not null
 * @param keyworkerCriteriaMet whether, apart from the rating, the person qualified for a keyworker
 *     referral on the assessment date (in the age range, not already known)
 * @param policy the local options applied; not null
 */
public record RatingDecision(
    Rating suggestedRating,
    List<Reason> reasons,
    List<LinkedProcess> linkedProcesses,
    String instrumentId,
    String instrumentVersion,
    LocalDate assessmentDate,
    boolean keyworkerCriteriaMet,
    RatingPolicy policy) {

  /**
   * Checks and copies the arguments.
   *
   * @throws RatingException if there is no reason, or the linked processes do not follow from the
   *     rating, the keyworker criteria and the policy
   */
  public RatingDecision {
    Objects.requireNonNull(suggestedRating, "suggestedRating");
    reasons = ReasonList.copyOf(Objects.requireNonNull(reasons, "reasons"));
    linkedProcesses = List.copyOf(Objects.requireNonNull(linkedProcesses, "linkedProcesses"));
    Objects.requireNonNull(instrumentId, "instrumentId");
    Objects.requireNonNull(instrumentVersion, "instrumentVersion");
    Objects.requireNonNull(assessmentDate, "assessmentDate");
    Objects.requireNonNull(policy, "policy");
    if (reasons.isEmpty()) {
      throw RatingException.of(
          "reasons",
          "a rating decision needs at least one reason",
          "a rating decision needs at least one reason");
    }
    if (!linkedProcesses.equals(
        LinkedProcess.applicableTo(suggestedRating, keyworkerCriteriaMet, policy))) {
      throw RatingException.of(
          "linkedProcesses",
          "must follow from the rating and the policy",
          "linkedProcesses must follow from the rating and the policy");
    }
  }

  /**
   * The processes that would apply to another rating for the same person, date and policy; used
   * when a clinician overrides the suggestion.
   *
   * @param rating a rating; not null
   * @return an immutable list of linked processes
   */
  public List<LinkedProcess> linkedProcessesFor(Rating rating) {
    return LinkedProcess.applicableTo(rating, keyworkerCriteriaMet, policy);
  }

  /**
   * Whether a linked process applies to this suggestion.
   *
   * @param process the process; not null
   * @return {@code true} when it is among {@link #linkedProcesses()}
   */
  public boolean requires(LinkedProcess process) {
    return linkedProcesses.contains(Objects.requireNonNull(process, "process"));
  }

  /**
   * How this suggestion compares with an earlier one.
   *
   * @param previous the earlier decision; not null
   * @return escalated, de-escalated or unchanged
   */
  public RatingChange changeFrom(RatingDecision previous) {
    return RatingChange.between(previous.suggestedRating(), suggestedRating);
  }
}
