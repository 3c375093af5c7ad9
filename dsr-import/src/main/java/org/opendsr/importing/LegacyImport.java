package org.opendsr.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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
import org.opendsr.core.person.ContactDetails;
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
 * <p>Every row is checked (including NHS numbers repeated in the file or already open on the
 * register, and people the register would decline under local policy); only the problems and the
 * numbers of bad rows are kept. If any row is bad and the import is not partial, nothing is
 * written. When the import is partial, or the {@link UnitOfWork} can undo, this is one pass that
 * writes each good row as it is checked (and rolls back at the end if a row was bad and the import
 * is all or nothing). Otherwise a first pass checks the whole file and a second writes. Each good
 * row is carried over with one {@link Command.CarryOver}: the person, the date they joined the
 * legacy register, the consent it recorded, its RAG rating, and the key workers and notes as the
 * case summary, stored as one event per person. People already on a legacy register are known to
 * services, so no first-contact task is opened for them. The import runs inside a {@link
 * UnitOfWork}, with a checkpoint every {@value #ROWS_PER_CHECKPOINT} rows written, so a failure
 * part-way leaves the register as it was when the unit of work can undo (the command line's does:
 * one database transaction).
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
   */
  public record Settings(String actor, LocalDate today, boolean partial, String referrerEmail) {
    /** Validates every part. */
    public Settings {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(today, "today");
      Objects.requireNonNull(referrerEmail, "referrerEmail");
    }
  }

  /**
   * What an import did.
   *
   * @param rows data rows read (not counting the heading row)
   * @param written people written to the register
   * @param withoutBasis people written without an accepted basis for inclusion (their legacy rating
   *     is not recorded until consent is)
   * @param problems every problem of every bad row, in row order
   * @param badRows how many rows had problems
   */
  public record Outcome(
      long rows, long written, long withoutBasis, List<RowProblem> problems, long badRows) {
    /** Copies the list. */
    public Outcome {
      problems = List.copyOf(problems);
    }

    /**
     * Whether every row was written.
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

  private LegacyImport(
      DynamicSupportRegister register,
      Function<Command, CommandResult> writes,
      Settings settings,
      Listener listener) {
    this.register = register;
    this.writes = writes;
    this.settings = settings;
    this.listener = listener;
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
   * @throws IOException if the file cannot be read
   * @throws org.opendsr.core.ValidationException if the file is empty or not well-formed CSV
   *     (naming the row only), or a mapped heading is missing
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
   * @throws IOException if the file cannot be read
   * @throws org.opendsr.core.ValidationException if the file is empty or a mapped heading is
   *     missing
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
            Objects.requireNonNull(listener, "listener"))
        .run(csv, mapping, work);
  }

  private Outcome run(Path csv, ColumnMapping mapping, UnitOfWork work) throws IOException {
    work.begin();
    try {
      Outcome outcome = checkThenWrite(csv, mapping, work);
      if (outcome.written() > 0) {
        work.commit();
      } else {
        work.rollback();
      }
      return outcome;
    } catch (IOException | RuntimeException e) {
      work.rollback();
      throw e;
    }
  }

  private Outcome checkThenWrite(Path csv, ColumnMapping mapping, UnitOfWork work)
      throws IOException {
    if (settings.partial() || work.undoes()) {
      return inOnePass(csv, mapping, work);
    }
    LegacyRowReader reader = new LegacyRowReader(mapping, settings.today());
    List<RowProblem> problems = new ArrayList<>();
    BitSet bad = new BitSet();
    // Rows whose consent gives a basis for inclusion today, decided once in the first pass.
    BitSet withBasis = new BitSet();
    long rows = 0;
    Map<String, Long> seen = new HashMap<>();
    try (LegacyCsv file = LegacyCsv.open(csv, mapping)) {
      while (file.hasNext()) {
        LegacyRow row = file.next();
        rows++;
        List<RowProblem> found = check(reader.read(row), row, seen, withBasis, true);
        if (!found.isEmpty()) {
          bad.set(Math.toIntExact(row.number()));
          problems.addAll(found);
        }
        if ((rows & 1023) == 0) {
          listener.checking(file.bytesRead(), file.size());
        }
      }
      listener.checking(file.size(), file.size());
    }
    long badRows = bad.cardinality();
    if (badRows > 0 && !settings.partial()) {
      return new Outcome(rows, 0, 0, problems, badRows);
    }
    long total = rows - badRows;
    long written = 0;
    long withoutBasis = 0;
    try (LegacyCsv file = LegacyCsv.open(csv, mapping)) {
      while (file.hasNext()) {
        LegacyRow row = file.next();
        if (bad.get(Math.toIntExact(row.number()))) {
          continue;
        }
        LegacyRowReader.Result result = reader.read(row);
        if (!(result instanceof LegacyRowReader.Good good)) {
          throw new IllegalStateException("a row checked good in the first pass is now bad");
        }
        if (!write(good.record(), withBasis.get(Math.toIntExact(row.number())))) {
          withoutBasis++;
        }
        written++;
        if (written % ROWS_PER_CHECKPOINT == 0) {
          work.checkpoint();
        }
        if ((written & 255) == 0) {
          listener.writing(written, total);
        }
      }
    }
    listener.writing(written, total);
    return new Outcome(rows, written, withoutBasis, problems, badRows);
  }

  /**
   * Reads, checks and writes each row in turn: with {@code --partial} a bad row is left out;
   * without it, writing stops at the first bad row, the rest is only checked, and the unit of work
   * (which can undo) is rolled back by {@link #run} since nothing was written.
   */
  private Outcome inOnePass(Path csv, ColumnMapping mapping, UnitOfWork work) throws IOException {
    LegacyRowReader reader = new LegacyRowReader(mapping, settings.today());
    List<RowProblem> problems = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    BitSet withBasis = new BitSet();
    long rows = 0;
    long badRows = 0;
    long written = 0;
    long withoutBasis = 0;
    try (LegacyCsv file = LegacyCsv.open(csv, mapping)) {
      while (file.hasNext()) {
        LegacyRow row = file.next();
        rows++;
        LegacyRowReader.Result result = reader.read(row);
        // While writing, the register checks for an open entry itself: no need to ask it twice.
        // Once an all-or-nothing import has met a bad row it only checks, and asks.
        boolean writing = settings.partial() || badRows == 0;
        List<RowProblem> found = check(result, row, seen, withBasis, !writing);
        if (found.isEmpty() && writing) {
          LegacyRecord record = ((LegacyRowReader.Good) result).record();
          try {
            if (!write(record, withBasis.get(Math.toIntExact(row.number())))) {
              withoutBasis++;
            }
            written++;
            if (written % ROWS_PER_CHECKPOINT == 0) {
              work.checkpoint();
            }
          } catch (ValidationException refused) {
            // A refused command writes nothing: the row is bad, the rest of the import goes on.
            found = problemsOf(row, refused);
          }
        }
        if (!found.isEmpty()) {
          badRows++;
          problems.addAll(found);
        }
        if ((rows & 1023) == 0) {
          listener.importing(file.bytesRead(), file.size());
        }
      }
      listener.importing(file.size(), file.size());
    }
    if (badRows > 0 && !settings.partial()) {
      return new Outcome(rows, 0, 0, problems, badRows);
    }
    return new Outcome(rows, written, withoutBasis, problems, badRows);
  }

  /**
   * The problems of a row read, or none, marking a row with a basis for inclusion in {@code
   * withBasis}; {@code lookUpRegister} also asks the register whether the person has an open entry
   * (a pass that writes leaves that to the register's own check).
   */
  private List<RowProblem> check(
      LegacyRowReader.Result result,
      LegacyRow row,
      Map<String, Long> seen,
      BitSet withBasis,
      boolean lookUpRegister) {
    if (result instanceof LegacyRowReader.Bad b) {
      return b.problems();
    }
    LegacyRecord record = ((LegacyRowReader.Good) result).record();
    String column = row.heading(Field.NHS_NUMBER);
    Long earlier = seen.putIfAbsent(record.person().nhsNumber().value(), row.number());
    if (earlier != null) {
      return List.of(
          new RowProblem(
              row.number(),
              column,
              "repeats the NHS number of row " + earlier + " (one row a person)"));
    }
    ReferralDecision decision =
        ReferralRules.decide(
            record.person().dateOfBirth(),
            record.person().diagnosis(),
            consents(record),
            settings.today(),
            register.policy());
    if (decision instanceof ReferralDecision.Declined declined) {
      return List.of(
          new RowProblem(
              row.number(),
              row.heading(Field.DIAGNOSIS),
              "the register would decline this person ("
                  + String.join("; ", declined.reasons())
                  + "); decide the legacy entry before it is carried over"));
    }
    for (Entry e :
        lookUpRegister ? register.episodesOf(record.person().nhsNumber()) : List.<Entry>of()) {
      if (e.status().isOpen()) {
        return List.of(
            new RowProblem(
                row.number(),
                column,
                "already has an open entry on the register (" + e.id() + ")"));
      }
    }
    if (decision instanceof ReferralDecision.Accepted) {
      withBasis.set(Math.toIntExact(row.number()));
    }
    return List.of();
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
      }
      String rule = v.field().equals("nhsNumber") ? v.rule() : v.field() + ": " + v.rule();
      problems.add(new RowProblem(row.number(), row.heading(column), rule));
    }
    return problems;
  }

  /**
   * Writes one person, with their rating if the first pass found a basis for inclusion (the
   * register checks it again); returns false if their entry is waiting for a basis.
   */
  private boolean write(LegacyRecord r, boolean accepted) {
    Optional<RecordedRating> rating =
        accepted ? r.rating().map(rag -> legacyRating(r, rag)) : Optional.empty();
    CommandResult result =
        writes.apply(
            new Command.CarryOver(
                settings.actor(),
                r.person(),
                Referral.of(
                    ReferralSource.PROFESSIONAL,
                    r.added(),
                    "legacy DSR import",
                    ContactDetails.email(settings.referrerEmail())),
                consents(r),
                rating,
                summary(r, !accepted)));
    return result.entry().status() == EntryStatus.ACTIVE;
  }

  /**
   * The consent the legacy register recorded, dated the day the person joined it: by a person with
   * parental responsibility below 16.
   */
  private List<ConsentRecord> consents(LegacyRecord r) {
    if (!r.consentRecorded()) {
      return List.of();
    }
    LocalDate added = r.added();
    if (r.person().dateOfBirth().ageOn(added) < CONSENT_AGE) {
      return List.of(
          ParentalConsent.withoutChildsView(
              Purpose.inclusion(), added, "parent-recorded-in-legacy-register", settings.actor()));
    }
    return List.of(ConsentGiven.of(Purpose.inclusion(), added, settings.actor()));
  }

  /**
   * The key workers and notes, and, for a person whose rating cannot be recorded until a basis for
   * inclusion is, the legacy rating, so nothing the legacy register held is lost.
   */
  private static CaseSummary summary(LegacyRecord r, boolean ratingHeldBack) {
    boolean heldBack = ratingHeldBack && r.rating().isPresent();
    if (r.keyWorkers().isEmpty() && r.notes().isEmpty() && !heldBack) {
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
    r.keyWorkers().ifPresent(k -> text.append(" Key workers: ").append(k).append('.'));
    r.notes().ifPresent(n -> text.append(" Notes: ").append(n));
    return new CaseSummary(text.toString(), "", "", "");
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
