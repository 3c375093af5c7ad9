package org.opendsr.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.opendsr.core.DsrException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.importing.ColumnMapping;
import org.opendsr.importing.LegacyImport;
import org.opendsr.importing.RowProblem;
import org.opendsr.jdbc.CommitOutcomeUnknownException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code dsr import}: a legacy DSR spreadsheet saved as CSV. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Carry a legacy DSR spreadsheet, saved as CSV, over into the register.",
      "A mapping file says which column holds which field. The guide, with a sample sheet and",
      "mapping, is docs/importing-a-legacy-register.md",
      "(https://github.com/opendsr/opendsr/blob/main/docs/importing-a-legacy-register.md).",
      "Every bad row is listed by row, column and rule (no values are shown) and written, with a",
      "problems column, to the rejects file. By default nothing is written if any row is bad;",
      "--partial writes the good rows. Exit code 0 only if no row was left out: 1 if any row was",
      "bad, with or without --partial (the summary says what --partial wrote)."
    })
final class ImportCommand implements Callable<Integer> {

  /** Files larger than this get a progress bar when a person is watching. */
  private static final long PROGRESS_FROM_BYTES = 1L << 20;

  @ParentCommand private DsrCommand parent;

  @Mixin private DatabaseOptions db;

  @Parameters(index = "0", paramLabel = "CSV_FILE", description = "The spreadsheet, saved as CSV.")
  private Path csv;

  @Option(
      names = {"-m", "--mapping"},
      required = true,
      paramLabel = "FILE",
      description =
          "Which column holds which field (docs/importing-a-legacy-register.md;"
              + " sample: docs/examples/legacy-register.properties).")
  private Path mapping;

  @Option(names = "--partial", description = "Write the good rows even if some rows are bad.")
  private boolean partial;

  @Option(
      names = "--suspected-autism",
      paramLabel = "include|decline",
      description =
          "Include people awaiting an autism assessment as suspected autism, or decline them"
              + " (over the mapping's suspectedAutism; default: the register's local policy).")
  private String suspectedAutism;

  @Option(
      names = "--keep-row",
      paramLabel = "ROW",
      description =
          "Of rows sharing an NHS number, import this one (a spreadsheet row number; repeatable).")
  private java.util.List<Long> keepRows = new java.util.ArrayList<>();

  @Option(
      names = "--rejects",
      paramLabel = "FILE",
      description =
          "Where to write the rows left out, with a problems column (default: CSV_FILE's name"
              + " with -rejects, beside it). Fix them there and import that file.")
  private Path rejects;

  @Option(
      names = "--referrer-email",
      paramLabel = "EMAIL",
      description = "Recorded as the referrer's contact on every imported referral.")
  private String referrerEmail = "dsr.coordinator@example.nhs.uk";

  @Option(
      names = "--max-problems",
      paramLabel = "N",
      description = "Print at most N problems (default 200; the count of all is always shown).")
  private int maxProblems = 200;

  @Override
  public Integer call() throws IOException {
    Environment env = parent.env();
    ColumnMapping columns = ColumnMapping.read(mapping);
    java.util.Optional<Boolean> suspected = java.util.Optional.empty();
    if (suspectedAutism != null) {
      suspected = ColumnMapping.suspectedAutism(suspectedAutism);
      if (suspected.isEmpty()) {
        throw new UsageException("--suspected-autism must be include or decline");
      }
    }
    Path rejectsFile = rejects != null ? rejects : defaultRejects(csv);
    Files.deleteIfExists(rejectsFile);
    LegacyImport.Settings settings =
        new LegacyImport.Settings(
            db.user(),
            env.today(),
            partial,
            referrerEmail,
            suspected,
            java.util.Set.copyOf(keepRows),
            java.util.Optional.of(rejectsFile));
    LocalPolicy policy =
        suspected
            .or(columns::suspectedAutism)
            .map(LocalPolicy.defaults()::withSuspectedAutismAllowed)
            .orElse(LocalPolicy.defaults());
    LegacyImport.Outcome outcome;
    // An embedded register is copied aside before the import, so that a crash at any moment
    // (H2's commit of a large transaction included) leaves it as before or as after.
    try (RegisterWriteGuard guard =
        RegisterWriteGuard.begin(db.url().orElseGet(env::defaultDatabaseUrl))) {
      Session session = parent.openForWriting(db);
      Session.BulkWrite bulk = session.bulkWrite(policy);
      try (Progress progress = new Progress(env, csv.toFile().length())) {
        outcome =
            LegacyImport.run(
                csv,
                columns,
                bulk.register(),
                bulk.writes(),
                settings,
                guarded(bulk.work(), guard),
                progress);
      } catch (CommitOutcomeUnknownException e) {
        session.close();
        if (guard.active()) {
          guard.restore();
          throw new DsrException(
              "the database did not confirm the import's commit, so the register was put back"
                  + " as it was before the import; nothing was imported",
              e);
        }
        throw new OutcomeUnknownException(
            "the import may or may not have been saved: the database did not confirm its commit."
                + " Run dsr worklist, or check the register, before running the import again",
            e);
      } catch (ValidationException e) {
        session.close();
        guard.finished();
        throw e;
      } catch (DsrException e) {
        // The import runs in one transaction, rolled back by LegacyImport before this point; an
        // embedded register is also put back from its copy, to be sure.
        session.close();
        guard.restore();
        throw new DsrException(
            "the import stopped while writing and was undone; nothing was imported ("
                + Failures.message(e)
                + ")",
            e);
      } catch (IOException | RuntimeException e) {
        session.close();
        guard.restore();
        throw e;
      }
      // Closed before the copy is dropped: H2 writes its file whole on closing.
      session.close();
      guard.finished();
    }
    PrintStream err = env.err();
    int shown = 0;
    for (RowProblem p : outcome.problems()) {
      if (shown++ == maxProblems) {
        err.printf("... and %d more problems%n", outcome.problems().size() - maxProblems);
        break;
      }
      err.println(p.describe());
    }
    if (Files.exists(rejectsFile)) {
      PrivateFiles.restrict(rejectsFile);
    }
    if (!outcome.clean() && !partial) {
      err.printf(
          "dsr: %d of %d rows are bad (%d problems); nothing was imported. The bad rows are in %s"
              + " with their problems. Fix them, or use --partial to import the %d good rows.%n",
          outcome.badRows(),
          outcome.rows(),
          outcome.problems().size(),
          rejectsFile,
          outcome.rows() - outcome.badRows() - outcome.blankRows() - outcome.alreadyOnRegister());
      return Failures.FAILED;
    }
    PrintStream out = env.out();
    out.printf(
        "Imported %d of %d rows: %d active, %d in hospital, %d referred.%n",
        outcome.written(),
        outcome.rows(),
        outcome.active(),
        outcome.inpatients(),
        outcome.withoutBasis());
    if (outcome.withoutBasis() > 0) {
      out.printf(
          "%d people have no basis for inclusion today: they are referred, with a first-contact"
              + " task to seek one, and any legacy rating is kept in the case summary until then."
              + " By rule:%n",
          outcome.withoutBasis());
      outcome.referredBecause().forEach((rule, n) -> out.printf("  %d: %s%n", n, rule));
    }
    if (outcome.admissionDateToRecord() > 0) {
      out.printf(
          "%d people in hospital have no admission date in the sheet: they are inpatients whose"
              + " admission date is to be recorded, with a task saying so; no date was guessed,"
              + " and their post-admission review is scheduled once the date is recorded.%n",
          outcome.admissionDateToRecord());
    }
    if (outcome.admissionToRecord() > 0) {
      out.printf(
          "%d people rated Blue have no basis yet: they have an action to record their admission"
              + " once they have one; no date was guessed.%n",
          outcome.admissionToRecord());
    }
    if (outcome.bestInterests() > 0) {
      out.printf(
          "%d people are included on a best-interests decision: the sheet does not say which"
              + " ability they lacked, so the capacity assessment is recorded as unable to use or"
              + " weigh the information, with an action to check it against the original.%n",
          outcome.bestInterests());
    }
    if (outcome.alreadyOnRegister() > 0) {
      out.printf(
          "%d rows are already on the register from an earlier import (same NHS number and"
              + " details): left as they are.%n",
          outcome.alreadyOnRegister());
    }
    if (outcome.blankRows() > 0) {
      out.printf("%d blank rows skipped.%n", outcome.blankRows());
    }
    if (!outcome.clean()) {
      out.printf(
          "%d bad rows left out; they are in %s with their problems: fix them there and import"
              + " that file.%n",
          outcome.badRows(), rejectsFile);
      return Failures.FAILED;
    }
    return Failures.OK;
  }

  /** {@code register.csv} gives {@code register-rejects.csv} beside it. */
  private static Path defaultRejects(Path csv) {
    String name = csv.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return csv.toAbsolutePath().resolveSibling(stem + "-rejects.csv");
  }

  /** The import's unit of work, noting in the guard's marker when the commit begins. */
  private static LegacyImport.UnitOfWork guarded(
      LegacyImport.UnitOfWork work, RegisterWriteGuard guard) {
    return new LegacyImport.UnitOfWork() {
      @Override
      public void begin() {
        work.begin();
      }

      @Override
      public void checkpoint() {
        work.checkpoint();
      }

      @Override
      public void commit() {
        work.checkpoint();
        guard.committing();
        work.commit();
      }

      @Override
      public void rollback() {
        work.rollback();
      }

      @Override
      public boolean undoes() {
        return work.undoes();
      }
    };
  }

  /** Progress bars on standard error, shown only to a person at a terminal for large files. */
  private static final class Progress implements LegacyImport.Listener, AutoCloseable {
    private final Environment env;
    private final boolean show;
    private ProgressBar checking;
    private ProgressBar importing;

    Progress(Environment env, long size) {
      this.env = env;
      this.show = env.terminal() && size >= PROGRESS_FROM_BYTES;
    }

    private ProgressBar bar(String task, long max) {
      return new ProgressBarBuilder()
          .setTaskName(task)
          .setInitialMax(max)
          .setStyle(ProgressBarStyle.ASCII)
          .setConsumer(new ConsoleProgressBarConsumer(env.err()))
          .build();
    }

    @Override
    public void checking(long bytesRead, long size) {
      if (show) {
        if (checking == null) {
          checking = bar("Checking", size);
        }
        checking.stepTo(bytesRead);
      }
    }

    @Override
    public void importing(long bytesRead, long size) {
      if (show) {
        if (importing == null) {
          importing = bar("Importing", size);
        }
        importing.stepTo(bytesRead);
      }
    }

    @Override
    public void writing(long written, long total) {
      if (show) {
        if (checking != null) {
          checking.close();
          checking = null;
        }
        if (importing == null) {
          importing = bar("Importing", total);
        }
        importing.stepTo(written);
      }
    }

    @Override
    public void close() {
      if (checking != null) {
        checking.close();
      }
      if (importing != null) {
        importing.close();
      }
    }
  }
}
