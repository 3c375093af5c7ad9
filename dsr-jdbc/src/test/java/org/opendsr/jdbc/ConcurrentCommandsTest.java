package org.opendsr.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Residence;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.CommandResult;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.json.JsonEventCodec;

/**
 * Eight coordinators update the same fifty entries at once, 1,000 commands each. Every command
 * either lands, with its event stored exactly once, or fails with a conflict and leaves nothing.
 */
class ConcurrentCommandsTest {

  private static final int THREADS = 8;
  private static final int COMMANDS_PER_THREAD = 1_000;
  private static final int ENTRIES = 50;
  private static final LocalDate TODAY = LocalDate.of(2026, 5, 11);

  @Test
  void on_postgres_every_command_is_stored_once_or_refused_with_a_conflict() throws Exception {
    assumeThat(TestDatabases.postgresConfigured()).as("DSR_PG_URL set").isTrue();
    run(TestDatabases.freshPostgres());
  }

  @Test
  void on_h2_every_command_is_stored_once_or_refused_with_a_conflict() throws Exception {
    run(TestDatabases.freshH2());
  }

  private static PersonDetails person(int i) {
    String nine = String.valueOf(100_000_000 + i * 7);
    Optional<Integer> check = NhsNumber.checkDigitFor(nine);
    while (check.isEmpty()) {
      nine = String.valueOf(Long.parseLong(nine) + 1);
      check = NhsNumber.checkDigitFor(nine);
    }
    return PersonDetails.of(
        PersonName.of("Test", "Person"),
        DateOfBirth.of(LocalDate.of(2000, 1, 1)),
        NhsNumber.parse(nine + check.get()),
        Residence.of("1 Test Street", "Testshire"),
        Diagnosis.AUTISM);
  }

  private static void run(DataSource raw) throws Exception {
    try (ConnectionPerThread pool = new ConnectionPerThread(raw)) {
      JdbcRegisterStore store =
          new JdbcRegisterStore(DsrDatabase.migrate(pool), JsonEventCodec.standard());
      Clock clock = Clock.fixed(Instant.parse("2026-05-11T09:00:00Z"), ZoneOffset.UTC);
      DynamicSupportRegister register =
          DynamicSupportRegister.create(
              store, clock, WorkingDayCalendar.englandAndWales(), LocalPolicy.defaults());
      List<EntryId> entries = new ArrayList<>();
      for (int i = 0; i < ENTRIES; i++) {
        entries.add(
            register
                .handle(
                    new Command.Refer(
                        "coordinator-0",
                        person(i),
                        Referral.of(
                            ReferralSource.SELF, TODAY, "self", ContactDetails.email("a@b.cd")),
                        List.of()))
                .entryId());
      }
      // What each coordinator last saw of each entry; refreshed only after a conflict, as a
      // coordinator's screen would be, so a command is one read and one write of the store.
      Map<EntryId, Long> seen = new ConcurrentHashMap<>();
      for (EntryId id : entries) {
        seen.put(id, register.entry(id).version());
      }
      Map<String, EntryId> accepted = new ConcurrentHashMap<>();
      Set<String> rejected = ConcurrentHashMap.newKeySet();

      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(
            threads.submit(
                () -> {
                  SplittableRandom random = new SplittableRandom(thread);
                  for (int n = 0; n < COMMANDS_PER_THREAD; n++) {
                    EntryId id = entries.get(random.nextInt(ENTRIES));
                    String tag = "t" + thread + "-c" + n;
                    long version = seen.get(id);
                    try {
                      CommandResult result =
                          register.handle(
                              new Command.UpdateCaseSummary(
                                  "coordinator-" + thread,
                                  id,
                                  version,
                                  new CaseSummary(tag, "", "", "")));
                      assertThat(result.version()).isEqualTo(version + 1);
                      accepted.put(tag, id);
                      seen.merge(id, result.version(), Math::max);
                    } catch (ConcurrentUpdateException e) {
                      rejected.add(tag);
                      seen.merge(id, register.entry(id).version(), Math::max);
                    }
                  }
                  return null;
                }));
      }
      threads.shutdown();
      assertThat(threads.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
      for (Future<?> f : done) {
        f.get();
      }

      assertThat(accepted.size() + rejected.size()).isEqualTo(THREADS * COMMANDS_PER_THREAD);
      assertThat(rejected).as("eight writers on fifty entries do collide").isNotEmpty();
      Map<String, EntryId> stored = new ConcurrentHashMap<>();
      int updates = 0;
      for (EntryId id : entries) {
        List<RecordedEvent> history = store.load(id);
        for (int i = 0; i < history.size(); i++) {
          assertThat(history.get(i).version()).isEqualTo(i + 1);
          if (history.get(i).change() instanceof RegisterEvent.CaseSummaryUpdated updated) {
            String tag = updated.summary().currentIssues();
            assertThat(stored.put(tag, id)).as("stored once: %s", tag).isNull();
            updates++;
          }
        }
      }
      assertThat(stored).isEqualTo(accepted);
      assertThat(updates).isEqualTo(accepted.size());
      Set<String> overlap = new HashSet<>(rejected);
      overlap.retainAll(stored.keySet());
      assertThat(overlap).as("no refused command left an event").isEmpty();
    }
  }
}
