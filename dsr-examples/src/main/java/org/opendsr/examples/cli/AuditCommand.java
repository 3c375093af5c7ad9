package org.opendsr.examples.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Operation;
import org.opendsr.core.audit.AuditRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dsr audit}: who looked at or changed what, and why. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description =
        "Show the audit trail: every read and change, with who, when, why and the entry, whether"
            + " access was allowed and what came of it (done, refused by a rule, failed).")
final class AuditCommand implements Callable<Integer> {

  @ParentCommand private DsrCommand parent;

  @Mixin private DatabaseOptions db;

  @Option(names = "--entry", paramLabel = "ENTRY_ID", description = "Only this entry.")
  private String entry;

  @Option(names = "--by", paramLabel = "USER_ID", description = "Only this user.")
  private String by;

  @Option(names = "--last", paramLabel = "N", description = "Only the last N rows (default 50).")
  private int last = 50;

  /** The rules that refused a call, or else the access rule that decided it. */
  private static String what(AuditRecord r) {
    if (r.outcome() == AuditRecord.Outcome.REFUSED) {
      return "refused: "
          + r.refusedBy().stream()
              .map(v -> v.field() + " " + v.rule())
              .collect(java.util.stream.Collectors.joining("; "));
    }
    return r.detail();
  }

  @Override
  public Integer call() {
    Session session = parent.open(db);
    List<AuditRecord> rows =
        entry != null
            ? session.audit().forEntry(entry)
            : by != null ? session.audit().byActor(by) : session.audit().all();
    session.audited(Operation.VIEW_AUDIT, AccessPurpose.AUDIT, Optional.ofNullable(entry));
    int from = Math.max(0, rows.size() - Math.max(0, last));
    parent.env().out().printf("%d audit rows; showing %d%n", rows.size(), rows.size() - from);
    for (AuditRecord r : rows.subList(from, rows.size())) {
      parent
          .env()
          .out()
          .printf(
              "%s  %-8s %-13s %-12s %-18s %-24s %-20s %-8s %s%n",
              r.at(),
              r.access(),
              r.outcome(),
              r.userId(),
              r.role(),
              r.purpose(),
              r.operation(),
              r.entryId().orElse("-"),
              what(r));
      // The reason given for break-glass is what the access is reviewed against.
      r.breakGlassReason()
          .ifPresent(reason -> parent.env().out().printf("    break-glass reason: %s%n", reason));
    }
    return Failures.OK;
  }
}
