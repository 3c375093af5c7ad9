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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendsr.examples.cli.Environment;

/** Drives {@code dsr} as a coordinator would, in process, with captured streams. */
class DsrCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private String input = "";

  private int dsr(String... args) {
    Environment env =
        new Environment(
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London")),
            new BufferedReader(new StringReader(input)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            dir,
            false);
    return new Dsr(env).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private String db() {
    return "jdbc:h2:mem:dsr-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  private Path file(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private void assertOneLineNoStackTrace() {
    assertThat(err().lines()).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("dsr: "));
    assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void demo_with_no_arguments_tells_fictional_stories_and_prints_the_worklist_and_a_report() {
    assertThat(dsr("demo")).isZero();
    assertThat(out())
        .contains("Maya Okafor")
        .contains("999 ")
        .contains("Worklist for 2026-11-23")
        .contains("Overdue:")
        .contains("People on the register by rating")
        .contains("Why Maya Okafor is rated")
        .contains("Linked processes:");
    assertThat(err()).isEmpty();
    assertThat(dir.resolve(".opendsr")).as("the demo keeps nothing at home").doesNotExist();
  }

  @Test
  void check_nhs_accepts_a_valid_number_and_rejects_a_bad_one_without_echoing_it() {
    assertThat(dsr("check-nhs", "4010232137")).isZero();
    assertThat(out()).contains("401 023 2137");
    assertThat(dsr("check-nhs", "9434765918")).isEqualTo(1);
    assertThat(err()).contains("NHS number").doesNotContain("9434765918");
  }

  @Test
  void due_counts_working_days_over_christmas() {
    assertThat(dsr("due", "2026-12-24", "5")).isZero();
    assertThat(out()).contains("2027-01-05");
  }

  @Test
  void an_unknown_command_is_a_usage_error_with_one_line_and_no_stack_trace() {
    assertThat(dsr("frobnicate")).isEqualTo(2);
    assertOneLineNoStackTrace();
  }

  @Test
  void a_bad_date_is_a_usage_error() {
    assertThat(dsr("due", "24/12/2026", "5")).isEqualTo(2);
    assertOneLineNoStackTrace();
  }

  @Test
  void negative_working_days_are_a_usage_error() {
    assertThat(dsr("due", "2026-12-24", "-1")).isEqualTo(2);
    assertOneLineNoStackTrace();
  }

  @Test
  void no_command_at_all_is_a_usage_error() {
    assertThat(dsr()).isEqualTo(2);
    assertOneLineNoStackTrace();
  }

  @Test
  void an_unreachable_database_fails_with_one_line_and_no_password() {
    assertThat(
            dsr("worklist", "--db", "jdbc:postgresql://127.0.0.1:1/dsr?user=dsr&password=secret"))
        .isEqualTo(4);
    assertOneLineNoStackTrace();
    assertThat(err()).contains("Could not connect").doesNotContain("secret");
  }

  @Test
  void worklist_on_a_fresh_empty_database_says_it_holds_no_register_and_creates_no_table()
      throws Exception {
    String empty = "jdbc:h2:file:" + dir.resolve("empty").toAbsolutePath();

    assertThat(dsr("worklist", "--db", empty)).isEqualTo(1);

    assertOneLineNoStackTrace();
    assertThat(err()).contains("holds no register");
    assertThat(tablesIn(empty)).isZero();
  }

  @Test
  void no_command_that_only_reads_creates_a_register() throws Exception {
    String empty = "jdbc:h2:file:" + dir.resolve("empty").toAbsolutePath();
    String[][] reads = {
      {"worklist", "--db", empty},
      {"audit", "--db", empty},
      {"report", "--db", empty, "-o", dir.resolve("reports").toString()},
      {"export", "--fhir", "--nhs-number", "9434765919", "--db", empty}
    };
    for (String[] read : reads) {
      err.reset();
      assertThat(dsr(read)).as(read[0]).isEqualTo(1);
      assertThat(err()).as(read[0]).contains("holds no register");
    }
    assertThat(tablesIn(empty)).isZero();
  }

  private static int tablesIn(String url) throws Exception {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
        java.sql.ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE TABLE_SCHEMA = 'PUBLIC'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void an_unknown_jdbc_url_fails_with_one_line() {
    assertThat(dsr("audit", "--db", "jdbc:nosuchdb:whatever")).isEqualTo(4);
    assertOneLineNoStackTrace();
  }

  @Test
  void rate_from_an_answers_file_prints_the_rating_its_reasons_and_linked_processes()
      throws Exception {
    Path answers =
        file(
            "answers.properties",
            "immediate_risk_of_admission = no\n"
                + "in_crisis = yes\nrisk_not_managed_in_community = yes\n"
                + "immediate_risk_without_urgent_intervention = no\n"
                + "significantly_increased_risk = no\nsome_risks_currently_managed = no\n");
    assertThat(dsr("rate", "--born", "2008-05-01", "--answers", answers.toString())).isZero();
    assertThat(out())
        .contains("Suggested rating: Red")
        .contains("Are the person and/or their family experiencing a crisis? Yes")
        .contains("managed in the community? Yes")
        .doesNotContain("in_crisis")
        .doesNotContain("=yes")
        .contains("A C(E)TR must take place")
        .contains("keyworker");
  }

  @Test
  void rate_interactively_asks_each_question_and_asks_again_after_a_bad_answer() {
    input = "maybe\nno\nno\nno\nno\nno\nyes\n";
    assertThat(dsr("rate", "--born", "1980-01-01")).isZero();
    assertThat(out())
        .contains("Is there an immediate risk that the person will be admitted to a mental health")
        .contains("please answer yes/no")
        .contains("Suggested rating: Green");
  }

  @Test
  void rate_with_answers_missing_fails_naming_the_items() throws Exception {
    Path answers = file("answers.properties", "in_crisis = yes\n");
    assertThat(dsr("rate", "--born", "2008-05-01", "--answers", answers.toString())).isEqualTo(1);
    assertOneLineNoStackTrace();
    assertThat(err()).contains("risk_not_managed_in_community");
  }

  @Test
  void rate_needs_a_person() {
    assertThat(dsr("rate")).isEqualTo(2);
    assertOneLineNoStackTrace();
  }
}
