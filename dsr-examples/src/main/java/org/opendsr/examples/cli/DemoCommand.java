package org.opendsr.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.register.AccessControlledRegister;
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
      "Show a register of fictional people, with today's worklist and a report.",
      "The demo walks invented people (NHS numbers from the 999 test range) through referral,",
      "consent, rating, reviews and C(E)TRs over the past year. It uses a private in-memory",
      "database, so repeated runs start afresh, unless --save keeps it in your register (an H2",
      "file under ~/.opendsr) for the other commands to use, or --db names another database."
    })
final class DemoCommand implements Callable<Integer> {

  @ParentCommand private DsrCommand parent;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description = "Keep the demo register in this database (default: in memory, discarded).")
  private String url;

  @Option(
      names = "--save",
      description =
          "Keep the demo in your register (an H2 file under ~/.opendsr), so worklist, report,"
              + " rate, export and audit show its fictional people.")
  private boolean save;

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
    String where =
        url != null
            ? url
            : save ? env.defaultDatabaseUrl() : "jdbc:h2:mem:dsr-demo-" + UUID.randomUUID();
    java.time.Clock story = SyntheticRegister.storyClock(today, env.clock().getZone());
    try (Session session = Session.open(env, where, SyntheticRegister.COORDINATOR, story, true)) {
      List<Entry> already = session.register().entries();
      if (!already.isEmpty()) {
        // The demo's people would each be referred a second time while their first entry is
        // open, which the register refuses: say why in words before trying.
        env.err().println("dsr: " + DemoMessages.notEmpty(already, url == null));
        return ExitCode.REFUSED.code();
      }
      show(env, session, story, today);
    }
    return Failures.OK;
  }

  private void show(Environment env, Session session, java.time.Clock story, LocalDate today) {
    DynamicSupportRegister register = session.register();
    // The story is told as its users would tell it: every write decided and audited. The chair of
    // each fictional C(E)TR is on the planned panel of every entry.
    AccessControlledRegister users =
        AccessControlledRegister.of(
            register, session.audit(), story, id -> Set.of(SyntheticRegister.CHAIR));
    Actor chair =
        Actor.professional(SyntheticRegister.CHAIR, Role.PANEL_MEMBER, Session.DEFAULT_AGENCY);
    List<EntryId> named =
        SyntheticRegister.tell(
            register,
            c ->
                c.actor().equals(SyntheticRegister.CHAIR)
                    ? users.handle(chair, AccessPurpose.CETR_PANEL, c)
                    : users.handle(session.actor(), AccessPurpose.REGISTER_ADMINISTRATION, c),
            story,
            today,
            cohort);

    PrintStream out = env.out();
    out.println("OpenDSR demo: a Dynamic Support Register of fictional people");
    out.println(
        "Every person is invented; NHS numbers are from the 999 test range, never issued to"
            + " anyone.");
    out.println(
        url != null
            ? "Database: the one given with --db."
            : save
                ? "Database: your register, an H2 file under ~/.opendsr (kept for the other"
                    + " commands)."
                : "Database: a private in-memory H2 database, discarded when the demo ends.");
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
          Words.of(e.status()),
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
    out.println("Counts of 1-7 are shown as *, others rounded to the nearest 5.");
    out.println(
        url == null && !save
            ? "Nothing was kept. Run dsr demo --save to keep these people in your register, then"
                + " dsr worklist, dsr report or dsr --help."
            : "Kept. Next: dsr worklist, dsr report, dsr audit or dsr --help.");
  }

  private static String story(Entry e) {
    if (!e.declineReasons().isEmpty()) {
      return "declined: " + e.declineReasons().get(0);
    }
    if (e.closure().isPresent()) {
      return "closed " + e.closure().get().on() + ": " + e.closure().get().reason().label();
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
