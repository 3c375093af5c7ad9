package org.opendsr.core.schedule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.ValidationException;

/**
 * One piece of due work on an entry.
 *
 * @param id unique within the entry; for a C(E)TR it is also the review id
 * @param kind what kind of work
 * @param opened the date the task was opened
 * @param due the date it is due
 * @param detail why it was opened, free of personal data (e.g. "post-admission review")
 * @param closedOn the date it was closed, once closed
 * @param outcome how it was closed, once closed
 */
public record Task(
    TaskId id,
    TaskKind kind,
    LocalDate opened,
    LocalDate due,
    String detail,
    Optional<LocalDate> closedOn,
    Optional<TaskOutcome> outcome) {

  /** Validates every part; a task is closed with both a date and an outcome or neither. */
  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(opened, "opened");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(closedOn, "closedOn");
    Objects.requireNonNull(outcome, "outcome");
    if (closedOn.isPresent() != outcome.isPresent()) {
      throw ValidationException.of("outcome", "a closed task needs both a date and an outcome");
    }
  }

  /**
   * A task with an id given as text, as the register's stores and files hold it.
   *
   * @param id the id
   * @param kind what kind of work
   * @param opened the date the task was opened
   * @param due the date it is due
   * @param detail why it was opened
   * @param closedOn the date it was closed, once closed
   * @param outcome how it was closed, once closed
   * @throws org.opendsr.core.ValidationException if the id is not well formed
   */
  public Task(
      String id,
      TaskKind kind,
      LocalDate opened,
      LocalDate due,
      String detail,
      Optional<LocalDate> closedOn,
      Optional<TaskOutcome> outcome) {
    this(TaskId.of(id), kind, opened, due, detail, closedOn, outcome);
  }

  /**
   * An open task.
   *
   * @param id id
   * @param kind kind
   * @param opened opened on
   * @param due due on
   * @param detail why
   * @return the task
   */
  public static Task open(
      TaskId id, TaskKind kind, LocalDate opened, LocalDate due, String detail) {
    return new Task(id, kind, opened, due, detail, Optional.empty(), Optional.empty());
  }

  /**
   * An open task, its id given as text.
   *
   * @param id id
   * @param kind kind
   * @param opened opened on
   * @param due due on
   * @param detail why
   * @return the task
   * @throws org.opendsr.core.ValidationException if the id is not well formed
   */
  public static Task open(
      String id, TaskKind kind, LocalDate opened, LocalDate due, String detail) {
    return open(TaskId.of(id), kind, opened, due, detail);
  }

  /**
   * Whether the task is still open.
   *
   * @return true until closed
   */
  public boolean isOpen() {
    return closedOn.isEmpty();
  }

  /**
   * Whether the task was open at the end of a date: opened on or before it and not closed by it.
   *
   * @param date the date
   * @return true if open on that date
   */
  public boolean wasOpenOn(LocalDate date) {
    return !opened.isAfter(date) && closedOn.map(c -> c.isAfter(date)).orElse(true);
  }

  /**
   * This task closed.
   *
   * @param on the date
   * @param how the outcome
   * @return a closed task
   */
  public Task close(LocalDate on, TaskOutcome how) {
    return new Task(id, kind, opened, due, detail, Optional.of(on), Optional.of(how));
  }
}
