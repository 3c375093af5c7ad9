package org.opendsr.core.entry;

import java.util.Objects;

/**
 * One action of the entry's action plan, with its id and current status.
 *
 * @param id the id the register gave it, unique within the entry
 * @param plan what was agreed
 * @param status where it stands
 */
public record Action(String id, PlannedAction plan, ActionStatus status) {

  /** Validates every part. */
  public Action {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(status, "status");
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
