package org.opendsr.fhir;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.ValidationException;

/**
 * One action on a person's action plan: what is to be done, by which agency, by when, and how far
 * it has got (DOMAIN.md minimum data set: "action plan with recommended services").
 *
 * @param id the register's identifier of the action; not blank
 * @param description what is to be done; not blank; may hold personal detail, so never printed by
 *     {@link #toString()}
 * @param agencyId the agency responsible; not blank
 * @param due the date it should be done by, if agreed
 * @param status how far it has got
 */
public record PlannedAction(
    String id, String description, String agencyId, Optional<LocalDate> due, Status status) {

  /** How far an action has got. */
  public enum Status {
    /** Agreed but not started. */
    NOT_STARTED,
    /** Under way. */
    IN_PROGRESS,
    /** Done. */
    DONE,
    /** No longer to be done. */
    CANCELLED
  }

  /**
   * Validates every part.
   *
   * @throws ValidationException naming the blank field
   */
  public PlannedAction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(agencyId, "agencyId");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(status, "status");
    if (id.isBlank()) {
      throw ValidationException.of("action.id", "must not be blank");
    }
    if (description.isBlank()) {
      throw ValidationException.of("action.description", "must not be blank");
    }
    if (agencyId.isBlank()) {
      throw ValidationException.of("action.agencyId", "must not be blank");
    }
  }

  /** Shows the id, agency and status only. */
  @Override
  public String toString() {
    return "PlannedAction[id=" + id + ", agencyId=" + agencyId + ", status=" + status + "]";
  }
}
