package org.opendsr.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendsr.examples.Dsr;
import org.opendsr.examples.demo.TestRangeNhsNumbers;

/**
 * A {@code dsr import} into the embedded H2 register, run as its own process and killed at many
 * moments (while it checks and writes the rows, and while H2 commits them): afterwards the register
 * opens, and holds exactly what it held before the import or exactly what it holds after it.
 */
class CrashDuringImportTest {

  private static final String MAPPING =
      "name = Full name\ndateOfBirth = DOB\nnhsNumber = NHS No\naddress = Address\n"
          + "postcode = Postcode\nrag = RAG\ndiagnosis = Diagnosis\nkeyWorkers = Key workers\n"
          + "lastReview = Last review\nnotes = Notes\nconsent = Consent\n"
          + "dateFormat = dd/MM/yyyy\nlocality = Wiltshire\n";
  private static final String HEADER =
      "Full name,DOB,NHS No,Address,Postcode,RAG,Diagnosis,Key workers,Last review,Notes,Consent\n";

  /** Rows of the import that is killed: enough for its commit to take a measurable while. */
  private static final int ROWS = 3_000;

  @TempDir Path dir;

  /** The counts of the register's rows: entries, events, audit records. */
  record Counts(long entries, long events, long audit) {}

  private static String spreadsheet(int rows, int offset, LocalDate today) {
    DateTimeFormatter uk = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    StringBuilder text = new StringBuilder(HEADER);
    TestRangeNhsNumbers numbers = new TestRangeNhsNumbers(offset);
    String[] rag = {"Red", "Amber", "Green"};
    for (int i = 0; i < rows; i++) {
      text.append("Sam Example ")
          .append(i)
          .append(",01/02/1990,")
          .append(numbers.next().value())
          .append(',')
          .append(i)
          .append(" Test Street,SN1 2AB,")
          .append(rag[i % 3])
          .append(",LD,SW Jo Bloggs,")
          .append(today.minusDays(10 + i % 50).format(uk))
          .append(",Settled at home with support from the community team,")
          .append(i % 4 == 0 ? "N" : "Y")
          .append('\n');
    }
    return text.toString();
  }

  @Test
  void an_import_killed_at_any_moment_leaves_the_register_as_before_or_as_after() throws Exception {
    Path mapping = Files.writeString(dir.resolve("mapping.properties"), MAPPING);
    LocalDate today = LocalDate.now(ZoneId.systemDefault());
    Path small = Files.writeString(dir.resolve("small.csv"), spreadsheet(40, 9_000, today));
    Path big = Files.writeString(dir.resolve("big.csv"), spreadsheet(ROWS, 0, today));

    // The register before: forty people already on it.
    Path before = dir.resolve("before");
    Files.createDirectories(before);
    assertThat(inProcess(before, "import", small.toString(), "-m", mapping.toString())).isZero();
    // Each register is compared after it has been opened by the command line once more (the
    // opening command's own audit record counted alike in all).
    Path beforeOpened = copyOf(before, "before-opened");
    assertThat(reopen(beforeOpened)).isEmpty();
    Counts beforeCounts = counts(beforeOpened);
    assertThat(beforeCounts.entries()).isEqualTo(40);

    // The register after an import that is left to finish, and how long it takes.
    Path after = copyOf(before, "after");
    long started = System.nanoTime();
    Process finished = fork(after, big, mapping);
    assertThat(finished.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(finished.exitValue()).isZero();
    long fullRun = System.nanoTime() - started;
    assertThat(reopen(after)).isEmpty();
    Counts afterCounts = counts(after);
    assertThat(afterCounts.entries()).isEqualTo(40 + ROWS);

    // Killed while the process starts, checks and writes rows (by time), and while H2 commits
    // (from the moment the write guard's marker says the commit begins).
    List<Kill> kills = new ArrayList<>();
    for (double fraction : new double[] {0.1, 0.3, 0.5}) {
      kills.add(
          new Kill(
              "at " + Math.round(fraction * 100) + "% of a full run",
              false,
              (long) (fraction * fullRun)));
    }
    for (long millis : new long[] {0, 20, 60, 150, 400, 1000, 2500}) {
      kills.add(new Kill(millis + " ms into the commit", true, millis * 1_000_000));
    }
    List<String> outcomes = new ArrayList<>();
    int killedCommitting = 0;
    for (int i = 0; i < kills.size(); i++) {
      Kill kill = kills.get(i);
      Path trial = copyOf(before, "trial-" + i);
      Process p = fork(trial, big, mapping);
      if (kill.committing()) {
        assertThat(awaitCommit(p, trial)).as("the commit began").isTrue();
      }
      p.waitFor(kill.nanos(), TimeUnit.NANOSECONDS);
      boolean alive = p.isAlive();
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
      if (alive && kill.committing()) {
        killedCommitting++;
      }
      String opened = reopen(trial);
      outcomes.add(
          "killed "
              + kill.when()
              + (alive ? "" : " (had finished)")
              + ": "
              + (opened.isEmpty() ? counts(trial) : "does not open: " + opened));
    }
    // The figures for the hazard log: where each kill landed and what it left.
    System.out.println("before " + beforeCounts + ", after " + afterCounts);
    outcomes.forEach(System.out::println);
    assertThat(outcomes)
        .allSatisfy(
            o ->
                assertThat(o)
                    .satisfiesAnyOf(
                        s -> assertThat(s).endsWith(": " + beforeCounts),
                        s -> assertThat(s).endsWith(": " + afterCounts)));
    // The commit is the moment that matters: its first kills must have found it still running.
    assertThat(killedCommitting)
        .as("kills that met the commit running: " + outcomes)
        .isGreaterThanOrEqualTo(2);
  }

  /** When to kill: after a time from the start, or from the start of the commit. */
  private record Kill(String when, boolean committing, long nanos) {}

  /** Waits until the marker says the commit has begun; false if the process ended first. */
  private static boolean awaitCommit(Process p, Path home) throws Exception {
    Path marker = home.resolve("register.write-unfinished");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && System.nanoTime() < deadline) {
      try {
        if (Files.readString(marker).contains("phase=committing")) {
          return true;
        }
      } catch (IOException notYet) {
        // Not there yet, or being replaced this instant.
      }
      Thread.sleep(1);
    }
    return false;
  }

  /** Opens the register as the command line does; empty if it opened, else why not. */
  private String reopen(Path home) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Dsr(
                new Environment(
                    Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London")),
                    new BufferedReader(new StringReader("")),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    home,
                    false))
            .run("worklist", "--db", url(home));
    return code == 0 ? "" : err.toString(StandardCharsets.UTF_8).strip();
  }

  private int inProcess(Path home, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--db");
    all.add(url(home));
    return new Dsr(
            new Environment(
                Clock.systemDefaultZone(),
                new BufferedReader(new StringReader("")),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                home,
                false))
        .run(all.toArray(String[]::new));
  }

  private static String url(Path home) {
    return "jdbc:h2:file:" + home.resolve("register").toAbsolutePath();
  }

  private Process fork(Path home, Path csv, Path mapping) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx512m",
            // A short run: the quick compiler and a small collector start it sooner.
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-cp",
            System.getProperty("java.class.path"),
            Dsr.class.getName(),
            "import",
            csv.toString(),
            "-m",
            mapping.toString(),
            "--db",
            url(home))
        .redirectErrorStream(true)
        .redirectOutput(home.resolve("import.log").toFile())
        .start();
  }

  private Path copyOf(Path from, String name) throws IOException {
    Path to = dir.resolve(name);
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }

  private static Counts counts(Path home) throws SQLException {
    try (Connection c = DriverManager.getConnection(url(home));
        Statement s = c.createStatement()) {
      return new Counts(count(s, "dsr_entry"), count(s, "dsr_event"), count(s, "dsr_audit"));
    }
  }

  private static long count(Statement s, String table) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }
}
