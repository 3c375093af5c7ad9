package org.opendsr.benchmarks.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.opendsr.core.store.DueCursor;
import org.opendsr.core.store.EntrySummary;
import org.opendsr.core.store.WorkDue;
import org.opendsr.jdbc.DsrDatabase;
import org.opendsr.jdbc.JdbcRegisterStore;
import org.opendsr.json.JsonEventCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A quarter's due-review worklist over a register of 1,000,000 entries on PostgreSQL, a page at a
 * time by keyset ({@link JdbcRegisterStore#dueBy}) against the whole list at once ({@link
 * JdbcRegisterStore#dueForReviewBy}, the baseline) in the same run.
 *
 * <p>The register is that of {@link DueForReviewBenchmark}: entries {@code E-0000001} to {@code
 * E-1000000}; one in five open (200,000), its next review due on a day of 2026 spread evenly over
 * the year; the others closed. A quarter's worklist (reviews due by the 90th day) holds about
 * 49,300 entries. {@code firstPage} reads its first {@code pageSize} rows; {@code deepPage} reads
 * the same number of rows from the middle of the list (after the entry due on 15 February), which
 * costs a keyset page the same; {@code wholeQuarter} reads every row.
 *
 * <p>Loaded server-side in one {@code INSERT ... SELECT} per table, then vacuumed and analysed.
 *
 * <p>Run: {@code DSR_PG_URL=... java -jar dsr-benchmarks/target/benchmarks.jar
 * 'store.DueForReviewPageBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 2s}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DueForReviewPageBenchmark {

  private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);

  /** A quarter: reviews due by the 90th day of the year. */
  private static final LocalDate QUARTER_END = YEAR_START.plusDays(89);

  /** The register on PostgreSQL. */
  @State(Scope.Benchmark)
  public static class OnPostgres {

    /** Rows on a page. */
    @Param({"20"})
    public int pageSize;

    private PostgresSchema schema;
    private JdbcRegisterStore store;
    private Optional<DueCursor> middle;

    /**
     * Loads the register.
     *
     * @throws SQLException if PostgreSQL fails
     */
    @Setup(Level.Trial)
    public void load() throws SQLException {
      schema = PostgresSchema.create();
      store = new JdbcRegisterStore(DsrDatabase.migrate(schema), JsonEventCodec.standard());
      DueForReviewBenchmark.fill(schema);
      // The row in the middle of the quarter: the first due on 15 February.
      List<EntrySummary> mid =
          store.dueBy(
              WorkDue.REVIEW, QUARTER_END, Optional.of(cursorBefore(YEAR_START.plusDays(45))), 1);
      middle = Optional.of(DueCursor.after(WorkDue.REVIEW, mid.get(0)));
    }

    private static DueCursor cursorBefore(LocalDate day) {
      return new DueCursor(day.minusDays(1), org.opendsr.core.entry.EntryId.of("E-9999999"));
    }

    /**
     * Drops the schema.
     *
     * @throws SQLException if PostgreSQL fails
     */
    @TearDown(Level.Trial)
    public void drop() throws SQLException {
      schema.close();
    }
  }

  /**
   * The baseline: the whole quarter's worklist.
   *
   * @param db the register
   * @return the entries due
   */
  @Benchmark
  public List<EntrySummary> wholeQuarter(OnPostgres db) {
    return db.store.dueForReviewBy(QUARTER_END);
  }

  /**
   * The first page of the quarter's worklist.
   *
   * @param db the register
   * @return the page
   */
  @Benchmark
  public List<EntrySummary> firstPage(OnPostgres db) {
    return db.store.dueBy(WorkDue.REVIEW, QUARTER_END, Optional.empty(), db.pageSize);
  }

  /**
   * A page from the middle of the quarter's worklist.
   *
   * @param db the register
   * @return the page
   */
  @Benchmark
  public List<EntrySummary> deepPage(OnPostgres db) {
    return db.store.dueBy(WorkDue.REVIEW, QUARTER_END, db.middle, db.pageSize);
  }
}
