package org.opendsr.core.worklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.opendsr.core.entry.Action;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.schedule.Task;

/**
 * What is overdue and what is due within a number of days, across open entries (referred or
 * active). Closed and declined entries owe nothing.
 *
 * @param asOf the date the worklist is for
 * @param dueWithinDays how many days ahead "due soon" looks
 * @param items overdue and due-soon work, earliest due first
 */
public record Worklist(LocalDate asOf, int dueWithinDays, List<WorklistItem> items) {

  /** Validates and copies. */
  public Worklist {
    Objects.requireNonNull(asOf, "asOf");
    items = List.copyOf(items);
  }

  /**
   * Builds the worklist.
   *
   * @param entries the entries to look at
   * @param asOf the date
   * @param dueWithinDays days ahead, zero or more
   * @return the worklist
   */
  public static Worklist of(Collection<Entry> entries, LocalDate asOf, int dueWithinDays) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(asOf, "asOf");
    if (dueWithinDays < 0) {
      throw new IllegalArgumentException("dueWithinDays must not be negative");
    }
    LocalDate horizon = asOf.plusDays(dueWithinDays);
    List<WorklistItem> items = new ArrayList<>();
    for (Entry entry : entries) {
      if (!entry.status().isOpen()) {
        continue;
      }
      for (Task task : entry.openTasks()) {
        if (!task.due().isAfter(horizon)) {
          items.add(
              new WorklistItem(
                  entry.id(),
                  WorkCategory.of(task.kind()),
                  task.id().value(),
                  task.kind().description() + ": " + task.detail(),
                  task.due(),
                  task.due().isBefore(asOf)));
        }
      }
      for (Action action : entry.actions()) {
        LocalDate due = action.plan().due();
        if (action.status().isOutstanding() && !due.isAfter(horizon)) {
          items.add(
              new WorklistItem(
                  entry.id(),
                  WorkCategory.ACTION,
                  action.id().value(),
                  "action owned by " + action.plan().ownerId(),
                  due,
                  due.isBefore(asOf)));
        }
      }
    }
    items.sort(
        Comparator.comparing(WorklistItem::due)
            .thenComparing(i -> i.entryId().value())
            .thenComparing(WorklistItem::itemId));
    return new Worklist(asOf, dueWithinDays, items);
  }

  /**
   * The overdue work.
   *
   * @return items due before {@link #asOf()}
   */
  public List<WorklistItem> overdue() {
    return items.stream().filter(WorklistItem::overdue).toList();
  }

  /**
   * The work due soon.
   *
   * @return items due from {@link #asOf()} to {@code dueWithinDays} days later
   */
  public List<WorklistItem> dueSoon() {
    return items.stream().filter(i -> !i.overdue()).toList();
  }

  /**
   * One column.
   *
   * @param category the column
   * @return its items, overdue and due soon
   */
  public List<WorklistItem> in(WorkCategory category) {
    return items.stream().filter(i -> i.category() == category).toList();
  }
}
