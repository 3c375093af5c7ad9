package org.opendsr.benchmarks.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.CommandResult;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.store.BatchingRegisterStore;
import org.opendsr.examples.demo.SyntheticRegister;
import org.opendsr.jdbc.DsrDatabase;
import org.opendsr.jdbc.JdbcRegisterStore;
import org.opendsr.json.JsonEventCodec;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a fresh PostgreSQL schema with the demo's synthetic register: the named stories and a
 * cohort of fictional people with NHS numbers from the 999 test range, a year of casework each,
 * ending today. Commands go through the register's rules as users' would, written a few thousand at
 * a time ({@link BatchingRegisterStore}), so a large register loads in minutes, not hours.
 *
 * <p>Run: {@code DSR_PG_URL=jdbc:postgresql://127.0.0.1:5432/test?user=postgres java -cp
 * dsr-benchmarks/target/benchmarks.jar org.opendsr.benchmarks.web.LoadRegister 100000 dsr_load}
 * (people, schema). The schema is dropped first if it exists.
 */
public final class LoadRegister {

  private static final Logger LOG = LoggerFactory.getLogger(LoadRegister.class);

  /** Commands staged before each write to the database. */
  private static final int COMMANDS_PER_BATCH = 5_000;

  private LoadRegister() {}

  /**
   * Loads the register.
   *
   * @param args the number of people, then the schema's name (letters, digits and underscores)
   * @throws SQLException if PostgreSQL fails
   */
  public static void main(String[] args) throws SQLException {
    if (args.length != 2 || !args[1].matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("usage: LoadRegister <people> <schema, e.g. dsr_load>");
    }
    int people = Integer.parseInt(args[0]);
    String schema = args[1];
    String url = System.getenv("DSR_PG_URL");
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          "set DSR_PG_URL, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("CREATE SCHEMA " + schema);
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url);
    pg.setCurrentSchema(schema);
    long started = System.nanoTime();
    int told = load(DsrDatabase.migrate(pg), people);
    try (Connection c = pg.getConnection();
        Statement s = c.createStatement()) {
      s.execute("VACUUM ANALYZE dsr_entry");
      s.execute("VACUUM ANALYZE dsr_event");
    }
    LOG.info(
        "Loaded {} named stories and {} more people into schema {} in {} s",
        told,
        people,
        schema,
        (System.nanoTime() - started) / 1_000_000_000L);
  }

  /**
   * Tells the synthetic story into a migrated database.
   *
   * @param database the database
   * @param people how many people besides the named stories
   * @return how many named stories were told
   */
  static int load(DsrDatabase database, int people) {
    ZoneId london = ZoneId.of("Europe/London");
    LocalDate today = LocalDate.now(london);
    Clock clock = SyntheticRegister.storyClock(today, london);
    BatchingRegisterStore batches =
        new BatchingRegisterStore(new JdbcRegisterStore(database, JsonEventCodec.standard()));
    DynamicSupportRegister register =
        DynamicSupportRegister.create(
            batches, clock, WorkingDayCalendar.englandAndWales(), LocalPolicy.defaults());
    int[] staged = {0};
    Function<Command, CommandResult> writes =
        command -> {
          CommandResult result = register.handle(command);
          if (++staged[0] % COMMANDS_PER_BATCH == 0) {
            batches.flush();
            LOG.info("{} commands written", staged[0]);
          }
          return result;
        };
    int named = SyntheticRegister.tell(register, writes, clock, today, people).size();
    batches.flush();
    return named;
  }
}
