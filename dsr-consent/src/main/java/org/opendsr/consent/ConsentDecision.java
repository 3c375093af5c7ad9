package org.opendsr.consent;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link ConsentRules#decide}: a purpose is either {@link Permitted} on a basis or
 * {@link NotPermitted} with reasons a person can read. Both carry any {@link Conflict}s found for
 * review.
 */
public sealed interface ConsentDecision
    permits ConsentDecision.Permitted, ConsentDecision.NotPermitted {

  /**
   * Conflicts for a person to review; empty when there are none.
   *
   * @return the conflicts, unmodifiable
   */
  List<Conflict> conflicts();

  /**
   * Whether the purpose is permitted.
   *
   * @return true for {@link Permitted}
   */
  default boolean isPermitted() {
    return this instanceof Permitted;
  }

  /**
   * The purpose is permitted.
   *
   * @param basis the basis relied on
   * @param reliedOn the records relied on: the decision record first, then any assessment it
   *     needed; not empty (copied)
   * @param validUntil the last day the basis may be relied on: the re-check due date, or earlier
   *     when an assessment goes out of date or parental responsibility ends at 16
   * @param conflicts conflicts for review (copied)
   */
  record Permitted(
      Basis basis, List<ConsentRecord> reliedOn, LocalDate validUntil, List<Conflict> conflicts)
      implements ConsentDecision {

    /** Validates every field and copies the lists. */
    public Permitted {
      Objects.requireNonNull(basis, "basis");
      reliedOn = List.copyOf(Objects.requireNonNull(reliedOn, "reliedOn"));
      if (reliedOn.isEmpty()) {
        throw ConsentException.of(
            "reliedOn",
            "a permitted decision relies on at least one record",
            "reliedOn: a permitted decision relies on at least one record");
      }
      Objects.requireNonNull(validUntil, "validUntil");
      conflicts = List.copyOf(Objects.requireNonNull(conflicts, "conflicts"));
    }
  }

  /**
   * The purpose is not permitted.
   *
   * @param reasons why, readable by a person and free of personal data; not empty (copied)
   * @param conflicts conflicts for review (copied)
   */
  record NotPermitted(List<String> reasons, List<Conflict> conflicts) implements ConsentDecision {

    /** Validates every field and copies the lists. */
    public NotPermitted {
      reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
      if (reasons.isEmpty()) {
        throw ConsentException.of(
            "reasons",
            "a decision that is not permitted needs a reason",
            "reasons: a decision that is not permitted needs a reason");
      }
      reasons.forEach(reason -> Checks.nonBlank(reason, "reason"));
      conflicts = List.copyOf(Objects.requireNonNull(conflicts, "conflicts"));
    }
  }
}
