package org.opendsr.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.DsrException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.store.EntrySummary;
import org.opendsr.json.JsonEventCodec;

/** One transaction across many store and audit-trail calls: for a bulk load, whole or nothing. */
class TransactionTest {

  private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
  private static final LocalDate NOV_23 = LocalDate.of(2026, 11, 23);

  static Stream<DataSource> databases() {
    return TestDatabases.all().stream();
  }

  private static List<RecordedEvent> events(EntryId id, long from, int count) {
    return LongStream.range(from, from + count)
        .mapToObj(
            v ->
                new RecordedEvent(
                    id,
                    v,
                    "coordinator-1",
                    AT,
                    "import",
                    new RegisterEvent.DsrReviewHeld(NOV_23.minusDays(v))))
        .toList();
  }

  private static EntrySummary summary(EntryId id, long version) {
    return new EntrySummary(
        id, version, EntryStatus.ACTIVE, Optional.of(NOV_23), Optional.of(NOV_23));
  }

  private static AuditRecord referred(EntryId id) {
    return AuditRecord.allowed(
        AT,
        Actor.professional("coordinator-1", Role.DSR_COORDINATOR, "ICB"),
        AccessPurpose.REGISTER_ADMINISTRATION,
        Operation.REFER,
        Optional.of(id.value()),
        false,
        "import");
  }

  /** What another thread, outside the transaction, sees. */
  private static <T> T fromAnotherThread(Supplier<T> read) {
    return CompletableFuture.supplyAsync(read).join();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void writes_in_a_transaction_are_seen_by_others_only_once_it_commits(DataSource source) {
    DsrDatabase database = DsrDatabase.migrate(source);
    JdbcRegisterStore store = new JdbcRegisterStore(database, JsonEventCodec.standard());
    JdbcAuditTrail audit = new JdbcAuditTrail(database);
    EntryId id = store.newEntryId();

    try (Transaction transaction = database.begin()) {
      store.append(id, 0, events(id, 1, 2), summary(id, 2));
      audit.append(referred(id));
      store.append(id, 2, events(id, 3, 1), summary(id, 3));

      assertThat(store.load(id)).hasSize(3);
      assertThat(fromAnotherThread(() -> store.load(id))).isEmpty();
      assertThat(fromAnotherThread(audit::all)).isEmpty();

      transaction.commit();
    }

    assertThat(fromAnotherThread(() -> store.load(id))).hasSize(3);
    assertThat(fromAnotherThread(() -> audit.forEntry(id.value()))).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_rollback_undoes_events_summaries_and_audit_records_together(DataSource source) {
    DsrDatabase database = DsrDatabase.migrate(source);
    JdbcRegisterStore store = new JdbcRegisterStore(database, JsonEventCodec.standard());
    JdbcAuditTrail audit = new JdbcAuditTrail(database);
    EntryId id = store.newEntryId();

    try (Transaction transaction = database.begin()) {
      store.append(id, 0, events(id, 1, 2), summary(id, 2));
      audit.appendAll(List.of(referred(id), referred(id)));
      transaction.rollback();
    }

    assertThat(store.load(id)).isEmpty();
    assertThat(store.dueForReviewBy(NOV_23)).isEmpty();
    assertThat(audit.all()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void closing_without_a_commit_rolls_back(DataSource source) {
    DsrDatabase database = DsrDatabase.migrate(source);
    JdbcRegisterStore store = new JdbcRegisterStore(database, JsonEventCodec.standard());
    EntryId id = store.newEntryId();

    // Closed without a commit, as a try-with-resources block left early would close it.
    Transaction uncommitted = database.begin();
    try {
      store.append(id, 0, events(id, 1, 1), summary(id, 1));
    } finally {
      uncommitted.close();
    }

    assertThat(store.load(id)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_failed_write_rolls_back_the_whole_transaction_and_it_can_no_longer_commit(
      DataSource source) {
    DsrDatabase database = DsrDatabase.migrate(source);
    JdbcRegisterStore store = new JdbcRegisterStore(database, JsonEventCodec.standard());
    EntryId first = store.newEntryId();
    EntryId second = store.newEntryId();

    try (Transaction transaction = database.begin()) {
      store.append(first, 0, events(first, 1, 2), summary(first, 2));
      store.append(second, 0, events(second, 1, 1), summary(second, 1));
      assertThatThrownBy(() -> store.append(first, 1, events(first, 2, 1), summary(first, 2)))
          .isInstanceOf(ConcurrentUpdateException.class);

      assertThatThrownBy(transaction::commit)
          .isInstanceOf(DsrException.class)
          .hasMessageContaining("nothing was committed");
    }

    assertThat(store.load(first)).isEmpty();
    assertThat(store.load(second)).isEmpty();
  }

  /** Connections whose commit, once armed, reaches the database but its acknowledgement is lost. */
  private static DataSource losingCommitAcknowledgements(
      DataSource real, java.util.concurrent.atomic.AtomicBoolean armed) {
    return (DataSource)
        java.lang.reflect.Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(method, real, args);
              if (!(result instanceof java.sql.Connection c)) {
                return result;
              }
              return java.lang.reflect.Proxy.newProxyInstance(
                  java.sql.Connection.class.getClassLoader(),
                  new Class<?>[] {java.sql.Connection.class},
                  (p, m, a) -> {
                    Object r = invoke(m, c, a);
                    if (m.getName().equals("commit") && armed.get()) {
                      throw new java.sql.SQLException("connection reset", "08006");
                    }
                    return r;
                  });
            });
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_commit_whose_acknowledgement_is_lost_is_reported_as_unknown_not_as_nothing_written(
      DataSource source) {
    java.util.concurrent.atomic.AtomicBoolean armed =
        new java.util.concurrent.atomic.AtomicBoolean();
    DsrDatabase database = DsrDatabase.migrate(losingCommitAcknowledgements(source, armed));
    JdbcRegisterStore store = new JdbcRegisterStore(database, JsonEventCodec.standard());
    EntryId id = store.newEntryId();

    try (Transaction transaction = database.begin()) {
      armed.set(true);
      store.append(id, 0, events(id, 1, 2), summary(id, 2));

      assertThatThrownBy(transaction::commit)
          .isInstanceOf(CommitOutcomeUnknownException.class)
          .hasMessageContaining("may or may not have been committed")
          .message()
          .doesNotContain("nothing was committed");
    }

    // The database did commit: claiming nothing was written would have been false.
    armed.set(false);
    assertThat(store.load(id)).hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_thread_has_at_most_one_transaction_open(DataSource source) {
    DsrDatabase database = DsrDatabase.migrate(source);

    Transaction open = database.begin();
    try {
      assertThatThrownBy(database::begin).isInstanceOf(IllegalStateException.class);
    } finally {
      open.close();
    }
    try (Transaction again = database.begin()) {
      again.commit();
      assertThatThrownBy(again::commit).isInstanceOf(IllegalStateException.class);
    }
  }
}
