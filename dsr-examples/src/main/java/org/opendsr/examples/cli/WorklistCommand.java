package org.opendsr.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Operation;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.worklist.Worklist;
import org.opendsr.core.worklist.WorklistItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dsr worklist}: what is overdue and what is due soon. */
@Command(
    name = "worklist",
    mixinStandardHelpOptions = true,
    description = "Today's worklist: overdue work first, then work due soon.")
final class WorklistCommand implements Callable<Integer> {

  @ParentCommand private DsrCommand parent;

  @Mixin private DatabaseOptions db;

  @Option(
      names = "--days",
      paramLabel = "N",
      description = "Look ahead this many days for work due soon (default: the local policy's).")
  private Integer days;

  @Option(
      names = "--names",
      description =
          "Show each person's name and NHS number (off by default, so the list can be shown on a"
              + " shared screen).")
  private boolean names;

  @Override
  public Integer call() {
    Environment env = parent.env();
    if (days != null && days < 0) {
      throw new UsageException("--days must be zero or more");
    }
    Session session = parent.open(db);
    session.audited(
        Operation.VIEW_WORKLIST, AccessPurpose.REGISTER_ADMINISTRATION, Optional.empty());
    DynamicSupportRegister register = session.register();
    int ahead = days == null ? register.policy().dueSoonDays() : days;
    if (ahead < 0) {
      throw new UsageException("--days must be zero or more");
    }
    Worklist worklist = register.worklist(env.today(), ahead);
    if (register.entries().isEmpty()) {
      DemoMessages.printEmpty(worklist, env.out());
      return Failures.OK;
    }
    print(worklist, names ? register : null, env.out(), Integer.MAX_VALUE);
    return Failures.OK;
  }

  /**
   * Prints a worklist as a table.
   *
   * @param worklist the worklist
   * @param namesFrom the register to look names up in, or null to show identifiers only
   * @param out where to print
   * @param limit the most lines to print per section
   */
  static void print(
      Worklist worklist, DynamicSupportRegister namesFrom, PrintStream out, int limit) {
    out.printf(
        "Worklist for %s: %d overdue, %d due in the next %d days%n",
        worklist.asOf(),
        worklist.overdue().size(),
        worklist.dueSoon().size(),
        worklist.dueWithinDays());
    section("Overdue", worklist.overdue(), worklist.asOf(), namesFrom, out, limit);
    section("Due soon", worklist.dueSoon(), worklist.asOf(), namesFrom, out, limit);
  }

  private static void section(
      String title,
      List<WorklistItem> items,
      LocalDate asOf,
      DynamicSupportRegister namesFrom,
      PrintStream out,
      int limit) {
    out.println();
    out.println(title + ":");
    if (items.isEmpty()) {
      out.println("  nothing");
      return;
    }
    int shown = 0;
    for (WorklistItem i : items) {
      if (shown == limit) {
        out.printf("  ... and %d more%n", items.size() - limit);
        break;
      }
      long days = ChronoUnit.DAYS.between(asOf, i.due());
      String when = days < 0 ? (-days) + "d late" : days == 0 ? "today" : "in " + days + "d";
      String who = i.entryId().value();
      if (namesFrom != null) {
        Entry e = namesFrom.entry(i.entryId());
        who +=
            " " + e.person().name().displayName() + " (" + e.person().nhsNumber().formatted() + ")";
      }
      out.printf(
          "  %s  %-9s %-16s %-10s %s%n",
          i.due(), when, Words.of(i.category()), who, i.description());
      shown++;
    }
  }
}
