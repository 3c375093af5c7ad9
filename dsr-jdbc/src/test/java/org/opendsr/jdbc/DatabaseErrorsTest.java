package org.opendsr.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.store.Append;
import org.opendsr.core.store.EntrySummary;
import org.opendsr.json.JsonEventCodec;

/**
 * A database error the library hands out names no one: the driver's messages, which may print a
 * statement's parameters, are left behind, and the SQLState and vendor code are kept.
 */
class DatabaseErrorsTest {

  private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
  private static final String NHS = "9434765919";
  private static final String SURNAME = "Quartermaine";
  private static final String STREET = "17 Larkspur Terrace";

  static Stream<DataSource> databases() {
    return TestDatabases.all().stream();
  }

  private static Append referral(EntryId id, String nhs, String why) {
    PersonDetails person =
        PersonDetails.of(
            PersonName.of("Zebedee", SURNAME),
            DateOfBirth.of(LocalDate.of(1999, 3, 4)),
            NhsNumber.parse(nhs),
            Residence.of(STREET, "Testshire"),
            Diagnosis.AUTISM);
    RegisterEvent referred =
        new RegisterEvent.Referred(
            id,
            1,
            person,
            Referral.of(
                ReferralSource.SELF,
                LocalDate.of(2026, 11, 20),
                "self",
                ContactDetails.email("a@b.cd")));
    return Append.of(
        id,
        0,
        List.of(new RecordedEvent(id, 1, "coordinator-1", AT, why, referred)),
        new EntrySummary(id, 1, EntryStatus.REFERRED, Optional.empty(), Optional.empty()));
  }

  /** Every throwable reachable from one: causes, suppressed, and a SQL error's next ones. */
  private static List<Throwable> everyErrorIn(Throwable thrown) {
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    List<Throwable> todo = new ArrayList<>(List.of(thrown));
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(todo.size() - 1);
      if (t == null || seen.put(t, true) != null) {
        continue;
      }
      todo.add(t.getCause());
      todo.addAll(List.of(t.getSuppressed()));
      if (t instanceof SQLException sql) {
        todo.add(sql.getNextException());
      }
    }
    return List.copyOf(seen.keySet());
  }

  private static void assertNamesNoOne(Throwable thrown) {
    assertThat(thrown).isInstanceOf(DatabaseException.class);
    assertThat(((DatabaseException) thrown).sqlState()).isEqualTo("22001");
    assertThat(everyErrorIn(thrown))
        .allSatisfy(
            t ->
                assertThat(String.valueOf(t.getMessage()) + " " + t)
                    .doesNotContain(NHS, "943 476 5919", SURNAME, STREET));
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_failed_batch_names_no_one_in_any_message_of_its_cause_chain(DataSource source) {
    JdbcRegisterStore store =
        new JdbcRegisterStore(DsrDatabase.migrate(source), JsonEventCodec.standard());
    EntryId first = store.newEntryId();
    EntryId second = store.newEntryId();

    // The reason is longer than its column holds (2,000 characters): the batch fails.
    Throwable thrown =
        catchThrowable(
            () ->
                store.appendAll(
                    List.of(
                        referral(first, "4010232137", "referral"),
                        referral(second, NHS, "x".repeat(2_001)))));

    assertThat(thrown).hasMessageContaining("could not append a batch of 2 entries");
    assertNamesNoOne(thrown);
    assertThat(store.entryIds()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_failed_append_names_no_one_in_any_message_of_its_cause_chain(DataSource source) {
    JdbcRegisterStore store =
        new JdbcRegisterStore(DsrDatabase.migrate(source), JsonEventCodec.standard());
    EntryId id = store.newEntryId();
    Append append = referral(id, NHS, "x".repeat(2_001));

    Throwable thrown =
        catchThrowable(() -> store.append(id, 0, append.events(), append.after().orElseThrow()));

    assertThat(thrown).hasMessageContaining("could not append events to entry " + id);
    assertNamesNoOne(thrown);
  }
}
