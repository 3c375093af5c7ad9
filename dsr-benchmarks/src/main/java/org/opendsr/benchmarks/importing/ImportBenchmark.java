package org.opendsr.benchmarks.importing;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.opendsr.examples.Dsr;
import org.opendsr.examples.cli.Environment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * {@code dsr import --partial} of a 100,000-row legacy spreadsheet with 5% bad rows into a fresh H2
 * file database, beside {@link PlainJdbcBatchLoad} of the same good rows into the same kind of
 * database, and beside {@link RegisterRowsLoad} of the rows the import writes to the register's own
 * tables, in the same run. Each invocation starts from an empty database. The fork's heap is capped
 * at 128 MiB, so a run that completes shows the import streams within that bound.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx128m", "-Xms128m"})
public class ImportBenchmark {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** The clock of the import, and the time the register's rows are written at. */
  private static final Instant AT = TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC);

  /** Data rows in the spreadsheet. */
  @Param({"100000"})
  public int rows;

  private Path folder;
  private Path csv;
  private Path mapping;
  private BitSet bad;
  private Path database;
  private RegisterRowsLoad.Rows registerRows;

  /**
   * Writes the spreadsheet and its mapping once; for {@link #registerRowsLoad}, also imports it
   * once to learn the rows the import writes.
   *
   * @param params which benchmark this trial runs
   * @throws IOException if the files cannot be written
   * @throws SQLException if the rows the import wrote cannot be read
   */
  @Setup(Level.Trial)
  public void writeSpreadsheet(BenchmarkParams params) throws IOException, SQLException {
    folder = Files.createTempDirectory("dsr-import-bench");
    csv = folder.resolve("legacy-dsr.csv");
    mapping = folder.resolve("mapping.properties");
    bad = LegacySpreadsheet.write(csv, rows, TODAY);
    Files.writeString(mapping, LegacySpreadsheet.MAPPING, StandardCharsets.UTF_8);
    if (params.getBenchmark().endsWith(".registerRowsLoad")) {
      // The rows the import writes, taken from one import outside the measurements.
      database = Files.createTempDirectory(folder, "template");
      dsrImport();
      registerRows = RegisterRowsLoad.of(url());
      deleteTree(database);
    }
  }

  /**
   * A fresh, empty database folder for every invocation.
   *
   * @throws IOException if it cannot be made
   */
  @Setup(Level.Invocation)
  public void freshDatabase() throws IOException {
    database = Files.createTempDirectory(folder, "db");
  }

  /**
   * Removes the invocation's database.
   *
   * @throws IOException if it cannot be removed
   */
  @TearDown(Level.Invocation)
  public void dropDatabase() throws IOException {
    deleteTree(database);
  }

  /**
   * Removes the spreadsheet.
   *
   * @throws IOException if it cannot be removed
   */
  @TearDown(Level.Trial)
  public void removeSpreadsheet() throws IOException {
    deleteTree(folder);
  }

  /**
   * The import as a coordinator runs it: {@code dsr import FILE -m MAPPING --db URL --partial}.
   *
   * @return the exit code, so the work is not optimised away
   */
  @Benchmark
  public int dsrImport() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream discard =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Environment env =
        new Environment(
            Clock.fixed(AT, ZoneOffset.UTC),
            new BufferedReader(new StringReader("")),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            discard,
            folder,
            false);
    int code =
        new Dsr(env)
            .run("import", csv.toString(), "-m", mapping.toString(), "--db", url(), "--partial");
    // Exit code 1: the bad rows were left out (the rule of dsr import --partial).
    if (code != 1
        || !out.toString(StandardCharsets.UTF_8)
            .contains("Imported " + (rows - bad.cardinality()))) {
      throw new IllegalStateException("the import did not write every good row: exit code " + code);
    }
    return code;
  }

  /**
   * The baseline: a plain JDBC batch load of the same good rows.
   *
   * @return rows written
   * @throws IOException if the file cannot be read
   * @throws SQLException if the load fails
   */
  @Benchmark
  public long plainJdbcBatchLoad() throws IOException, SQLException {
    return PlainJdbcBatchLoad.load(csv, bad, url());
  }

  /**
   * The second baseline: the rows the import writes to the register's tables for the same people,
   * written with plain JDBC batches into a newly migrated register, nothing decided.
   *
   * @return entry rows written
   * @throws SQLException if the load fails
   */
  @Benchmark
  public long registerRowsLoad() throws SQLException {
    return RegisterRowsLoad.load(registerRows, AT, url());
  }

  private String url() {
    return "jdbc:h2:file:" + database.resolve("register").toAbsolutePath();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
