package org.opendsr.benchmarks.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.store.EntrySummary;
import org.opendsr.core.store.InMemoryRegisterStore;
import org.opendsr.jdbc.DsrDatabase;
import org.opendsr.jdbc.JdbcRegisterStore;
import org.opendsr.json.JsonEventCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The due-review worklist over a register of 1,000,000 entries, on PostgreSQL through {@link
 * JdbcRegisterStore} and in memory through {@link InMemoryRegisterStore}, in the same run.
 *
 * <p>The register: entries {@code E-0000001} to {@code E-1000000}, each with one stored event; one
 * entry in five is open (200,000), with its next review due on a day of 2026 spread evenly over the
 * year; the others are closed and owe nothing. The query asks for the reviews due by {@code
 * daysAhead} days into the year: 14 days is a fortnight's worklist (about 7,700 entries), 90 days a
 * quarter's (about 49,300). Each call returns the summaries, earliest due first.
 *
 * <p>PostgreSQL is loaded server-side in one {@code INSERT ... SELECT} per table, then vacuumed and
 * analysed, as autovacuum would leave a register in steady state; the in-memory store is loaded by
 * appending each entry with its summary.
 *
 * <p>Run: {@code DSR_PG_URL=... java -jar dsr-benchmarks/target/benchmarks.jar
 * 'store.DueForReviewBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 2s}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DueForReviewBenchmark {

  /** Entries on the register. */
  static final int ENTRIES = 1_000_000;

  /** One entry in this many is open. */
  static final int OPEN_EVERY = 5;

  private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);

  /**
   * Fills a freshly migrated schema with the register described above, vacuumed and analysed.
   *
   * @param schema the schema
   * @throws SQLException if PostgreSQL fails
   */
  static void fill(PostgresSchema schema) throws SQLException {
    String open = "g % " + OPEN_EVERY + " = 0";
    String due = "DATE '2026-01-01' + ((g / " + OPEN_EVERY + ") % 365)";
    schema.execute(
        "INSERT INTO dsr_entry (entry_id, version, status, next_review_due, next_work_due)"
            + " SELECT 'E-' || lpad(g::text, 7, '0'), 1,"
            + (" CASE WHEN " + open + " THEN 'ACTIVE' ELSE 'CLOSED' END,")
            + (" CASE WHEN " + open + " THEN " + due + " END,")
            + (" CASE WHEN " + open + " THEN " + due + " END")
            + " FROM generate_series(1, "
            + ENTRIES
            + ") AS g",
        "INSERT INTO dsr_event (entry_id, version, event_type, occurred_at, actor, why, payload)"
            + " SELECT 'E-' || lpad(g::text, 7, '0'), 1, 'dsr-review-held',"
            + " TIMESTAMPTZ '2025-12-01 09:00:00+00', 'coordinator-1', 'DSR review held',"
            + " '{\"version\":1,\"kind\":\"register-event\",\"type\":\"dsr-review-held\","
            + "\"on\":\"2025-12-01\"}'"
            + " FROM generate_series(1, "
            + ENTRIES
            + ") AS g",
        "VACUUM ANALYZE dsr_entry",
        "VACUUM ANALYZE dsr_event");
  }

  /** The register on PostgreSQL. */
  @State(Scope.Benchmark)
  public static class OnPostgres {

    /** How far into the year the worklist looks. */
    @Param({"14", "90"})
    public int daysAhead;

    private PostgresSchema schema;
    private JdbcRegisterStore store;
    private LocalDate by;

    /**
     * Loads the register.
     *
     * @throws SQLException if PostgreSQL fails
     */
    @Setup
    public void load() throws SQLException {
      schema = PostgresSchema.create();
      store = new JdbcRegisterStore(DsrDatabase.migrate(schema), JsonEventCodec.standard());
      fill(schema);
      by = YEAR_START.plusDays(daysAhead - 1L);
    }

    /**
     * Drops the schema.
     *
     * @throws SQLException if PostgreSQL fails
     */
    @TearDown
    public void drop() throws SQLException {
      schema.close();
    }
  }

  /** The same register in memory. */
  @State(Scope.Benchmark)
  public static class InMemory {

    /** How far into the year the worklist looks. */
    @Param({"14", "90"})
    public int daysAhead;

    private final InMemoryRegisterStore store = new InMemoryRegisterStore();
    private LocalDate by;

    /** Loads the register. */
    @Setup
    public void load() {
      Instant at = Instant.parse("2025-12-01T09:00:00Z");
      RegisterEvent held = new RegisterEvent.DsrReviewHeld(LocalDate.of(2025, 12, 1));
      for (int g = 1; g <= ENTRIES; g++) {
        EntryId id = EntryId.of(String.format("E-%07d", g));
        Optional<LocalDate> due =
            g % OPEN_EVERY == 0
                ? Optional.of(YEAR_START.plusDays((g / OPEN_EVERY) % 365))
                : Optional.empty();
        store.append(
            id,
            0,
            List.of(new RecordedEvent(id, 1, "coordinator-1", at, "DSR review held", held)),
            new EntrySummary(
                id, 1, due.isPresent() ? EntryStatus.ACTIVE : EntryStatus.CLOSED, due, due));
      }
      by = YEAR_START.plusDays(daysAhead - 1L);
    }
  }

  /**
   * The worklist from PostgreSQL.
   *
   * @param db the register
   * @return the entries due
   */
  @Benchmark
  public List<EntrySummary> postgres(OnPostgres db) {
    return db.store.dueForReviewBy(db.by);
  }

  /**
   * The worklist from memory.
   *
   * @param memory the register
   * @return the entries due
   */
  @Benchmark
  public List<EntrySummary> inMemory(InMemory memory) {
    return memory.store.dueForReviewBy(memory.by);
  }
}
