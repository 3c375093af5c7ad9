package org.opendsr.benchmarks.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.core.store.EntrySummary;
import org.opendsr.core.store.EventCodec;
import org.opendsr.jdbc.DsrDatabase;
import org.opendsr.jdbc.JdbcRegisterStore;
import org.opendsr.json.JsonEventCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Commands appended per second to PostgreSQL through {@link JdbcRegisterStore}, next to raw JDBC
 * batch inserts of the same event rows, in the same run and on the same connection.
 *
 * <p>One operation is one command of a DSR review: three events (review held, review task closed,
 * next review task opened) appended to the next of 1,000 existing entries at its current version.
 * The store encodes the events as JSON, moves the entry's row from the expected version to the new
 * one with its worklist summary, inserts the events as one batch and commits. The baselines insert
 * the same three rows, with payloads encoded once beforehand, into {@code dsr_event} as one batch:
 * {@code rawBatchInsert} in auto-commit (one round trip, the fastest way to write the rows), and
 * {@code rawBatchInsertInTransaction} with an explicit commit, as atomic as the store.
 *
 * <p>Run: {@code DSR_PG_URL=... java -jar dsr-benchmarks/target/benchmarks.jar
 * 'store.EventAppendBenchmark' -f 1 -wi 3 -w 2s -i 5 -r 2s}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EventAppendBenchmark {

  private static final int ENTRIES = 1_000;
  private static final LocalDate ON = LocalDate.of(2026, 5, 11);
  private static final Instant AT = Instant.parse("2026-05-11T09:00:00Z");
  private static final String INSERT =
      "INSERT INTO dsr_event (entry_id, version, event_type, occurred_at, actor, why, payload)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";

  private final EventCodec codec = JsonEventCodec.standard();
  private final List<RegisterEvent> command =
      List.of(
          new RegisterEvent.DsrReviewHeld(ON),
          new RegisterEvent.TaskClosed("T-12", ON, TaskOutcome.DONE),
          new RegisterEvent.TaskOpened(
              Task.open(
                  "T-13", TaskKind.DSR_REVIEW, ON, ON.plusWeeks(4), "next review for an Amber")));
  private final String[] types = new String[3];
  private final String[] payloads = new String[3];

  private PostgresSchema schema;
  private JdbcRegisterStore store;
  private final EntryId[] entries = new EntryId[ENTRIES];
  private final long[] versions = new long[ENTRIES];
  private final String[] rawEntries = new String[ENTRIES];
  private final long[] rawVersions = new long[ENTRIES];
  private int next;
  private int rawNext;

  /**
   * Migrates a fresh schema and creates the entries both sides append to.
   *
   * @throws SQLException if PostgreSQL fails
   */
  @Setup
  public void prepare() throws SQLException {
    schema = PostgresSchema.create();
    store = new JdbcRegisterStore(DsrDatabase.migrate(schema), codec);
    for (int i = 0; i < ENTRIES; i++) {
      entries[i] = store.newEntryId();
      store.append(
          entries[i],
          0,
          List.of(
              new RecordedEvent(
                  entries[i],
                  1,
                  "coordinator-1",
                  AT,
                  "set up",
                  new RegisterEvent.DsrReviewHeld(ON))),
          summary(entries[i], 1));
      versions[i] = 1;
      rawEntries[i] = String.format("R-%06d", i + 1);
      rawVersions[i] = 0;
    }
    for (int i = 0; i < 3; i++) {
      types[i] = codec.typeOf(command.get(i));
      payloads[i] = codec.encode(command.get(i));
    }
  }

  private static EntrySummary summary(EntryId id, long version) {
    return new EntrySummary(
        id,
        version,
        EntryStatus.ACTIVE,
        Optional.of(ON.plusWeeks(4)),
        Optional.of(ON.plusWeeks(4)));
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

  /**
   * One command through the store.
   *
   * @return the entry's new version
   */
  @Benchmark
  public long jdbcRegisterStore() {
    int i = next;
    next = (next + 1) % ENTRIES;
    EntryId id = entries[i];
    long from = versions[i];
    List<RecordedEvent> events = new ArrayList<>(3);
    for (int k = 0; k < 3; k++) {
      events.add(
          new RecordedEvent(
              id, from + k + 1, "coordinator-1", AT, "DSR review held", command.get(k)));
    }
    store.append(id, from, events, summary(id, from + 3));
    versions[i] = from + 3;
    return versions[i];
  }

  /**
   * The same rows in one batch, in auto-commit.
   *
   * @return the entry's new version
   * @throws SQLException if PostgreSQL fails
   */
  @Benchmark
  public long rawBatchInsert() throws SQLException {
    return raw(true);
  }

  /**
   * The same rows in one batch, in a transaction committed explicitly.
   *
   * @return the entry's new version
   * @throws SQLException if PostgreSQL fails
   */
  @Benchmark
  public long rawBatchInsertInTransaction() throws SQLException {
    return raw(false);
  }

  private long raw(boolean autoCommit) throws SQLException {
    int i = rawNext;
    rawNext = (rawNext + 1) % ENTRIES;
    long from = rawVersions[i];
    try (Connection c = schema.getConnection()) {
      c.setAutoCommit(autoCommit);
      try (PreparedStatement ps = c.prepareStatement(INSERT)) {
        for (int k = 0; k < 3; k++) {
          ps.setString(1, rawEntries[i]);
          ps.setLong(2, from + k + 1);
          ps.setString(3, types[k]);
          ps.setObject(4, OffsetDateTime.ofInstant(AT, ZoneOffset.UTC));
          ps.setString(5, "coordinator-1");
          ps.setString(6, "DSR review held");
          ps.setString(7, payloads[k]);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      if (!autoCommit) {
        c.commit();
        c.setAutoCommit(true);
      }
    }
    rawVersions[i] = from + 3;
    return rawVersions[i];
  }
}
