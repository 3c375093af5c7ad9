package org.opendsr.jdbc;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.DsrException;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.store.Append;
import org.opendsr.core.store.DueCursor;
import org.opendsr.core.store.EntrySummary;
import org.opendsr.core.store.EventCodec;
import org.opendsr.core.store.OneOpenEntryPerPerson;
import org.opendsr.core.store.PagedWorklistStore;
import org.opendsr.core.store.WorkDue;

/**
 * The register's store in PostgreSQL or H2: events in {@code dsr_event} (append-only, enforced by
 * the database), one row per entry in {@code dsr_entry} with the entry's version, the person's NHS
 * number and the {@link EntrySummary} whose due dates are indexed for worklists.
 *
 * <p>Each append is atomic: it moves the entry's row from the expected version to the new one
 * ({@code INSERT} for a new entry, {@code UPDATE ... WHERE version = ?} otherwise, which also locks
 * the row against concurrent writers) and inserts the events. On PostgreSQL both are one statement,
 * so a command costs one round trip; on H2 they are two statements in one transaction. A stale
 * version, a duplicate key or a serialization failure is reported as {@link
 * ConcurrentUpdateException} and nothing is written. The primary key {@code (entry_id, version)} of
 * the events backs the same guarantee for any writer that bypasses this class.
 *
 * <p>A unique index on the NHS number of each open entry ({@code dsr_entry_one_open_per_person})
 * holds the rule of {@link OneOpenEntryPerPerson} as the entry row is written: of two referrals of
 * one person at the same moment, the one written second is refused with the register's own {@link
 * org.opendsr.core.ValidationException}, naming the open entry, and writes nothing. A batch moves
 * its existing entries before it inserts new ones, so an entry it closes frees the person's place
 * for a new entry in the same batch. Entry rows are closed, never deleted (the database refuses).
 *
 * <p>The due-review worklist is read through index {@code dsr_entry_review_due}, whole or a page at
 * a time by keyset ({@link #dueBy}: {@code ORDER BY} due date and creation, {@code LIMIT}). The
 * entry's version is in no index, so on PostgreSQL an append that leaves the worklist dates as they
 * were updates the row in place (a HOT update) and the table does not bloat.
 *
 * <p>Instants are stored to the microsecond, the precision of both databases. Events are encoded by
 * the {@link EventCodec} given, so this module does not depend on a wire format. Thread-safe: every
 * call takes its own connection from the data source.
 */
public final class JdbcRegisterStore implements PagedWorklistStore {

  /** The query of {@link #dueForReviewBy}, served by index {@code dsr_entry_review_due}. */
  static final String DUE_FOR_REVIEW =
      "SELECT entry_id, version, status, next_review_due, next_work_due FROM dsr_entry"
          + " WHERE next_review_due <= ? ORDER BY next_review_due, created_seq";

  /**
   * The pages of {@link #dueBy}: the first page and the pages after a cursor, for each due column,
   * each served in due order by that column's index ({@code dsr_entry_review_due}, {@code
   * dsr_entry_work_due}: due date, then creation), which a page reads from the cursor on and stops
   * after {@code LIMIT} rows. The cursor names an entry; its place in creation order is read by
   * primary key (an entry that does not exist gives none, and the page starts after its day).
   */
  static final String DUE_FIRST_PAGE =
      "SELECT entry_id, version, status, next_review_due, next_work_due FROM dsr_entry"
          + " WHERE %1$s <= ? ORDER BY %1$s, created_seq LIMIT ?";

  /** See {@link #DUE_FIRST_PAGE}. */
  static final String DUE_PAGE_AFTER =
      "SELECT entry_id, version, status, next_review_due, next_work_due FROM dsr_entry"
          + " WHERE %1$s <= ? AND (%1$s, created_seq) >"
          + " (?, (SELECT created_seq FROM dsr_entry WHERE entry_id = ?))"
          + " ORDER BY %1$s, created_seq LIMIT ?";

  private static final String WORK_DUE =
      "SELECT entry_id FROM dsr_entry WHERE next_work_due <= ? ORDER BY created_seq";
  private static final String INSERT_EVENT =
      "INSERT INTO dsr_event (entry_id, version, event_type, occurred_at, actor, why, payload)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_ENTRY =
      "INSERT INTO dsr_entry (version, nhs_number, status, next_review_due, next_work_due,"
          + " entry_id) VALUES (?, ?, ?, ?, ?, ?)";
  private static final String UPDATE_ENTRY =
      "UPDATE dsr_entry SET version = ?, nhs_number = COALESCE(nhs_number, ?), status = ?,"
          + " next_review_due = ?, next_work_due = ? WHERE entry_id = ? AND version = ?";
  private static final String OPEN_ENTRY_OF_PERSON =
      "SELECT entry_id FROM dsr_entry WHERE nhs_number = ? AND entry_id <> ? AND status IN"
          + " ('REFERRED', 'ACTIVE', 'INCLUSION_BASIS_LAPSED') ORDER BY created_seq";

  /**
   * The unique index that holds a person's one open entry (migration {@code
   * V3_4__one_open_entry_per_person.sql}).
   */
  private static final String OPEN_PERSON_INDEX = "dsr_entry_one_open_per_person";

  private static final String LOAD =
      "SELECT version, event_type, occurred_at, actor, why, payload FROM dsr_event"
          + " WHERE entry_id = ? ORDER BY version";

  /**
   * Entries in a batch from which {@link #appendAll} encodes their events in parallel: below this,
   * splitting the work costs more than it saves.
   */
  private static final int ENCODE_IN_PARALLEL_FROM = 64;

  /** Events sent to the database in one JDBC batch by {@link #appendAll}. */
  private static final int EVENTS_PER_JDBC_BATCH = 1_000;

  // Duplicate key, serialization failure and deadlock (both databases), H2's concurrent update
  // and lock timeout: in each case another writer got there first and nothing was written.
  private static final Set<String> CONFLICT_STATES =
      Set.of("23505", "40001", "40P01", "90131", "HYT00");

  private final DsrDatabase database;
  private final EventCodec codec;
  private final String nextEntryNumber;
  private final String nextEntryNumbers;

  /**
   * Creates the store over a migrated database.
   *
   * @param database the database, migrated by {@link DsrDatabase#migrate}
   * @param codec how events are written to and read from their payload column
   */
  public JdbcRegisterStore(DsrDatabase database, EventCodec codec) {
    this.database = Objects.requireNonNull(database, "database");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.nextEntryNumber = database.dialect().nextValueOf("dsr_entry_id_seq");
    this.nextEntryNumbers = database.dialect().nextValuesOf("dsr_entry_id_seq");
  }

  @Override
  public EntryId newEntryId() {
    try (Connection c = database.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(nextEntryNumber)) {
      rs.next();
      return EntryId.numbered(rs.getLong(1));
    } catch (SQLException e) {
      throw DatabaseException.of("could not issue a new entry id", e);
    }
  }

  /** One query for a block of ids, instead of one a person (a bulk load's entries). */
  @Override
  public List<EntryId> newEntryIds(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(nextEntryNumbers)) {
      ps.setInt(1, count);
      long[] numbers = new long[count];
      int n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next() && n < count) {
          numbers[n++] = rs.getLong(1);
        }
      }
      if (n != count) {
        throw new DsrException("the entry id sequence gave " + n + " ids of " + count);
      }
      // Issued in this order; sorted in case the database returns the rows in another.
      Arrays.sort(numbers);
      List<EntryId> ids = new ArrayList<>(count);
      for (long number : numbers) {
        ids.add(EntryId.numbered(number));
      }
      return List.copyOf(ids);
    } catch (SQLException e) {
      throw DatabaseException.of("could not issue new entry ids", e);
    }
  }

  /** Every NHS number with an entry, from the index on people, in one read. */
  @Override
  public Optional<long[]> peopleWithEntries() {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT DISTINCT nhs_number FROM dsr_entry WHERE nhs_number IS NOT NULL")) {
      long[] numbers = new long[1024];
      int n = 0;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (n == numbers.length) {
            numbers = Arrays.copyOf(numbers, n * 2);
          }
          numbers[n++] = Long.parseLong(rs.getString(1));
        }
      }
      long[] out = Arrays.copyOf(numbers, n);
      Arrays.sort(out);
      return Optional.of(out);
    } catch (SQLException e) {
      throw DatabaseException.of("could not list the people on the register", e);
    }
  }

  @Override
  public void append(EntryId entryId, long expectedVersion, List<RecordedEvent> events) {
    write(entryId, expectedVersion, events, Optional.empty());
  }

  @Override
  public void append(
      EntryId entryId, long expectedVersion, List<RecordedEvent> events, EntrySummary after) {
    write(entryId, expectedVersion, events, Optional.of(Objects.requireNonNull(after, "after")));
  }

  private void write(
      EntryId entryId,
      long expectedVersion,
      List<RecordedEvent> events,
      Optional<EntrySummary> summary) {
    // The checks of Append: numbering, and the summary's entry and version.
    Append append = new Append(entryId, expectedVersion, events, summary);
    if (database.dialect() == Dialect.POSTGRESQL) {
      writeInOneStatement(append, encode(append));
    } else {
      // H2: a batch of one, in its own transaction of two statements.
      appendAll(List.of(append));
    }
  }

  /** An append's events as the codec writes them, and the person's NHS number if it names one. */
  private record Encoded(String[] types, String[] payloads, String nhsNumber) {}

  /** Encodes before any transaction: a value the codec cannot write fails with nothing begun. */
  private Encoded encode(Append append) {
    int size = append.events().size();
    String[] types = new String[size];
    String[] payloads = new String[size];
    String nhsNumber = null;
    for (int i = 0; i < size; i++) {
      RegisterEvent change = append.events().get(i).change();
      types[i] = codec.typeOf(change);
      payloads[i] = codec.encode(change);
      if (nhsNumber == null && change.newEntryPerson().isPresent()) {
        nhsNumber = change.newEntryPerson().get().nhsNumber().value();
      }
    }
    return new Encoded(types, payloads, nhsNumber);
  }

  /**
   * PostgreSQL: the entry's row is moved and the events inserted by one statement, which is atomic
   * on its own, so an append costs one round trip (and a commit only when the connection is not in
   * auto-commit). The events are inserted only for the row the first part moved: none when the
   * entry was not at the expected version.
   */
  private void writeInOneStatement(Append append, Encoded encoded) {
    EntryId entryId = append.entryId();
    long expectedVersion = append.expectedVersion();
    List<RecordedEvent> events = append.events();
    try (Connection c = database.dataSource().getConnection()) {
      int inserted;
      try (PreparedStatement ps =
          c.prepareStatement(oneStatement(expectedVersion, events.size()))) {
        setEntry(
            ps, entryId, expectedVersion, append.newVersion(), encoded.nhsNumber(), append.after());
        int p = expectedVersion == 0 ? 7 : 8;
        for (int i = 0; i < events.size(); i++) {
          RecordedEvent e = events.get(i);
          ps.setLong(p++, e.version());
          ps.setString(p++, encoded.types()[i]);
          ps.setObject(p++, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
          ps.setString(p++, e.actor());
          ps.setString(p++, e.why());
          ps.setString(p++, encoded.payloads()[i]);
        }
        inserted = ps.executeUpdate();
        if (inserted == events.size() && !c.getAutoCommit()) {
          c.commit();
        }
      } catch (SQLException e) {
        Optional<SQLException> rollbackFailure =
            c.getAutoCommit() ? Optional.empty() : Rollbacks.rollback(c);
        DsrException error = failure(c, List.of(append), List.of(encoded), e);
        rollbackFailure.ifPresent(error::addSuppressed);
        throw error;
      }
      if (inserted != events.size()) {
        if (!c.getAutoCommit()) {
          Rollbacks.rollback(c);
        }
        throw ConcurrentUpdateException.notAtVersion(
            entryId, currentVersion(c, entryId), expectedVersion);
      }
    } catch (SQLException e) {
      throw failure(null, List.of(append), List.of(encoded), e);
    }
  }

  /**
   * The error for a failed write of appends, one per entry, after it was rolled back: a second open
   * entry for a person ({@link OneOpenEntryPerPerson}), a conflict with another writer, or a
   * database failure naming the entry when there is one. None carries the driver's error, whose
   * message may hold the statement's parameters ({@link DatabaseException}).
   *
   * @param c the connection the write was made on, rolled back, to look up the open entry a refused
   *     write collided with; null if there is none to use
   */
  private static DsrException failure(
      Connection c, List<Append> perEntry, List<Encoded> encoded, SQLException e) {
    Append first = perEntry.get(0);
    if (mentions(e, OPEN_PERSON_INDEX)) {
      return OneOpenEntryPerPerson.refusal(
          c == null ? Optional.empty() : openEntryOfAPersonIn(c, perEntry, encoded));
    }
    if (isConflict(e)) {
      return new ConcurrentUpdateException(
          perEntry.size() == 1
              ? "entry "
                  + first.entryId()
                  + " was changed by another command since version "
                  + first.expectedVersion()
                  + "; nothing was written, re-read and try again"
              : "an entry of a batch of "
                  + perEntry.size()
                  + " was changed by another command or already exists; nothing in the batch was"
                  + " written");
    }
    return DatabaseException.of(
        perEntry.size() == 1
            ? "could not append events to entry " + first.entryId()
            : "could not append a batch of " + perEntry.size() + " entries",
        e);
  }

  /**
   * Whether the database named an index or constraint in any error of a failure: the unique
   * violation's own message, a batch's next exceptions, or their causes. The messages are read here
   * and never handed on.
   */
  private static boolean mentions(SQLException e, String name) {
    List<Throwable> seen = new ArrayList<>();
    List<Throwable> todo = new ArrayList<>(List.of(e));
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(todo.size() - 1);
      if (t == null || seen.stream().anyMatch(s -> s == t) || seen.size() > 100) {
        continue;
      }
      seen.add(t);
      String message = t.getMessage();
      if (message != null && message.toLowerCase(Locale.ROOT).contains(name)) {
        return true;
      }
      todo.add(t.getCause());
      if (t instanceof SQLException sql) {
        todo.add(sql.getNextException());
      }
    }
    return false;
  }

  /**
   * The open entry a refused batch collided with: for each new open entry of the batch, another
   * open entry of the same person in the database (the batch was rolled back) or earlier in the
   * batch. Empty if it can no longer be found, for example because it was closed since. Asked on
   * the write's own connection, so a pool of one connection is enough.
   */
  private static Optional<EntryId> openEntryOfAPersonIn(
      Connection c, List<Append> perEntry, List<Encoded> encoded) {
    Map<String, EntryId> earlierInBatch = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(OPEN_ENTRY_OF_PERSON)) {
      for (int k = 0; k < perEntry.size(); k++) {
        Append a = perEntry.get(k);
        String nhsNumber = encoded.get(k).nhsNumber();
        if (nhsNumber == null || !a.after().map(s -> s.status().isOpen()).orElse(false)) {
          continue;
        }
        ps.setString(1, nhsNumber);
        ps.setString(2, a.entryId().value());
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return Optional.of(EntryId.of(rs.getString(1)));
          }
        }
        EntryId earlier = earlierInBatch.putIfAbsent(nhsNumber, a.entryId());
        if (earlier != null) {
          return Optional.of(earlier);
        }
      }
    } catch (SQLException e) {
      // The refusal stands without the entry's id.
    }
    return Optional.empty();
  }

  /** The statement of {@link #writeInOneStatement} for a batch of {@code size} events. */
  private static String oneStatement(long expectedVersion, int size) {
    StringBuilder sql = new StringBuilder("WITH moved AS (");
    sql.append(
        expectedVersion == 0
            ? INSERT_ENTRY + " RETURNING entry_id"
            : UPDATE_ENTRY + " RETURNING entry_id");
    sql.append(
        ") INSERT INTO dsr_event (entry_id, version, event_type, occurred_at, actor, why, payload)"
            + " SELECT moved.entry_id, e.version, e.event_type, e.occurred_at, e.actor, e.why,"
            + " e.payload FROM moved CROSS JOIN (VALUES ");
    for (int i = 0; i < size; i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("(CAST(? AS INTEGER), CAST(? AS VARCHAR), CAST(? AS TIMESTAMP WITH TIME ZONE),")
          .append(" CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS TEXT))");
    }
    return sql.append(") AS e (version, event_type, occurred_at, actor, why, payload)").toString();
  }

  /** The parameters of {@link #INSERT_ENTRY} or {@link #UPDATE_ENTRY} for one entry. */
  private static void setEntry(
      PreparedStatement ps,
      EntryId entryId,
      long expectedVersion,
      long newVersion,
      String nhsNumber,
      Optional<EntrySummary> summary)
      throws SQLException {
    ps.setLong(1, newVersion);
    setString(ps, 2, Optional.ofNullable(nhsNumber));
    setString(ps, 3, summary.map(s -> s.status().name()));
    setDate(ps, 4, summary.flatMap(EntrySummary::nextReviewDue));
    setDate(ps, 5, summary.flatMap(EntrySummary::nextWorkDue));
    ps.setString(6, entryId.value());
    if (expectedVersion != 0) {
      ps.setLong(7, expectedVersion);
    }
  }

  /**
   * Writes the batch in one transaction, all or nothing: the appends to each entry are joined into
   * one, then the entry rows are inserted (new entries) or moved from their expected versions, and
   * the events inserted, each as a JDBC batch. If any entry is not at its expected version, nothing
   * of the batch is written.
   */
  @Override
  public void appendAll(List<Append> appends) {
    Objects.requireNonNull(appends, "appends");
    List<Append> perEntry = Append.perEntry(appends);
    if (perEntry.isEmpty()) {
      return;
    }
    // Encoding is pure and the codec thread-safe (EventCodec), so a large batch, such as an
    // import's, is encoded on every core; a small one on this thread, where a pool costs more.
    List<Encoded> encoded =
        perEntry.size() < ENCODE_IN_PARALLEL_FROM
            ? perEntry.stream().map(this::encode).toList()
            : perEntry.parallelStream().map(this::encode).toList();
    try (Connection c = database.dataSource().getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        writeEntryRows(c, perEntry, encoded);
        try (PreparedStatement ps = c.prepareStatement(INSERT_EVENT)) {
          int batched = 0;
          for (int k = 0; k < perEntry.size(); k++) {
            Append a = perEntry.get(k);
            Encoded encoding = encoded.get(k);
            for (int i = 0; i < a.events().size(); i++) {
              RecordedEvent e = a.events().get(i);
              ps.setString(1, a.entryId().value());
              ps.setLong(2, e.version());
              ps.setString(3, encoding.types()[i]);
              ps.setObject(4, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
              ps.setString(5, e.actor());
              ps.setString(6, e.why());
              ps.setString(7, encoding.payloads()[i]);
              ps.addBatch();
              if (++batched % EVENTS_PER_JDBC_BATCH == 0) {
                ps.executeBatch();
              }
            }
          }
          ps.executeBatch();
        }
        c.commit();
      } catch (SQLException e) {
        Optional<SQLException> rollbackFailure = Rollbacks.rollback(c);
        DsrException error = failure(c, perEntry, encoded, e);
        rollbackFailure.ifPresent(error::addSuppressed);
        throw error;
      } catch (RuntimeException e) {
        throw Rollbacks.after(c, e);
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw failure(null, perEntry, encoded, e);
    }
  }

  /** Inserts or moves the entry rows of a batch; throws if an entry is not where expected. */
  private static void writeEntryRows(Connection c, List<Append> perEntry, List<Encoded> encoded)
      throws SQLException {
    List<Append> moved = new ArrayList<>();
    try (PreparedStatement insert = c.prepareStatement(INSERT_ENTRY);
        PreparedStatement update = c.prepareStatement(UPDATE_ENTRY)) {
      for (int k = 0; k < perEntry.size(); k++) {
        Append a = perEntry.get(k);
        boolean isNew = a.expectedVersion() == 0;
        PreparedStatement ps = isNew ? insert : update;
        setEntry(
            ps,
            a.entryId(),
            a.expectedVersion(),
            a.newVersion(),
            encoded.get(k).nhsNumber(),
            a.after());
        ps.addBatch();
        if (!isNew) {
          moved.add(a);
        }
      }
      // Moves first: an entry the batch closes frees its person's place before a new entry of
      // the same person takes it (OneOpenEntryPerPerson).
      int[] counts = update.executeBatch();
      insert.executeBatch();
      for (int k = 0; k < counts.length; k++) {
        if (counts[k] == 0) {
          Append stale = moved.get(k);
          throw ConcurrentUpdateException.notAtVersion(
              stale.entryId(), currentVersion(c, stale.entryId()), stale.expectedVersion());
        }
      }
    }
  }

  private static long currentVersion(Connection c, EntryId entryId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT version FROM dsr_entry WHERE entry_id = ?")) {
      ps.setString(1, entryId.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private static boolean isConflict(SQLException e) {
    for (SQLException s = e; s != null; s = s.getNextException()) {
      if (s.getSQLState() != null && CONFLICT_STATES.contains(s.getSQLState())) {
        return true;
      }
      if (s instanceof BatchUpdateException && s.getCause() instanceof SQLException cause) {
        if (cause.getSQLState() != null && CONFLICT_STATES.contains(cause.getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public List<RecordedEvent> load(EntryId entryId) {
    Objects.requireNonNull(entryId, "entryId");
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(LOAD)) {
      ps.setString(1, entryId.value());
      List<RecordedEvent> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long version = rs.getLong(1);
          RegisterEvent change;
          try {
            change = codec.decode(rs.getString(2), rs.getString(6));
          } catch (RuntimeException e) {
            // Not the codec's error as the cause: a parser's message may quote the payload.
            throw new DsrException(
                "event "
                    + version
                    + " of entry "
                    + entryId
                    + " could not be read ("
                    + e.getClass().getSimpleName()
                    + ")");
          }
          out.add(
              new RecordedEvent(
                  entryId,
                  version,
                  rs.getString(4),
                  rs.getObject(3, OffsetDateTime.class).toInstant(),
                  rs.getString(5),
                  change));
        }
      }
      return List.copyOf(out);
    } catch (SQLException e) {
      throw DatabaseException.of("could not load entry " + entryId, e);
    }
  }

  @Override
  public List<EntryId> entryIds() {
    return ids("SELECT entry_id FROM dsr_entry ORDER BY created_seq", null, null);
  }

  @Override
  public List<EntryId> entryIdsFor(NhsNumber nhsNumber) {
    Objects.requireNonNull(nhsNumber, "nhsNumber");
    return ids(
        "SELECT entry_id FROM dsr_entry WHERE nhs_number = ? ORDER BY created_seq",
        nhsNumber.value(),
        null);
  }

  @Override
  public List<EntryId> withWorkDueBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return ids(WORK_DUE, null, date);
  }

  private List<EntryId> ids(String sql, String text, LocalDate date) {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (text != null) {
        ps.setString(1, text);
      }
      if (date != null) {
        ps.setObject(1, date);
      }
      List<EntryId> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(EntryId.of(rs.getString(1)));
        }
      }
      return List.copyOf(out);
    } catch (SQLException e) {
      throw DatabaseException.of("could not list entries", e);
    }
  }

  @Override
  public List<EntrySummary> dueForReviewBy(LocalDate date) {
    Objects.requireNonNull(date, "date");
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(DUE_FOR_REVIEW)) {
      ps.setObject(1, date);
      List<EntrySummary> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new EntrySummary(
                  EntryId.of(rs.getString(1)),
                  rs.getLong(2),
                  EntryStatus.valueOf(rs.getString(3)),
                  Optional.of(rs.getObject(4, LocalDate.class)),
                  Optional.of(rs.getObject(5, LocalDate.class))));
        }
      }
      return List.copyOf(out);
    } catch (SQLException e) {
      throw DatabaseException.of("could not list entries due for review", e);
    }
  }

  /**
   * The SQL of a page: the first, or the one after a cursor.
   *
   * @param column which due date
   * @param after whether a cursor is given
   * @return the statement
   */
  static String duePageSql(WorkDue column, boolean after) {
    String name = column == WorkDue.REVIEW ? "next_review_due" : "next_work_due";
    return String.format(Locale.ROOT, after ? DUE_PAGE_AFTER : DUE_FIRST_PAGE, name);
  }

  @Override
  public List<EntrySummary> dueBy(
      WorkDue column, LocalDate by, Optional<DueCursor> after, int limit) {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(after, "after");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(duePageSql(column, after.isPresent()))) {
      int i = 1;
      ps.setObject(i++, by);
      if (after.isPresent()) {
        ps.setObject(i++, after.get().due());
        ps.setString(i++, after.get().entryId().value());
      }
      ps.setInt(i, limit);
      List<EntrySummary> out = new ArrayList<>(Math.min(limit, 1_000));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new EntrySummary(
                  EntryId.of(rs.getString(1)),
                  rs.getLong(2),
                  EntryStatus.valueOf(rs.getString(3)),
                  Optional.ofNullable(rs.getObject(4, LocalDate.class)),
                  Optional.ofNullable(rs.getObject(5, LocalDate.class))));
        }
      }
      return List.copyOf(out);
    } catch (SQLException e) {
      throw DatabaseException.of("could not read a page of the worklist", e);
    }
  }

  private static void setString(PreparedStatement ps, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      ps.setString(index, value.get());
    } else {
      ps.setNull(index, Types.VARCHAR);
    }
  }

  private static void setDate(PreparedStatement ps, int index, Optional<LocalDate> value)
      throws SQLException {
    if (value.isPresent()) {
      ps.setObject(index, value.get());
    } else {
      ps.setNull(index, Types.DATE);
    }
  }
}
