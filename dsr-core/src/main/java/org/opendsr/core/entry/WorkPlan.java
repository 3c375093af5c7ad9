package org.opendsr.core.entry;

import java.util.List;
import java.util.Objects;
import org.opendsr.core.schedule.Task;

/**
 * What is being done for the person: the action plan agreed and the register's due work.
 *
 * @param actions the action plan, in the order added
 * @param tasks due work, open and closed, in the order opened
 */
public record WorkPlan(List<Action> actions, List<Task> tasks) {

  /** Copies both lists. */
  public WorkPlan {
    actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
    tasks = List.copyOf(Objects.requireNonNull(tasks, "tasks"));
  }

  /**
   * Nothing planned and nothing due.
   *
   * @return an empty plan
   */
  public static WorkPlan none() {
    return new WorkPlan(List.of(), List.of());
  }

  /**
   * This plan with other actions.
   *
   * @param newActions the actions
   * @return a new plan
   */
  public WorkPlan withActions(List<Action> newActions) {
    return new WorkPlan(newActions, tasks);
  }

  /**
   * This plan with other tasks.
   *
   * @param newTasks the tasks
   * @return a new plan
   */
  public WorkPlan withTasks(List<Task> newTasks) {
    return new WorkPlan(actions, newTasks);
  }
}
