package org.opendsr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendsr.examples.cli.Environment;
import org.opendsr.examples.demo.TestRangeNhsNumbers;

/** A coordinator brings a legacy spreadsheet in with {@code dsr import}. */
class ImportCommandTest {

  private static final String MAPPING =
      "name = Full name\ndateOfBirth = DOB\nnhsNumber = NHS No\naddress = Address\n"
          + "postcode = Postcode\nrag = RAG\ndiagnosis = Diagnosis\nkeyWorkers = Key workers\n"
          + "lastReview = Last review\nnotes = Notes\nconsent = Consent\n"
          + "dateFormat = dd/MM/yyyy\nlocality = Wiltshire\n";
  private static final String HEADER =
      "Full name,DOB,NHS No,Address,Postcode,RAG,Diagnosis,Key workers,Last review,Notes,Consent\n";
  private static final String GOOD_1 =
      "Alex Sample,01/02/1990,943 476 5919,1 Test Street,SN1 2AB,Amber,LD,SW Jo Bloggs,"
          + "01/10/2026,\"Settled, some risk\",Y\n";
  private static final String GOOD_2 =
      "\"Example, Robin\",14/09/2011,4010232137,2 Test Street,,G,ASD,,,,N\n";

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private String db;
  private Path mapping;

  @BeforeEach
  void setUp() throws Exception {
    db = "jdbc:h2:mem:dsr-import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    mapping = file("mapping.properties", MAPPING);
  }

  private int dsr(String... args) {
    return dsr(false, args);
  }

  private int dsr(boolean atTerminal, String... args) {
    out.reset();
    err.reset();
    Environment env =
        new Environment(
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London")),
            new BufferedReader(new StringReader("")),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            dir,
            atTerminal);
    return new Dsr(env).run(args);
  }

  private Path file(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_clean_spreadsheet_is_imported_and_its_people_appear_on_the_worklist() throws Exception {
    Path csv = file("dsr.csv", "\uFEFF" + HEADER + GOOD_1 + GOOD_2);
    assertThat(dsr("import", csv.toString(), "-m", mapping.toString(), "--db", db)).isZero();
    assertThat(out())
        .contains("Imported 2 of 2 rows")
        .contains("1 people have no basis for inclusion today");
    assertThat(err()).isEmpty();

    assertThat(dsr("worklist", "--db", db, "--names")).isZero();
    assertThat(out()).contains("Alex Sample").contains("C(E)TR", "multi-agency");
  }

  @Test
  void people_known_to_services_get_no_first_contact_task_and_a_held_back_rating_is_kept()
      throws Exception {
    Path csv = file("dsr.csv", HEADER + GOOD_1 + GOOD_2);
    assertThat(dsr("import", csv.toString(), "-m", mapping.toString(), "--db", db)).isZero();

    assertThat(dsr("worklist", "--db", db, "--names")).isZero();
    // Alex's next review counts from the last review the legacy register held (1 October, Amber:
    // four weeks), so it is overdue now, as it was on the legacy register.
    assertThat(out()).contains("2026-10-29  25d late  review");
    // Alex's consent gives a basis: accepted, rated, no first contact to make. Robin has no
    // recorded consent: one first-contact task, to seek a basis, due from the import.
    assertThat(out().lines().filter(l -> l.contains("first contact")))
        .singleElement()
        .asString()
        .contains("Robin")
        .contains("2026-11-30")
        .doesNotContain("Alex");
    // Robin's Green rating waits for a basis, kept in the notes meanwhile.
    assertThat(dsr("export", "--fhir", "--nhs-number", "4010232137", "--db", db)).isZero();
    assertThat(out()).contains("Rated Green on 2026-11-23; to be rated once a basis");
  }

  @Test
  void a_reimport_finds_people_already_carried_over_and_other_details_are_a_bad_row()
      throws Exception {
    assertThat(
            dsr(
                "import",
                file("one.csv", HEADER + GOOD_1).toString(),
                "-m",
                mapping.toString(),
                "--db",
                db))
        .isZero();
    Path again = file("again.csv", HEADER + GOOD_1 + GOOD_2);

    assertThat(dsr("import", again.toString(), "-m", mapping.toString(), "--db", db)).isZero();
    assertThat(out())
        .contains("Imported 1 of 2 rows")
        .contains("1 rows are already on the register from an earlier import");
    assertThat(err()).isEmpty();
    Path renamed = file("renamed.csv", HEADER + GOOD_1.replace("Alex Sample", "Alexa Sample"));
    assertThat(dsr("import", renamed.toString(), "-m", mapping.toString(), "--db", db))
        .isEqualTo(1);
    assertThat(err())
        .contains(
            "row 2, column \"NHS No\": already has an open entry on the register with other"
                + " details (E-000001)")
        .contains("nothing was imported");
  }

  @Test
  void a_date_of_birth_before_1900_is_one_bad_row_and_a_partial_import_writes_the_others()
      throws Exception {
    Path csv =
        file(
            "dsr.csv",
            HEADER + GOOD_1 + "Old Example,31/12/1899,4010232137,2 Test Street,,G,LD,,,,Y\n");

    assertThat(dsr("import", csv.toString(), "-m", mapping.toString(), "--db", db, "--partial"))
        .isEqualTo(1);
    assertThat(err())
        .contains("row 3, column \"DOB\": must not be before 1900-01-01")
        .doesNotContain("31/12/1899");
    assertThat(out()).contains("Imported 1 of 2 rows").contains("1 bad rows left out");
  }

  @Test
  void a_large_file_shows_a_progress_bar_at_a_terminal_and_none_in_a_pipe() throws Exception {
    StringBuilder text = new StringBuilder(HEADER);
    TestRangeNhsNumbers numbers = new TestRangeNhsNumbers(0);
    String notes = "Settled at home with support from the community team".repeat(3);
    while (text.length() < (1 << 20) + 1000) {
      text.append("Sam Example,01/02/1990,")
          .append(numbers.next().value())
          .append(",1 Test Street,,G,LD,,,")
          .append(notes)
          .append(",N\n");
    }
    Path csv = file("large.csv", text.toString());

    assertThat(dsr(true, "import", csv.toString(), "-m", mapping.toString(), "--db", db)).isZero();
    assertThat(err()).contains("Importing").contains("100%");
    assertThat(out()).contains("Imported ");

    String other = "jdbc:h2:mem:dsr-import-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    assertThat(dsr(false, "import", csv.toString(), "-m", mapping.toString(), "--db", other))
        .isZero();
    assertThat(err()).doesNotContain("Importing");
  }

  @Test
  void bad_rows_are_each_named_by_row_column_and_rule_and_nothing_is_written() throws Exception {
    Path csv =
        file(
            "dsr.csv",
            HEADER
                + GOOD_1
                + "Sam Bad,31/02/1990,9434765918,3 Test Street,,Purple,flu,,,,maybe\n"
                + GOOD_2
                + "Jo Twice,01/01/1980,943 476 5919,4 Test Street,,R,LD,,,,Y\n");
    assertThat(dsr("import", csv.toString(), "-m", mapping.toString(), "--db", db)).isEqualTo(1);
    assertThat(err())
        .contains("row 3, column \"DOB\": there is no such date")
        .contains("row 3, column \"NHS No\": check digit does not match")
        .contains("row 3, column \"RAG\": must be Red, Amber, Green or Blue")
        .contains("row 3, column \"Diagnosis\"")
        .contains("row 3, column \"Consent\": is not a consent value the mapping knows")
        .contains("row 2, column \"NHS No\": rows 2, 5 hold the same NHS number")
        .contains("row 5, column \"NHS No\": rows 2, 5 hold the same NHS number")
        .contains("3 of 4 rows are bad")
        .contains("nothing was imported")
        .doesNotContain("9434765918", "Sam Bad", "Purple", "31/02/1990", "Exception");

    assertThat(dsr("worklist", "--db", db)).isZero();
    assertThat(out()).contains("0 overdue, 0 due");
  }

  @Test
  void with_partial_the_good_rows_are_kept_and_rows_left_out_exit_1_with_a_rejects_file()
      throws Exception {
    Path csv =
        file("dsr.csv", HEADER + GOOD_1 + "No Number,01/01/1980,,5 Test Street,,A,LD,,,,Y\n");
    assertThat(dsr("import", csv.toString(), "-m", mapping.toString(), "--db", db, "--partial"))
        .isEqualTo(1);
    assertThat(out())
        .contains("Imported 1 of 2 rows")
        .contains("1 bad rows left out; they are in " + dir.resolve("dsr-rejects.csv"));
    assertThat(err()).contains("row 3, column \"NHS No\": is required");
    assertThat(Files.readAllLines(dir.resolve("dsr-rejects.csv"), StandardCharsets.UTF_8))
        .containsExactly(
            HEADER.strip() + ",problems",
            "No Number,01/01/1980,,5 Test Street,,A,LD,,,,Y,NHS No: is required");

    // Fixed in the rejects file and imported from there: every row is in, exit 0.
    Path fixed =
        file(
            "fixed.csv",
            HEADER.strip()
                + ",problems\nNo Number,01/01/1980,401 023 2137,5 Test Street,,A,LD,,,,Y,\n");
    assertThat(dsr("import", fixed.toString(), "-m", mapping.toString(), "--db", db, "--partial"))
        .isZero();
    assertThat(out()).contains("Imported 1 of 1 rows");
    assertThat(dir.resolve("fixed-rejects.csv")).doesNotExist();
  }

  @Test
  void import_help_points_at_the_guide() {
    assertThat(dsr("import", "--help")).isZero();
    assertThat(out())
        .contains("docs/importing-a-legacy-register.md")
        .contains("docs/examples/legacy-register.properties")
        .doesNotContain("examples folder");
  }

  @Test
  void a_mapping_naming_a_column_the_file_lacks_fails_before_reading_any_row() throws Exception {
    Path wrong = file("wrong.properties", MAPPING.replace("NHS No", "NHS Number"));
    Path csv = file("dsr.csv", HEADER + GOOD_1);
    assertThat(dsr("import", csv.toString(), "-m", wrong.toString(), "--db", db)).isEqualTo(1);
    assertThat(err().lines()).hasSize(1);
    assertThat(err()).contains("mapping.nhsNumber").contains("\"NHS Number\"");
  }

  @Test
  void a_mapping_with_an_unknown_field_and_a_missing_required_one_names_both() throws Exception {
    Path wrong =
        file("wrong.properties", MAPPING.replace("name = Full name", "fullName = Full name"));
    Path csv = file("dsr.csv", HEADER + GOOD_1);
    assertThat(dsr("import", csv.toString(), "-m", wrong.toString(), "--db", db)).isEqualTo(1);
    assertThat(err())
        .contains("mapping.fullName is not a key the import knows; the allowed keys are")
        .contains("givenName")
        .contains("mapping.name is required");
  }

  @Test
  void a_missing_file_fails_with_one_line() {
    assertThat(dsr("import", dir.resolve("nope.csv").toString(), "-m", "nope", "--db", db))
        .isEqualTo(1);
    assertThat(err().lines()).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("dsr: "));
  }

  @Test
  void an_empty_file_is_a_bad_file_and_a_broken_quote_a_bad_row() throws Exception {
    assertThat(dsr("import", file("e.csv", "").toString(), "-m", mapping.toString(), "--db", db))
        .isEqualTo(1);
    assertThat(err()).contains("empty");
    Path broken = file("b.csv", HEADER + "\"Alex Sample,01/02/1990,943 476 5919\n");
    assertThat(dsr("import", broken.toString(), "-m", mapping.toString(), "--db", db)).isEqualTo(1);
    assertThat(err())
        .contains("row 2, column \"Full name\": opens a quote that is never closed")
        .contains("1 of 1 rows are bad");
    assertThat(err()).doesNotContain("Alex").doesNotContain("\tat ");
  }

  @Test
  void imported_people_are_counted_in_the_report_and_the_chart_is_written() throws Exception {
    Path csv = file("dsr.csv", HEADER + GOOD_1 + GOOD_2);
    assertThat(dsr("import", csv.toString(), "-m", mapping.toString(), "--db", db)).isZero();
    Path reports = dir.resolve("reports");
    assertThat(dsr("report", "--db", db, "-o", reports.toString())).isZero();
    assertThat(reports.resolve("dsr-report.csv")).exists();
    assertThat(Files.readString(reports.resolve("dsr-report.csv")))
        .contains("Amber")
        .doesNotContain("Alex")
        .doesNotContain("943");
    byte[] png = Files.readAllBytes(reports.resolve("ratings-over-time.png"));
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');

    assertThat(dsr("audit", "--db", db)).isZero();
    assertThat(out()).contains("CARRY_OVER").contains("VIEW_REPORT").doesNotContain("Alex");
  }

  @Test
  void the_register_is_kept_in_the_database_file_between_runs_and_exports_as_a_fhir_bundle()
      throws Exception {
    String file = "jdbc:h2:file:" + dir.resolve("register").toAbsolutePath();
    Path csv = file("dsr.csv", HEADER + GOOD_1);
    assertThat(dsr("import", csv.toString(), "-m", mapping.toString(), "--db", file)).isZero();

    assertThat(dsr("export", "--fhir", "--nhs-number", "9434765919", "--db", file)).isZero();
    assertThat(out())
        .contains("\"resourceType\":\"Bundle\"")
        .contains("https://fhir.nhs.uk/Id/nhs-number")
        .contains("9434765919");
    assertThat(dsr("audit", "--db", file)).isZero();
    assertThat(out()).contains("EXPORT_SUBJECT_ACCESS");
  }

  @Test
  void exporting_someone_not_on_the_register_fails_without_echoing_the_number() {
    assertThat(dsr("export", "--fhir", "--nhs-number", "4010232137", "--db", db)).isEqualTo(1);
    assertThat(err().lines()).hasSize(1);
    assertThat(err()).doesNotContain("4010232137");
  }

  /** Good rows with valid, distinct NHS numbers (mod 11), for imports of more than one batch. */
  private static String goodRows(int count) {
    StringBuilder rows = new StringBuilder(HEADER);
    int written = 0;
    for (long base = 401_000_000L; written < count; base++) {
      String digits = Long.toString(base);
      int sum = 0;
      for (int d = 0; d < 9; d++) {
        sum += (digits.charAt(d) - '0') * (10 - d);
      }
      int check = 11 - sum % 11;
      if (check == 10) {
        continue;
      }
      String nhs = digits + (check == 11 ? 0 : check);
      rows.append("Person ")
          .append(written)
          .append(" Sample,01/02/1990,")
          .append(nhs)
          .append(",1 Test Street,SN1 2AB,Amber,LD,,01/10/2026,,Y\n");
      written++;
    }
    return rows.toString();
  }

  private long count(String table) throws Exception {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(db);
        java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void a_write_that_fails_part_way_through_leaves_the_register_as_it_was() throws Exception {
    Path csv = file("dsr.csv", goodRows(1_200));
    org.h2.jdbcx.JdbcDataSource register = new org.h2.jdbcx.JdbcDataSource();
    register.setURL(db);
    org.opendsr.jdbc.DsrDatabase.migrate(register);
    // Another writer has already taken the entry id the 1,100th person would get: the second
    // batch of the import fails after the first thousand people were written in the transaction.
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(db)) {
      c.createStatement()
          .execute("INSERT INTO dsr_entry (entry_id, version) VALUES ('E-001100', 1)");
    }
    long auditBefore = count("dsr_audit");

    assertThat(dsr("import", csv.toString(), "-m", mapping.toString(), "--db", db)).isEqualTo(4);

    assertThat(err().lines()).hasSize(1);
    assertThat(err()).contains("nothing was imported").doesNotContain("Person", "\tat ");
    assertThat(count("dsr_event")).isZero();
    assertThat(count("dsr_entry")).isEqualTo(1);
    assertThat(count("dsr_audit")).isEqualTo(auditBefore);

    // Entry ids are never reused, so the import run again takes ids past the one taken.
    assertThat(dsr("import", csv.toString(), "-m", mapping.toString(), "--db", db)).isZero();
    assertThat(out()).contains("Imported 1200 of 1200 rows");
    assertThat(count("dsr_entry")).isEqualTo(1_201);
  }
}
