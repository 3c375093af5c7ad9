package org.opendsr.core.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * An action as agreed, before the register gives it an id: what, who owns it, for which agency, by
 * when, and the recommended service if any. The description may name people, so {@link #toString()}
 * hides it.
 *
 * @param description what is to be done
 * @param ownerId opaque id of the professional who owns it
 * @param agencyId the agency responsible
 * @param due the date it is due
 * @param recommendedService a service recommended by the action plan, if any
 */
public record PlannedAction(
    String description,
    String ownerId,
    String agencyId,
    LocalDate due,
    Optional<String> recommendedService) {

  /** Validates every part and reports every problem. */
  public PlannedAction {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(recommendedService, "recommendedService");
    recommendedService = recommendedService.map(String::strip).filter(s -> !s.isEmpty());
    List<Violation> problems = new ArrayList<>();
    if (description.isBlank()) {
      problems.add(Violation.of("action.description", "must not be blank"));
    } else if (description.length() > CaseSummary.MAX_LENGTH) {
      problems.add(
          Violation.of(
              "action.description", "must be at most " + CaseSummary.MAX_LENGTH + " characters"));
    }
    if (ownerId.isBlank()) {
      problems.add(Violation.of("action.ownerId", "must not be blank"));
    }
    if (agencyId.isBlank()) {
      problems.add(Violation.of("action.agencyId", "must not be blank"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /**
   * An action without a recommended service.
   *
   * @param description what
   * @param ownerId who owns it
   * @param agencyId which agency
   * @param due by when
   * @return the action
   */
  public static PlannedAction of(
      String description, String ownerId, String agencyId, LocalDate due) {
    return new PlannedAction(description, ownerId, agencyId, due, Optional.empty());
  }

  /** Shows no free text. */
  @Override
  public String toString() {
    return "PlannedAction[ownerId=" + ownerId + ", agencyId=" + agencyId + ", due=" + due + "]";
  }
}
