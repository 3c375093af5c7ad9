package org.opendsr.core.entry;

import java.util.Objects;

/**
 * One action of the entry's action plan, with its id and current status.
 *
 * @param id the id the register gave it, unique within the entry
 * @param plan what was agreed
 * @param status where it stands
 */
public record Action(ActionId id, PlannedAction plan, ActionStatus status) {

  /** Validates every part. */
  public Action {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(status, "status");
  }

  /**
   * An action with an id given as text, as the register's stores and files hold it.
   *
   * @param id the id
   * @param plan what was agreed
   * @param status where it stands
   * @throws org.opendsr.core.ValidationException if the id is not well formed
   */
  public Action(String id, PlannedAction plan, ActionStatus status) {
    this(ActionId.of(id), plan, status);
  }

  /**
   * This action with another status.
   *
   * @param newStatus the status
   * @return a new action
   */
  public Action withStatus(ActionStatus newStatus) {
    return new Action(id, plan, newStatus);
  }
}
