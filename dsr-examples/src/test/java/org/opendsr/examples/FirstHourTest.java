package org.opendsr.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendsr.examples.cli.Environment;
import org.opendsr.examples.cli.ExitCode;
import org.opendsr.json.DsrJson;
import org.opendsr.rating.Instrument;
import org.opendsr.rating.Instruments;
import org.opendsr.rating.Item;

/**
 * A newcomer's first hour with {@code dsr}: every message in a coordinator's words, with no Java
 * type names, item codes or enum constants, and one exit code for each kind of failure.
 */
class FirstHourTest {

  private static final String ANSWERS_RED =
      "immediate_risk_of_admission = no\nin_crisis = yes\nrisk_not_managed_in_community = yes\n"
          + "immediate_risk_without_urgent_intervention = no\n"
          + "significantly_increased_risk = no\nsome_risks_currently_managed = no\n";

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private String db;

  @BeforeEach
  void setUp() {
    db = "jdbc:h2:mem:dsr-first-hour-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  private int dsr(String... args) {
    out.reset();
    err.reset();
    Environment env =
        new Environment(
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London")),
            new BufferedReader(new StringReader("")),
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

  private Path file(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static String question(String itemId) {
    Instrument national = DsrJson.standard().shippedInstrument("national-definitions");
    return national.items().stream()
        .filter(i -> i.id().equals(itemId))
        .map(Item::text)
        .findFirst()
        .orElseThrow();
  }

  /** Imports one person whose consent the spreadsheet does not record: referred, not active. */
  private void importOneReferredPerson() throws Exception {
    importOnePerson(false);
  }

  /** Imports one person, with or without the consent that puts them on the register. */
  private void importOnePerson(boolean consented) throws Exception {
    Path mapping =
        file(
            "mapping.properties",
            "name = Full name\ndateOfBirth = DOB\nnhsNumber = NHS No\naddress = Address\n"
                + "postcode = Postcode\nrag = RAG\ndiagnosis = Diagnosis\nkeyWorkers = Key workers\n"
                + "lastReview = Last review\nnotes = Notes\nconsent = Consent\n"
                + "dateFormat = dd/MM/yyyy\nlocality = Wiltshire\n");
    String heading =
        "Full name,DOB,NHS No,Address,Postcode,RAG,Diagnosis,Key workers,Last review,Notes,Consent\n";
    String row =
        consented
            ? "Alex Sample,01/02/1990,943 476 5919,1 Test Street,SN1 2AB,Amber,LD,SW Jo Bloggs,"
                + "01/10/2026,\"Settled, some risk\",Y\n"
            : "\"Example, Robin\",14/09/2011,4010232137,2 Test Street,,G,ASD,,,,N\n";
    Path csv = file("dsr.csv", heading + row);
    assertThat(dsr("import", csv.toString(), "-m", mapping.toString(), "--db", db)).isZero();
  }

  // Dates

  @Test
  void a_date_that_does_not_exist_is_named_in_words_with_how_to_write_one() {
    assertThat(dsr("due", "2026-02-30", "5")).isEqualTo(ExitCode.USAGE.code()).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "dsr: 30 February 2026 is not a date; write dates as YYYY-MM-DD"
                + " (try: dsr due --help)\n");
  }

  @Test
  void text_that_is_not_a_date_at_all_is_quoted_back_with_how_to_write_one() {
    assertThat(dsr("due", "2026/02/30", "5")).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "dsr: '2026/02/30' is not a date; write dates as YYYY-MM-DD (try: dsr due --help)\n");
  }

  @Test
  void a_bad_date_given_to_an_option_names_the_option() {
    assertThat(dsr("rate", "--born", "2026-02-30")).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "dsr: --born: 30 February 2026 is not a date; write dates as YYYY-MM-DD"
                + " (try: dsr rate --help)\n");
  }

  @Test
  void a_number_of_days_that_is_not_a_number_is_said_in_words() {
    assertThat(dsr("due", "2026-12-24", "five")).isEqualTo(2);
    assertThat(err()).isEqualTo("dsr: 'five' is not a whole number (try: dsr due --help)\n");
  }

  // Usage

  @Test
  void a_missing_person_to_rate_names_both_ways_to_give_one() {
    assertThat(dsr("rate")).isEqualTo(ExitCode.USAGE.code());
    assertThat(err())
        .isEqualTo(
            "dsr: Say who to rate with --entry ENTRY_ID or --born YYYY-MM-DD"
                + " (try: dsr rate --help)\n");
  }

  @Test
  void a_value_a_command_rejects_itself_points_to_its_help_like_any_usage_error() {
    assertThat(dsr("worklist", "--days", "-1", "--db", db)).isEqualTo(ExitCode.USAGE.code());
    assertThat(err()).isEqualTo("dsr: --days must be zero or more (try: dsr worklist --help)\n");
  }

  @Test
  void an_unknown_instrument_lists_the_shipped_ones_as_words_not_a_java_list() {
    assertThat(dsr("rate", "--born", "2000-01-01", "--instrument", "nope"))
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(err())
        .isEqualTo(
            "dsr: --instrument must be one of "
                + String.join(", ", DsrJson.SHIPPED_INSTRUMENT_IDS)
                + ", or an instrument JSON file that exists (try: dsr rate --help)\n");
  }

  // NHS numbers

  @Test
  void an_nhs_number_typed_with_spaces_and_no_quotes_is_one_number() {
    assertThat(dsr("check-nhs", "943", "476", "5919")).isZero();
    assertThat(out()).isEqualTo("valid NHS number 943 476 5919\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void an_nhs_number_whose_check_digit_does_not_match_is_bad_input_said_in_words() {
    assertThat(dsr("check-nhs", "943", "476", "5918")).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(err())
        .isEqualTo("dsr: The NHS number check digit does not match (modulus 11).\n")
        .doesNotContain("5918");
  }

  // Rules of the register

  @Test
  void rating_a_person_who_is_only_referred_is_refused_in_a_coordinators_words() throws Exception {
    importOneReferredPerson();
    Path answers = file("answers.properties", ANSWERS_RED);

    assertThat(
            dsr(
                "rate",
                "--entry",
                "E-000001",
                "--yes",
                "--answers",
                answers.toString(),
                "--db",
                db))
        .isEqualTo(ExitCode.REFUSED.code())
        .isEqualTo(3);
    assertThat(err())
        .isEqualTo(
            "dsr: This person is referred, not yet on the register: record a basis for"
                + " inclusion first.\n");
  }

  @Test
  void verbose_adds_the_field_and_rule_code_on_a_second_line() throws Exception {
    importOneReferredPerson();
    Path answers = file("answers.properties", ANSWERS_RED);

    assertThat(
            dsr(
                "rate",
                "--entry",
                "E-000001",
                "--yes",
                "--answers",
                answers.toString(),
                "--db",
                db,
                "--verbose"))
        .isEqualTo(3);
    assertThat(err().lines())
        .containsExactly(
            "dsr: This person is referred, not yet on the register: record a basis for"
                + " inclusion first.",
            "dsr: detail: org.opendsr.core.ValidationException: entry.status: must be ACTIVE for"
                + " this command; entry is REFERRED");
  }

  // Answers files

  @Test
  void an_answer_that_is_not_an_answer_is_bad_input_naming_the_file_and_the_line()
      throws Exception {
    Path answers =
        file("answers.properties", ANSWERS_RED.replace("in_crisis = yes", "in_crisis = maybe"));

    assertThat(dsr("rate", "--born", "2008-05-01", "--answers", answers.toString()))
        .isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(err())
        .isEqualTo(
            "dsr: In answers.properties, the answer to in_crisis must be yes, no, low, medium,"
                + " high or a whole number.\n");
  }

  @Test
  void an_incomplete_answers_file_is_bad_input_quoting_each_unanswered_question() throws Exception {
    Path answers = file("answers.properties", "in_crisis = yes\n");

    assertThat(dsr("rate", "--born", "2008-05-01", "--answers", answers.toString()))
        .isEqualTo(ExitCode.BAD_INPUT.code());
    String missing =
        Instruments.nationalDefinitions().items().stream()
            .map(Item::id)
            .filter(id -> !id.equals(Instruments.IN_CRISIS))
            .map(id -> "no answer to \"" + question(id) + "\" (" + id + ")")
            .collect(Collectors.joining("; "));
    assertThat(err()).isEqualTo("dsr: These answers cannot be rated: " + missing + ".\n");
  }

  @Test
  void an_answer_of_the_wrong_kind_says_what_the_question_takes() throws Exception {
    Path answers =
        file("answers.properties", ANSWERS_RED.replace("in_crisis = yes", "in_crisis = 3"));

    assertThat(dsr("rate", "--born", "2008-05-01", "--answers", answers.toString()))
        .isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(err())
        .isEqualTo(
            "dsr: These answers cannot be rated: the answer to \""
                + question(Instruments.IN_CRISIS)
                + "\" (in_crisis) must be yes or no.\n");
  }

  // Rating

  @Test
  void rate_questions_lists_each_question_with_the_item_an_answers_file_uses() {
    assertThat(dsr("rate", "--questions")).isZero();
    Instrument national = DsrJson.standard().shippedInstrument("national-definitions");
    StringBuilder expected =
        new StringBuilder(
            national.title() + " (national-definitions v" + national.version() + ") asks:\n");
    for (Item item : national.items()) {
      expected.append("  ").append(item.id()).append(" = yes or no\n");
      expected.append("      ").append(item.text()).append('\n');
    }
    expected.append(
        "An answers file holds one 'item = answer' a line; give it to dsr rate with --answers"
            + " FILE.\n");
    assertThat(out()).isEqualTo(expected.toString());
  }

  @Test
  void a_recorded_rating_lists_the_open_tasks_by_date_in_the_worklists_words() throws Exception {
    importOnePerson(true);
    Path answers = file("answers.properties", ANSWERS_RED);
    assertThat(
            dsr(
                "rate",
                "--entry",
                "E-000001",
                "--yes",
                "--answers",
                answers.toString(),
                "--db",
                db))
        .isZero();
    String rated = out();
    java.util.List<String> tasks =
        rated.substring(rated.indexOf("its open tasks are now:\n")).lines().skip(1).toList();

    assertThat(tasks)
        .isNotEmpty()
        .isSortedAccordingTo(java.util.Comparator.naturalOrder())
        .allSatisfy(t -> assertThat(t).matches("  \\d{4}-\\d{2}-\\d{2}  \\S.*: .*"))
        .noneSatisfy(t -> assertThat(t).containsPattern("\\b[A-Z]+_[A-Z_]+\\b"));
    assertThat(dsr("worklist", "--days", "400", "--db", db)).isZero();
    String worklist = out();
    assertThat(tasks).allSatisfy(t -> assertThat(worklist).contains(t.substring(14)));
  }

  // The system

  @Test
  void an_unreachable_database_is_a_system_failure() {
    assertThat(dsr("worklist", "--db", "jdbc:postgresql://127.0.0.1:1/dsr?user=dsr"))
        .isEqualTo(ExitCode.SYSTEM.code())
        .isEqualTo(4);
    assertThat(err()).isEqualTo("dsr: Could not connect to the register database.\n");
  }

  @Test
  @SuppressWarnings("try") // the lock is held for the body, not used in it
  void a_register_another_dsr_command_holds_open_says_so() throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("busy").resolve("register").toAbsolutePath();
    assertThat(dsr("demo", "--db", url, "--cohort", "0")).isZero();
    Path file = dir.resolve("busy").resolve("register.mv.db");
    // Another process holding the file: H2 finds it locked.
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      assertThat(dsr("worklist", "--db", url)).isEqualTo(ExitCode.SYSTEM.code());
    }
    assertThat(err())
        .isEqualTo(
            "dsr: The register is in use by another dsr command: wait for it to finish, then try"
                + " again.\n");
  }

  @Test
  void a_report_folder_that_cannot_be_written_says_why() throws Exception {
    Path notAFolder = file("not-a-folder", "x");
    Path target = notAFolder.resolve("reports");

    assertThat(dsr("demo", "--db", db, "--cohort", "0")).isZero();
    assertThat(dsr("report", "--db", db, "-o", target.toString()))
        .isEqualTo(ExitCode.SYSTEM.code());
    assertThat(err())
        .isEqualTo(
            "dsr: Cannot write to "
                + target
                + ": "
                + notAFolder.toAbsolutePath()
                + " is a file, not a folder; choose another folder with -o.\n");
  }

  @Test
  void a_command_on_a_new_register_prints_no_library_progress() {
    PrintStream before = System.err;
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    try {
      assertThat(dsr("demo", "--db", db, "--cohort", "0")).isZero();
    } finally {
      System.setErr(before);
    }
    // The fuzz tests' agent, when it is loaded in this test JVM, reports the classes it
    // instruments; that is the test harness talking, not dsr.
    assertThat(
            logged
                .toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.startsWith("INFO: Instrumented "))
                .toList())
        .isEmpty();
  }

  // Help

  @Test
  void help_lists_every_exit_code_and_each_command_summary_is_a_whole_sentence() {
    assertThat(dsr("--help")).isZero();
    assertThat(out().replaceAll("\\s+", " ")).contains(ExitCode.describeAll());
    // Each summary, its wrapped lines joined: a command's line starts two spaces in.
    String commands = out().substring(out().indexOf("Commands:"), out().indexOf("Exit codes"));
    String[] summaries = commands.replaceAll("\n {4,}", " ").split("\n  (?=\\S)");
    assertThat(summaries)
        .hasSize(13)
        .satisfies(s -> assertThat(s[0]).startsWith("Commands:"))
        .allSatisfy(s -> assertThat(s.strip()).matches("(?s)Commands:|.*[.]"));
  }

  @Test
  void nothing_printed_away_from_a_terminal_carries_an_escape_sequence() {
    // Forces picocli's automatic colour on, as a colour terminal or CI setting would.
    String before = System.getProperty("picocli.ansi");
    System.setProperty("picocli.ansi", "true");
    try {
      assertThat(dsr("--help")).isZero();
      assertThat(out()).contains("Usage:").doesNotContain("\u001b");
      assertThat(dsr("demo", "--cohort", "5")).isZero();
      assertThat(out() + err()).doesNotContain("\u001b");
      assertThat(dsr("frobnicate")).isEqualTo(2);
      assertThat(out() + err()).doesNotContain("\u001b");
    } finally {
      if (before == null) {
        System.clearProperty("picocli.ansi");
      } else {
        System.setProperty("picocli.ansi", before);
      }
    }
  }

  // The demo and what follows it

  @Test
  void the_worklist_of_a_database_without_a_register_says_how_to_load_the_demo() {
    assertThat(dsr("worklist", "--db", db)).isEqualTo(ExitCode.BAD_INPUT.code());
    assertThat(err())
        .isEqualTo(
            "dsr: This database holds no register: run `dsr demo --save` to load the demo's"
                + " fictional people, or `dsr import` to carry a register over.\n");
  }

  @Test
  void demo_save_keeps_the_demo_in_the_home_register_for_the_worklist() {
    assertThat(dsr("demo", "--save", "--cohort", "5")).isZero();
    assertThat(out()).contains("Database: your register, an H2 file under ~/.opendsr");
    assertThat(dir.resolve(".opendsr")).isDirectory();

    assertThat(dsr("worklist", "--names")).isZero();
    assertThat(out()).contains("Worklist for 2026-11-23").contains("Maya Okafor");
  }

  @Test
  void loading_the_demo_twice_says_it_is_already_loaded() {
    assertThat(dsr("demo", "--save", "--cohort", "0")).isZero();

    assertThat(dsr("demo", "--save", "--cohort", "0")).isEqualTo(ExitCode.REFUSED.code());
    assertThat(err())
        .isEqualTo(
            "dsr: The demo is already loaded in this register: run `dsr worklist` to see it"
                + " (delete the folder ~/.opendsr to start again).\n");
  }

  @Test
  void the_demo_shows_statuses_categories_and_questions_in_words_not_codes() {
    assertThat(dsr("demo", "--cohort", "5")).isZero();
    String demo = out();
    assertThat(demo)
        .contains("Consent withdrawn")
        .contains(" active ")
        .contains(" declined ")
        .doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b")
        .as("item ids: the reasons quote the questions instead")
        .doesNotContainPattern("\\b[a-z]+_[a-z_]+\\b")
        .doesNotContain(" ACTIVE ", " CLOSED ", " DECLINED ", " REVIEW ", " CETR ");
  }

  @Test
  void the_demo_without_save_says_nothing_was_kept_and_how_to_keep_it() {
    assertThat(dsr("demo", "--cohort", "0")).isZero();
    assertThat(out())
        .endsWith(
            "Nothing was kept. Run dsr demo --save to keep these people in your register, then"
                + " dsr worklist, dsr report or dsr --help.\n");
    assertThat(dir.resolve(".opendsr")).doesNotExist();
  }
}
