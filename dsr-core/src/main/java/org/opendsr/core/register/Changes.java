package org.opendsr.core.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskId;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;

/**
 * The events one command produces, applied as they are added so that later decisions in the same
 * command see earlier ones (e.g. a task opened by a rating is not opened twice).
 */
final class Changes {

  private final EntryProjection projection = new EntryProjection();
  private final List<RegisterEvent> events = new ArrayList<>();
  private Entry current;

  private Changes() {}

  static Changes forNewEntry() {
    return new Changes();
  }

  static Changes after(List<RecordedEvent> history) {
    Changes changes = new Changes();
    for (RecordedEvent e : history) {
      changes.projection.apply(e.change());
    }
    changes.current = changes.projection.entry();
    return changes;
  }

  Changes add(RegisterEvent event) {
    projection.apply(event);
    events.add(event);
    current = projection.entry();
    return this;
  }

  Entry entry() {
    return current;
  }

  List<RegisterEvent> events() {
    return List.copyOf(events);
  }

  Task openTask(TaskKind kind, LocalDate opened, LocalDate due, String detail) {
    TaskId id = TaskId.of(current.id() + "-T" + (current.tasks().size() + 1));
    Task task = Task.open(id, kind, opened, due, detail);
    add(new RegisterEvent.TaskOpened(task));
    return task;
  }

  void openTaskUnlessOpen(TaskKind kind, LocalDate opened, LocalDate due, String detail) {
    if (current.openTasks(kind).isEmpty()) {
      openTask(kind, opened, due, detail);
    }
  }

  void closeOpen(TaskKind kind, LocalDate on, TaskOutcome outcome) {
    for (Task t : current.openTasks(kind)) {
      add(new RegisterEvent.TaskClosed(t.id(), on, outcome));
    }
  }

  void closeAllOpen(LocalDate on, TaskOutcome outcome) {
    for (Task t : current.openTasks()) {
      add(new RegisterEvent.TaskClosed(t.id(), on, outcome));
    }
  }
}
