package org.opendsr.importing;

import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.opendsr.consent.BestInterestsDecision;
import org.opendsr.consent.CapacityAssessment;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.Purpose;
import org.opendsr.core.DsrException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralDecision;
import org.opendsr.core.referral.ReferralRules;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.CommandResult;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.importing.ColumnMapping.Field;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.PersonContext;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingDecision;
import org.opendsr.rating.RatingPolicy;
import org.opendsr.rating.Reason;
import org.opendsr.rating.RecordedRating;

/**
 * Imports a legacy DSR spreadsheet into the register, streaming.
 *
 * <p>A first quick read notes every NHS number that parses, whatever else is wrong with its row, so
 * that rows sharing a number are all reported and none of them imported unless the coordinator
 * names the one to keep ({@link Settings#keepRows()}). Then every row is checked (people the
 * register would decline under local policy, people already open on the register); a blank row is
 * skipped and counted; a person an earlier import carried over with the same details is counted as
 * already on the register, not as a problem, so a fixed sheet can be imported again. Only the
 * problems and the numbers of bad rows are kept, and each bad row is written to the rejects file
 * with its problems. If any row is bad and the import is not partial, nothing is written. When the
 * import is partial, or the {@link UnitOfWork} can undo, this is one pass that writes each good row
 * as it is checked (and rolls back at the end if a row was bad and the import is all or nothing).
 * Otherwise a first pass checks the whole file and a second writes. Each good row is carried over
 * with one {@link Command.CarryOver}: the person, the date they joined the legacy register, the
 * consent it recorded, its RAG rating, and the key workers and notes as the case summary, stored as
 * one event per person. People already on a legacy register are known to services, so no
 * first-contact task is opened for them. A Blue row is an inpatient: with a basis, the admission is
 * recorded with its date, or, when the sheet gives none, as an inpatient whose admission date is to
 * be recorded (a task asks for it); without a basis an action asks for it. No date is guessed. The
 * import runs inside a {@link UnitOfWork}, with a checkpoint every {@value #ROWS_PER_CHECKPOINT}
 * rows written, so a failure part-way leaves the register as it was when the unit of work can undo
 * (the command line's does: one database transaction).
 *
 * <p>A legacy rating is recorded as a decision of the pseudo-instrument {@value #INSTRUMENT_ID},
 * whose one reason says where it came from; its linked processes (C(E)TR, keyworker referral, ...)
 * become tasks as for any rating. A rating needs an accepted entry, so for people without a basis
 * for inclusion today (no consent recorded, or consent older than the re-check interval) the rating
 * is written into the case summary instead, and they are listed in the outcome.
 */
public final class LegacyImport {

  /** The instrument id of ratings carried over from a legacy register. */
  public static final String INSTRUMENT_ID = "legacy-register";

  /**
   * Rows written between checkpoints of the unit of work (local practice, configurable: a thousand
   * people's events and audit records make one JDBC batch round of about a megabyte).
   */
  public static final int ROWS_PER_CHECKPOINT = 1_000;

  /** The age below which consent is by a person with parental responsibility (MCA from 16). */
  private static final int CONSENT_AGE = 16;

  /** The referrer role of every carried-over referral: how a later import knows its own. */
  public static final String REFERRER_ROLE = "legacy DSR import";

  /** The hospital code of an admission whose hospital the legacy register did not name. */
  public static final String HOSPITAL_NOT_RECORDED = "not-recorded";

  /** The agency of the actions the import adds (local practice, configurable). */
  private static final String ACTION_AGENCY = "dsr";

  /** Who the register records as the person with parental responsibility who consented. */
  private static final String LEGACY_PARENT = "parent-recorded-in-legacy-register";

  /** Who the register records as consulted on a best-interests decision carried over. */
  private static final String LEGACY_PARTY = "recorded-in-legacy-register";

  /** Hears how far an import has got; for a progress bar. */
  public interface Listener {
    /**
     * Called as the first pass reads the file.
     *
     * @param bytesRead bytes read so far
     * @param size the file's size in bytes
     */
    default void checking(long bytesRead, long size) {}

    /**
     * Called as the second pass writes good rows.
     *
     * @param written rows written so far
     * @param total good rows to write
     */
    default void writing(long written, long total) {}

    /**
     * Called as an import in one pass reads, checks and writes the file.
     *
     * @param bytesRead bytes read so far
     * @param size the file's size in bytes
     */
    default void importing(long bytesRead, long size) {}

    /**
     * Hears nothing.
     *
     * @return a listener that ignores every call
     */
    static Listener none() {
      return new Listener() {};
    }
  }

  /** Wraps the writes of an import so they can be made permanent or undone together. */
  public interface UnitOfWork {
    /** Called once before the import reads the register or writes anything. */
    default void begin() {}

    /**
     * Called after every {@value LegacyImport#ROWS_PER_CHECKPOINT} rows written: a unit of work
     * that stages writes in memory sends them to the database here, so memory stays bounded.
     */
    default void checkpoint() {}

    /** Makes the writes permanent. */
    void commit();

    /** Undoes the writes made since the import began, if the store can. */
    void rollback();

    /**
     * Whether {@link #rollback()} undoes every write since {@link #begin()}. If so, an import that
     * must be all or nothing can write as it checks, in one pass over the file, and roll back if a
     * row is bad; otherwise it checks the whole file before writing anything.
     *
     * @return true if a rollback undoes the writes
     */
    default boolean undoes() {
      return false;
    }

    /**
     * A unit of work for stores that write each command at once and cannot undo.
     *
     * @return the unit of work
     */
    static UnitOfWork autoCommit() {
      return new UnitOfWork() {
        @Override
        public void commit() {}

        @Override
        public void rollback() {}
      };
    }
  }

  /**
   * How to import.
   *
   * @param actor the user id recorded on every command
   * @param today the date of the import
   * @param partial true to write the good rows even when some rows are bad
   * @param referrerEmail the contact recorded as the referrer of every imported person
   * @param suspectedAutism include (true) or decline (false) people awaiting an autism assessment,
   *     over the mapping's {@code suspectedAutism}; empty to follow the mapping, then the
   *     register's local policy
   * @param keepRows rows to import although they share an NHS number with another row: the
   *     coordinator's choice of which row of a pair is the person
   * @param rejects where to write the rows left out, with a "problems" column; empty for no file
   */
  public record Settings(
      String actor,
      LocalDate today,
      boolean partial,
      String referrerEmail,
      Optional<Boolean> suspectedAutism,
      Set<Long> keepRows,
      Optional<Path> rejects) {
    /** Validates every part. */
    public Settings {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(today, "today");
      Objects.requireNonNull(referrerEmail, "referrerEmail");
      Objects.requireNonNull(suspectedAutism, "suspectedAutism");
      keepRows = Set.copyOf(keepRows);
      Objects.requireNonNull(rejects, "rejects");
    }

    /**
     * Settings with no suspected-autism override, no rows kept and no rejects file.
     *
     * @param actor the user id recorded on every command
     * @param today the date of the import
     * @param partial true to write the good rows even when some rows are bad
     * @param referrerEmail the contact recorded as the referrer of every imported person
     */
    public Settings(String actor, LocalDate today, boolean partial, String referrerEmail) {
      this(actor, today, partial, referrerEmail, Optional.empty(), Set.of(), Optional.empty());
    }
  }

  /**
   * What an import did, counted by rule (never by name).
   *
   * @param rows data rows read (not counting the heading row; blank rows included)
   * @param written people carried over to the register
   * @param withoutBasis people carried over without a basis for inclusion today: referred, with a
   *     first-contact task (their legacy rating is kept in the case summary until a basis is)
   * @param problems every problem of every bad row, in row order
   * @param badRows how many rows had problems (left out)
   * @param blankRows rows with every cell blank, skipped
   * @param alreadyOnRegister rows whose person an earlier import carried over with the same details
   * @param active people carried over active (a basis for inclusion today), not admitted
   * @param inpatients people carried over active and in hospital, whether or not the sheet gives
   *     the admission date
   * @param admissionDateToRecord of the {@code inpatients}, those the sheet gives no admission date
   *     for: each is an inpatient whose admission date is to be recorded, with a task saying so,
   *     and no review is scheduled from a guessed date
   * @param admissionToRecord people rated Blue whose admission could not be recorded because they
   *     have no basis yet: each has an action to record it
   * @param bestInterests people carried over on a best-interests decision: the sheet does not say
   *     which ability the person lacked, so the capacity assessment is recorded with the one stage
   *     2 answer the register needs, and an action asks for it to be checked against the original
   * @param referredBecause the people referred, counted by each reason the register gives
   */
  public record Outcome(
      long rows,
      long written,
      long withoutBasis,
      List<RowProblem> problems,
      long badRows,
      long blankRows,
      long alreadyOnRegister,
      long active,
      long inpatients,
      long admissionDateToRecord,
      long admissionToRecord,
      long bestInterests,
      Map<String, Long> referredBecause) {
    /** Copies the collections. */
    public Outcome {
      problems = List.copyOf(problems);
      referredBecause = Collections.unmodifiableMap(new TreeMap<>(referredBecause));
    }

    /**
     * Whether every row was carried over, found already on the register, or blank.
     *
     * @return true if no row was bad
     */
    public boolean clean() {
      return badRows == 0;
    }
  }

  private final DynamicSupportRegister register;
  private final Function<Command, CommandResult> writes;
  private final Settings settings;
  private final Listener listener;
  private final LocalPolicy policy;
  private final List<RowProblem> problems = new ArrayList<>();
  private final Map<String, Long> referredBecause = new HashMap<>();
  private Map<Long, List<Long>> sharedNumbers = Map.of();
  private Rejects rejects;
  private long rows;
  private long badRows;
  private long blankRows;
  private long already;
  private long written;
  private long withoutBasis;
  private long active;
  private long inpatients;
  private long admissionDateToRecord;
  private long admissionToRecord;
  private long bestInterests;

  private LegacyImport(
      DynamicSupportRegister register,
      Function<Command, CommandResult> writes,
      Settings settings,
      Listener listener,
      ColumnMapping mapping) {
    this.register = register;
    this.writes = writes;
    this.settings = settings;
    this.listener = listener;
    LocalPolicy local = register.policy();
    this.policy =
        settings
            .suspectedAutism()
            .or(mapping::suspectedAutism)
            .map(local::withSuspectedAutismAllowed)
            .orElse(local);
  }

  /**
   * Imports a file.
   *
   * @param csv the spreadsheet saved as CSV
   * @param mapping which column holds which field
   * @param register the register to write to
   * @param settings how to import
   * @param work the unit of work around the writes
   * @param listener hears progress
   * @return what was done
   * @throws IOException if the file cannot be read, or the rejects file cannot be written
   * @throws org.opendsr.core.ValidationException if the file is empty or not UTF-8 text, or a
   *     mapped heading is missing
   * @throws DsrException if a write fails (after the unit of work is rolled back)
   */
  public static Outcome run(
      Path csv,
      ColumnMapping mapping,
      DynamicSupportRegister register,
      Settings settings,
      UnitOfWork work,
      Listener listener)
      throws IOException {
    Objects.requireNonNull(register, "register");
    return run(csv, mapping, register, register::handle, settings, work, listener);
  }

  /**
   * Imports a file, writing each person through {@code writes}: for an importer whose writes are to
   * be decided and audited as the user's ({@code AccessControlledRegister.handle}), which the
   * unaudited {@link DynamicSupportRegister} does not do.
   *
   * @param csv the spreadsheet saved as CSV
   * @param mapping which column holds which field
   * @param register the register the rows are checked against
   * @param writes writes one command to {@code register}, and returns what it did
   * @param settings how to import
   * @param work the unit of work around the writes
   * @param listener hears progress
   * @return what was done
   * @throws IOException if the file cannot be read, or the rejects file cannot be written
   * @throws org.opendsr.core.ValidationException if the file is empty or not UTF-8 text, or a
   *     mapped heading is missing
   * @throws DsrException if a write fails (after the unit of work is rolled back)
   */
  public static Outcome run(
      Path csv,
      ColumnMapping mapping,
      DynamicSupportRegister register,
      Function<Command, CommandResult> writes,
      Settings settings,
      UnitOfWork work,
      Listener listener)
      throws IOException {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(work, "work");
    return new LegacyImport(
            Objects.requireNonNull(register, "register"),
            Objects.requireNonNull(writes, "writes"),
            Objects.requireNonNull(settings, "settings"),
            Objects.requireNonNull(listener, "listener"),
            mapping)
        .run(csv, mapping, work);
  }

  private Outcome run(Path csv, ColumnMapping mapping, UnitOfWork work) throws IOException {
    sharedNumbers = sharedNumbers(csv, mapping);
    work.begin();
    try {
      if (settings.partial() || work.undoes()) {
        inOnePass(csv, mapping, work);
      } else {
        checkThenWrite(csv, mapping, work);
      }
      if (written > 0 && (badRows == 0 || settings.partial())) {
        work.commit();
      } else {
        work.rollback();
      }
    } catch (IOException | RuntimeException e) {
      work.rollback();
      throw e;
    } finally {
      if (rejects != null) {
        rejects.close();
      }
    }
    if (badRows > 0 && !settings.partial()) {
      return new Outcome(
          rows, 0, 0, problems, badRows, blankRows, already, 0, 0, 0, 0, 0, Map.of());
    }
    return new Outcome(
        rows,
        written,
        withoutBasis,
        problems,
        badRows,
        blankRows,
        already,
        active,
        inpatients,
        admissionDateToRecord,
        admissionToRecord,
        bestInterests,
        referredBecause);
  }

  /**
   * Every NHS number that more than one row holds, with those rows: read from every row whose NHS
   * number cell parses, whatever else is wrong with the row, so a pair is found even when one of
   * its rows is bad for another reason.
   */
  private static Map<Long, List<Long>> sharedNumbers(Path csv, ColumnMapping mapping)
      throws IOException {
    Map<Long, Long> first = new HashMap<>();
    Map<Long, List<Long>> shared = new HashMap<>();
    try (LegacyCsv file = LegacyCsv.open(csv, mapping)) {
      while (file.hasNext()) {
        LegacyRow row = file.next();
        Optional<Long> number = nhsNumberOf(row);
        if (number.isEmpty()) {
          continue;
        }
        Long earlier = first.putIfAbsent(number.get(), row.number());
        if (earlier != null) {
          shared
              .computeIfAbsent(number.get(), n -> new ArrayList<>(List.of(earlier)))
              .add(row.number());
        }
      }
    }
    return shared;
  }

  private static Optional<Long> nhsNumberOf(LegacyRow row) {
    Optional<String> cell = row.cell(Field.NHS_NUMBER);
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(NhsNumber.parse(cell.get()).value()));
    } catch (ValidationException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** What checking a row found. */
  private sealed interface Verdict {}

  private record Blank() implements Verdict {}

  private record AlreadyOn() implements Verdict {}

  private record Rejected(List<RowProblem> problems) implements Verdict {}

  private record ToWrite(LegacyRecord record, ReferralDecision decision) implements Verdict {}

  private void checkThenWrite(Path csv, ColumnMapping mapping, UnitOfWork work) throws IOException {
    LegacyRowReader reader = new LegacyRowReader(mapping, settings.today());
    BitSet skip = new BitSet();
    try (LegacyCsv file = LegacyCsv.open(csv, mapping)) {
      while (file.hasNext()) {
        LegacyRow row = file.next();
        rows++;
        Verdict v = examine(reader, row, true);
        if (!(v instanceof ToWrite)) {
          skip.set(Math.toIntExact(row.number()));
          count(v, row);
        }
        if ((rows & 1023) == 0) {
          listener.checking(file.bytesRead(), file.size());
        }
      }
      listener.checking(file.size(), file.size());
    }
    if (badRows > 0 && !settings.partial()) {
      return;
    }
    long total = rows - skip.cardinality();
    try (LegacyCsv file = LegacyCsv.open(csv, mapping)) {
      while (file.hasNext()) {
        LegacyRow row = file.next();
        if (skip.get(Math.toIntExact(row.number()))) {
          continue;
        }
        Verdict v = examine(reader, row, false);
        if (!(v instanceof ToWrite w)) {
          throw new IllegalStateException("a row checked good in the first pass is now bad");
        }
        count(write(w, row), row);
        if (written % ROWS_PER_CHECKPOINT == 0) {
          work.checkpoint();
        }
        if ((written & 255) == 0) {
          listener.writing(written, total);
        }
      }
    }
    listener.writing(written, total);
  }

  /**
   * Reads, checks and writes each row in turn: with {@code --partial} a bad row is left out;
   * without it, writing stops at the first bad row, the rest is only checked, and the unit of work
   * (which can undo) is rolled back by {@link #run} since nothing was written.
   */
  private void inOnePass(Path csv, ColumnMapping mapping, UnitOfWork work) throws IOException {
    LegacyRowReader reader = new LegacyRowReader(mapping, settings.today());
    try (LegacyCsv file = LegacyCsv.open(csv, mapping)) {
      while (file.hasNext()) {
        LegacyRow row = file.next();
        rows++;
        // While writing, the register checks for an open entry itself: no need to ask it twice.
        // Once an all-or-nothing import has met a bad row it only checks, and asks.
        boolean writing = settings.partial() || badRows == 0;
        Verdict v = examine(reader, row, !writing);
        if (v instanceof ToWrite w && writing) {
          long before = written;
          v = write(w, row);
          if (written > before && written % ROWS_PER_CHECKPOINT == 0) {
            work.checkpoint();
          }
        }
        count(v, row);
        if ((rows & 1023) == 0) {
          listener.importing(file.bytesRead(), file.size());
        }
      }
      listener.importing(file.size(), file.size());
    }
  }

  private void count(Verdict v, LegacyRow row) throws IOException {
    if (v instanceof Blank) {
      blankRows++;
    } else if (v instanceof AlreadyOn) {
      already++;
    } else if (v instanceof Rejected r) {
      badRows++;
      problems.addAll(r.problems());
      if (settings.rejects().isPresent()) {
        if (rejects == null) {
          rejects = new Rejects(settings.rejects().get(), row.headings());
        }
        rejects.write(row, r.problems());
      }
    }
  }

  /**
   * Checks a row: its own problems, an NHS number it shares with another row, whether the register
   * would decline the person, and, when {@code lookUpRegister}, whether they are already on it.
   */
  private Verdict examine(LegacyRowReader reader, LegacyRow row, boolean lookUpRegister) {
    if (row.blank()) {
      return new Blank();
    }
    LegacyRowReader.Result result = reader.read(row);
    List<RowProblem> found = new ArrayList<>();
    if (result instanceof LegacyRowReader.Bad b) {
      found.addAll(b.problems());
    }
    if (row.formatProblem().isEmpty()) {
      nhsNumberOf(row)
          .map(sharedNumbers::get)
          .filter(pair -> !settings.keepRows().contains(row.number()))
          .ifPresent(
              pair ->
                  found.add(
                      new RowProblem(
                          row.number(),
                          row.heading(Field.NHS_NUMBER),
                          "rows "
                              + pair.stream().map(String::valueOf).collect(joining(", "))
                              + " hold the same NHS number: none of them is imported unless the"
                              + " one that is the person is named (--keep-row)")));
    }
    if (!found.isEmpty()) {
      return new Rejected(found);
    }
    LegacyRecord record = ((LegacyRowReader.Good) result).record();
    ReferralDecision decision =
        ReferralRules.decide(
            record.person().dateOfBirth(),
            record.person().diagnosis(),
            consents(record),
            settings.today(),
            policy);
    if (decision instanceof ReferralDecision.Declined declined) {
      return new Rejected(
          List.of(
              new RowProblem(
                  row.number(),
                  row.heading(Field.DIAGNOSIS),
                  "the register would decline this person ("
                      + String.join("; ", declined.reasons())
                      + "); decide the legacy entry before it is carried over, or set"
                      + " suspectedAutism")));
    }
    if (lookUpRegister) {
      Optional<Verdict> onRegister = onRegister(record, row);
      if (onRegister.isPresent()) {
        return onRegister.get();
      }
    }
    return new ToWrite(record, decision);
  }

  /**
   * Whether the person has an open entry: one an earlier import carried over with the same details
   * is already on the register; any other is a bad row.
   */
  private Optional<Verdict> onRegister(LegacyRecord record, LegacyRow row) {
    for (Entry e : register.episodesOf(record.person().nhsNumber())) {
      if (e.status().isOpen()) {
        PersonDetails p = e.person();
        PersonDetails q = record.person();
        boolean same =
            e.referral().referrerRole().equals(REFERRER_ROLE)
                && p.name().equals(q.name())
                && p.dateOfBirth().equals(q.dateOfBirth())
                && p.diagnosis().equals(q.diagnosis());
        if (same) {
          return Optional.of(new AlreadyOn());
        }
        return Optional.of(
            new Rejected(
                List.of(
                    new RowProblem(
                        row.number(),
                        row.heading(Field.NHS_NUMBER),
                        "already has an open entry on the register with other details ("
                            + e.id()
                            + "): correct the entry or the row"))));
      }
    }
    return Optional.empty();
  }

  /** Writes one person, with their rating if they have a basis for inclusion today. */
  private Verdict write(ToWrite w, LegacyRow row) {
    LegacyRecord r = w.record();
    boolean accepted = w.decision() instanceof ReferralDecision.Accepted;
    Optional<RecordedRating> rating =
        accepted ? r.rating().map(rag -> legacyRating(r, rag)) : Optional.empty();
    // An admission before the person joined the legacy register dates the referral: the
    // register keeps every date of an entry on or after its referral.
    LocalDate referred = r.admitted().filter(a -> a.isBefore(r.added())).orElse(r.added());
    CommandResult result;
    try {
      result =
          writes.apply(
              new Command.CarryOver(
                  settings.actor(),
                  r.person(),
                  Referral.of(
                      ReferralSource.PROFESSIONAL,
                      referred,
                      REFERRER_ROLE,
                      ContactDetails.email(settings.referrerEmail())),
                  consents(r),
                  rating,
                  summary(r, !accepted)));
    } catch (ValidationException refused) {
      // A refused command writes nothing: the person may be on the register already.
      return onRegister(r, row).orElseGet(() -> new Rejected(problemsOf(row, refused)));
    }
    written++;
    boolean isActive = result.entry().status() == EntryStatus.ACTIVE;
    if (r.inpatient()) {
      result = admit(r, result, isActive);
    }
    if (r.consent() == ColumnMapping.ConsentValue.BEST_INTERESTS) {
      bestInterests++;
      result =
          action(
              result,
              "Check the capacity assessment against the original: the legacy register records a"
                  + " best-interests decision but not which ability the person lacked (Mental"
                  + " Capacity Act 2005 s.3(1)), so it is recorded as unable to use or weigh the"
                  + " information, dated the decision, until checked");
    }
    if (isActive) {
      if (result.entry().isInpatient()) {
        inpatients++;
      } else {
        active++;
      }
    } else {
      withoutBasis++;
      if (w.decision() instanceof ReferralDecision.Pending pending) {
        for (String reason : pending.reasons()) {
          referredBecause.merge(reason, 1L, Long::sum);
        }
      }
    }
    return w;
  }

  /**
   * Records the admission of a person the legacy register rates Blue, when they are active: with
   * its date when the sheet gives it; otherwise as an inpatient whose admission date is to be
   * recorded (the register raises the task, and schedules no review until the date is recorded). A
   * person without a basis yet gets an action to record the admission once they have one. No date
   * is ever guessed.
   */
  private CommandResult admit(LegacyRecord r, CommandResult carried, boolean isActive) {
    CommandResult result = carried;
    if (!isActive) {
      admissionToRecord++;
      return action(
          result,
          "Record the admission: the legacy register rates this person Blue (in hospital), but the"
              + " admission can be recorded only once a basis for inclusion is. Record it with its"
              + " date"
              + (r.admitted().isEmpty() ? " once known (the sheet gives none)" : "")
              + "; the import does not guess one.");
    }
    String hospital = r.hospital().orElse(HOSPITAL_NOT_RECORDED);
    if (r.admitted().isPresent()) {
      result =
          writes.apply(
              new Command.RecordAdmission(
                  settings.actor(),
                  result.entryId(),
                  result.version(),
                  r.admitted().get(),
                  hospital,
                  false));
    } else {
      admissionDateToRecord++;
      result =
          writes.apply(
              new Command.RecordStayWithoutAdmissionDate(
                  settings.actor(),
                  result.entryId(),
                  result.version(),
                  settings.today(),
                  hospital,
                  false));
    }
    if (r.hospital().isEmpty()) {
      result =
          action(
              result,
              "Record the hospital: the legacy register did not give its code, so the stay"
                  + " names the hospital \""
                  + HOSPITAL_NOT_RECORDED
                  + "\"");
    }
    return result;
  }

  private CommandResult action(CommandResult on, String description) {
    return writes.apply(
        new Command.AddAction(
            settings.actor(),
            on.entryId(),
            on.version(),
            PlannedAction.of(description, settings.actor(), ACTION_AGENCY, settings.today())));
  }

  /** The register's reasons for refusing a row, against the columns they concern. */
  private static List<RowProblem> problemsOf(LegacyRow row, ValidationException refused) {
    List<RowProblem> problems = new ArrayList<>();
    for (Violation v : refused.violations()) {
      Field column = Field.NHS_NUMBER;
      if (v.field().startsWith("person.diagnosis")) {
        column = Field.DIAGNOSIS;
      } else if (v.field().startsWith("rating")) {
        column = Field.RAG;
      } else if (v.field().startsWith("summary")) {
        column = Field.NOTES;
      } else if (v.field().startsWith("consent")) {
        column = Field.CONSENT;
      }
      String rule = v.field().equals("nhsNumber") ? v.rule() : v.field() + ": " + v.rule();
      problems.add(new RowProblem(row.number(), row.heading(column), rule));
    }
    return problems;
  }

  /**
   * The basis the legacy register recorded, dated the consent date: own consent (by a person with
   * parental responsibility below 16), a best-interests decision with the capacity assessment it
   * rests on, or parental consent, with the child's view when the sheet's child's view column
   * records it (without it the register waits for it).
   *
   * <p>A best-interests decision (Mental Capacity Act 2005 s.4) is made only for a person found to
   * lack capacity for the decision, so the sheet's "BI" states that finding; it does not state
   * which of the four abilities of s.3(1) the person lacked, and the register needs at least one.
   * The import records "unable to use or weigh the information", the answer that asserts least
   * beyond the finding itself (a person may understand, retain and communicate and still be unable
   * to decide), and an action asks for it to be checked against the original assessment.
   */
  private List<ConsentRecord> consents(LegacyRecord r) {
    LocalDate on = r.consentDate();
    return switch (r.consent()) {
      case NONE -> List.of();
      case OWN ->
          r.person().dateOfBirth().ageOn(on) < CONSENT_AGE
              ? List.of(parental(on, r))
              : List.of(ConsentGiven.of(Purpose.inclusion(), on, settings.actor()));
      // Recorded whatever the age: from 16 the register's consent rules find it is no basis
      // (Mental Capacity Act 2005 s.2(5)) and the person is referred with that reason.
      case PARENT -> List.of(parental(on, r));
      case BEST_INTERESTS ->
          List.of(
              CapacityAssessment.lacksCapacity(
                  Purpose.inclusion(),
                  on,
                  settings.actor(),
                  Set.of(CapacityAssessment.Inability.USE_OR_WEIGH)),
              BestInterestsDecision.inFavour(
                  Purpose.inclusion(),
                  on,
                  settings.actor(),
                  List.of(
                      new BestInterestsDecision.ConsultedParty(
                          BestInterestsDecision.Role.OTHER, LEGACY_PARTY)),
                  "best-interests decision recorded on the legacy register"));
    };
  }

  /**
   * A parent's consent (Children Act 1989 s.3), with the child's view when the sheet records it;
   * without it the register's consent rules wait for it ("child's view not recorded").
   */
  private ParentalConsent parental(LocalDate on, LegacyRecord r) {
    return r.childsView()
        .map(
            view ->
                ParentalConsent.withChildsView(
                    Purpose.inclusion(), on, LEGACY_PARENT, view, settings.actor()))
        .orElseGet(
            () ->
                ParentalConsent.withoutChildsView(
                    Purpose.inclusion(), on, LEGACY_PARENT, settings.actor()));
  }

  /**
   * The key workers and notes, and, for a person whose rating cannot be recorded until a basis for
   * inclusion is, the legacy rating, so nothing the legacy register held is lost.
   */
  private static CaseSummary summary(LegacyRecord r, boolean ratingHeldBack) {
    boolean heldBack = ratingHeldBack && r.rating().isPresent();
    boolean bestInterests = r.consent() == ColumnMapping.ConsentValue.BEST_INTERESTS;
    if (r.keyWorkers().isEmpty() && r.notes().isEmpty() && !heldBack && !bestInterests) {
      return CaseSummary.empty();
    }
    StringBuilder text = new StringBuilder("From the legacy register.");
    if (heldBack) {
      text.append(" Rated ")
          .append(r.rating().get().label())
          .append(" on ")
          .append(r.ratedOn())
          .append("; to be rated once a basis for inclusion is recorded.");
    }
    if (bestInterests) {
      text.append(
          " Included on a best-interests decision; check the capacity assessment recorded with"
              + " it against the original.");
    }
    r.keyWorkers().ifPresent(k -> text.append(" Key workers: ").append(k).append('.'));
    r.notes().ifPresent(n -> text.append(" Notes: ").append(n));
    return new CaseSummary(text.toString(), "", "", "");
  }

  /** The file of rows left out: the same columns, and a "problems" column. */
  private static final class Rejects implements java.io.Closeable {
    private final java.io.Writer out;
    private final int width;

    Rejects(Path file, List<String> headings) throws IOException {
      out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      width = headings.size();
      List<String> header = new ArrayList<>(headings);
      header.add("problems");
      line(header);
    }

    void write(LegacyRow row, List<RowProblem> found) throws IOException {
      List<String> cells = new ArrayList<>(Arrays.asList(row.cells()));
      while (cells.size() < width) {
        cells.add("");
      }
      cells.add(found.stream().map(p -> p.column() + ": " + p.rule()).collect(joining("; ")));
      line(cells);
    }

    private void line(List<String> cells) throws IOException {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        String c = cells.get(i) == null ? "" : cells.get(i);
        if (c.indexOf(',') >= 0
            || c.indexOf('"') >= 0
            || c.indexOf('\n') >= 0
            || c.indexOf('\r') >= 0) {
          out.write('"');
          out.write(c.replace("\"", "\"\""));
          out.write('"');
        } else {
          out.write(c);
        }
      }
      out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /**
   * A rating carried over from a legacy register, as a decision of the legacy pseudo-instrument.
   *
   * @param r the record
   * @param rating the legacy rating
   * @return the recorded rating
   */
  static RecordedRating legacyRating(LegacyRecord r, Rating rating) {
    RatingPolicy policy = RatingPolicy.nationalDefaults();
    LocalDate on = r.ratedOn();
    boolean keyworker =
        PersonContext.inCommunity(r.person().dateOfBirth().value())
            .meetsKeyworkerCriteria(on, policy);
    Reason reason =
        new Reason(
            INSTRUMENT_ID,
            "rated "
                + rating.label()
                + " on the legacy register; re-rate with the local instrument at the next review",
            rating,
            Map.of());
    return RecordedRating.asSuggested(
        new RatingDecision(
            rating,
            List.of(reason),
            LinkedProcess.applicableTo(rating, keyworker, policy),
            INSTRUMENT_ID,
            "1",
            on,
            keyworker,
            policy));
  }
}
