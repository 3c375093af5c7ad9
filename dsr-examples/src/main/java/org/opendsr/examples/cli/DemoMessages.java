package org.opendsr.examples.cli;

import java.io.PrintStream;
import java.util.List;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.worklist.Worklist;

/** What the demo and the commands after it say about the state of the register. */
final class DemoMessages {

  /** Shown by the worklist when the register holds nobody at all. */
  static final String EMPTY_REGISTER =
      "The register is empty: run `dsr demo --save` first to load the demo's fictional people.";

  private DemoMessages() {}

  /**
   * The worklist of a register that holds nobody: its heading, and how to load the demo.
   *
   * @param worklist the (empty) worklist
   * @param out where to print
   */
  static void printEmpty(Worklist worklist, PrintStream out) {
    out.printf(
        "Worklist for %s: %d overdue, %d due in the next %d days%n",
        worklist.asOf(),
        worklist.overdue().size(),
        worklist.dueSoon().size(),
        worklist.dueWithinDays());
    out.println(EMPTY_REGISTER);
  }

  /**
   * Why the demo cannot be loaded into a register that already holds entries.
   *
   * @param entries the entries the register holds
   * @param defaultRegister true for the register under ~/.opendsr, false for one given with --db
   * @return the sentence
   */
  static String notEmpty(List<Entry> entries, boolean defaultRegister) {
    boolean onlyTestRange = entries.stream().allMatch(e -> e.person().nhsNumber().isTestRange());
    if (onlyTestRange) {
      return "The demo is already loaded in this register: run `dsr worklist` to see it"
          + (defaultRegister ? " (delete the folder ~/.opendsr to start again)." : ".");
    }
    return "This register already holds "
        + entries.size()
        + " episodes; the demo loads only into an empty register: give --db with another"
        + " database.";
  }
}
