package org.opendsr.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Operation;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.reporting.EntryReportRecords;
import org.opendsr.core.reporting.NationalDataOptOut;
import org.opendsr.core.reporting.RegisterReports;
import org.opendsr.core.reporting.ReportingPeriod;
import org.opendsr.core.reporting.ThemeCodes;
import org.opendsr.examples.demo.SyntheticRegister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code dsr demo}: a synthetic register, today's worklist and a report. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Build a synthetic register of fictional people (NHS numbers from the 999 test range),",
      "walk them through referral, consent, rating, reviews and C(E)TRs over the past year,",
      "and show today's worklist and a report. Uses a private in-memory database unless --db",
      "is given, so repeated runs start afresh."
    })
final class DemoCommand implements Callable<Integer> {

  @ParentCommand private DsrCommand parent;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description = "Keep the demo register in this database (default: in memory, discarded).")
  private String url;

  @Option(
      names = "--cohort",
      paramLabel = "N",
      description = "How many people besides the named stories (default 150).")
  private int cohort = 150;

  @Override
  public Integer call() {
    Environment env = parent.env();
    if (cohort < 0 || cohort > 20_000) {
      throw new UsageException("--cohort must be 0 to 20000");
    }
    LocalDate today = env.today();
    String where = url == null ? "jdbc:h2:mem:dsr-demo-" + UUID.randomUUID() : url;
    java.time.Clock story = SyntheticRegister.storyClock(today, env.clock().getZone());
    try (Session session = Session.open(env, where, SyntheticRegister.COORDINATOR, story, true)) {
      show(env, session, story, today);
    }
    return Failures.OK;
  }

  private void show(Environment env, Session session, java.time.Clock story, LocalDate today) {
    DynamicSupportRegister register = session.register();
    List<EntryId> named = SyntheticRegister.tell(register, story, today, cohort);

    PrintStream out = env.out();
    out.println("OpenDSR demo: a Dynamic Support Register of fictional people");
    out.println(
        "Every person is invented; NHS numbers are from the 999 test range, never issued to"
            + " anyone.");
    out.println(
        url == null
            ? "Database: a private in-memory H2 database, discarded when the demo ends."
            : "Database: the one given with --db.");
    out.println();
    out.printf(
        "The register holds %d episodes. Some of the people, as of %s:%n",
        register.entries().size(), today);
    for (EntryId id : named) {
      Entry e = register.entry(id);
      out.printf(
          "  %-7s %-14s %-13s age %2d  %-9s %-7s %s%n",
          e.id(),
          e.person().name().displayName(),
          e.person().nhsNumber().formatted(),
          e.person().dateOfBirth().ageOn(today),
          e.status(),
          e.currentRating().map(r -> r.label()).orElse("-"),
          story(e));
    }
    Entry first = register.entry(named.get(0));
    out.println();
    out.println(
        "Why " + first.person().name().displayName() + " is rated as she is (the latest rating):");
    RateCommand.print(
        first.ratings().get(first.ratings().size() - 1).recorded().suggestion(), indented(out));
    out.println();
    session.audited(
        Operation.VIEW_WORKLIST, AccessPurpose.REGISTER_ADMINISTRATION, Optional.empty());
    WorklistCommand.print(
        register.worklist(today, register.policy().dueSoonDays()), register, out, 8);
    out.println();
    session.audited(Operation.VIEW_REPORT, AccessPurpose.COMMISSIONING, Optional.empty());
    RegisterReports reports =
        RegisterReports.of(
            EntryReportRecords.of(
                register.entries(), today, NationalDataOptOut.nobody(), ThemeCodes.defaults()));
    out.print(ReportCommand.render(reports.byRating(today)));
    out.println();
    out.print(
        ReportCommand.render(
            reports.ratingTrend(
                ReportingPeriod.of(today.minusMonths(6).withDayOfMonth(1), today))));
    out.println();
    out.println(
        "Counts of 1-7 are shown as *, others rounded to the nearest 5. Next: dsr --help,"
            + " dsr import, dsr rate, dsr report.");
  }

  private static String story(Entry e) {
    if (!e.declineReasons().isEmpty()) {
      return "declined: " + e.declineReasons().get(0);
    }
    if (e.closure().isPresent()) {
      return "closed " + e.closure().get().on() + ": " + e.closure().get().reason();
    }
    StringBuilder s = new StringBuilder();
    s.append(e.ratings().size())
        .append(" rating(s), ")
        .append(e.cetrs().size())
        .append(" C(E)TR(s)");
    if (e.isInpatient()) {
      s.append(", in hospital");
    }
    if (e.firstContactOn().isEmpty()) {
      s.append(", awaiting first contact");
    }
    return s.toString();
  }

  private static PrintStream indented(PrintStream out) {
    return out;
  }
}
