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
import org.opendsr.examples.cli.ExitCode;

/**
 * {@code dsr rate --entry}: it says whose record it is and its rating now, asks before it records,
 * and records a clinician's override with the reason given.
 */
class RateEntryTest {

  private static final String ANSWERS_RED =
      "immediate_risk_of_admission = no\nin_crisis = yes\nrisk_not_managed_in_community = yes\n"
          + "immediate_risk_without_urgent_intervention = no\n"
          + "significantly_increased_risk = no\nsome_risks_currently_managed = no\n";

  private static final String REASON = "Crisis plan agreed with the family; risk now managed.";

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private String db;
  private Path answers;

  @BeforeEach
  void oneAmberPersonOnTheRegister() throws Exception {
    db = "jdbc:h2:mem:dsr-rate-entry-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    answers = file("answers.properties", ANSWERS_RED);
    Path mapping =
        file(
            "mapping.properties",
            "name = Full name\ndateOfBirth = DOB\nnhsNumber = NHS No\naddress = Address\n"
                + "postcode = Postcode\nrag = RAG\ndiagnosis = Diagnosis\nkeyWorkers = Key workers\n"
                + "lastReview = Last review\nnotes = Notes\nconsent = Consent\n"
                + "dateFormat = dd/MM/yyyy\nlocality = Wiltshire\n");
    Path csv =
        file(
            "dsr.csv",
            "Full name,DOB,NHS No,Address,Postcode,RAG,Diagnosis,Key workers,Last review,Notes,"
                + "Consent\nAlex Sample,01/02/1990,943 476 5919,1 Test Street,SN1 2AB,Amber,LD,"
                + "SW Jo Bloggs,01/10/2026,\"Settled, some risk\",Y\n");
    assertThat(dsr(false, "", "import", csv.toString(), "-m", mapping.toString(), "--db", db))
        .isZero();
  }

  private int dsr(boolean terminal, String typed, String... args) {
    out.reset();
    err.reset();
    Environment env =
        new Environment(
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London")),
            new BufferedReader(new StringReader(typed)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            dir,
            terminal);
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

  private String rateAtATerminal(String typed, String... more) {
    String[] base = {"rate", "--entry", "E-000001", "--answers", answers.toString(), "--db", db};
    assertThat(dsr(true, typed, concat(base, more))).as(err()).isZero();
    return out();
  }

  @Test
  void rating_an_entry_says_whose_record_it_is_and_its_rating_now_and_records_after_yes() {
    String shown = rateAtATerminal("y\n");

    assertThat(shown)
        .startsWith("Rating E-000001: Alex Sample's record.\nCurrent rating: Amber (")
        .contains("Suggested rating: Red")
        .contains("To record: Red, as suggested.\nRecord this rating on E-000001? [y/N]: ")
        .contains("Recorded on E-000001; its open tasks are now:");
    assertThat(rateAtATerminal("n\n")).contains("Current rating: Red (");
  }

  @Test
  void answering_anything_but_yes_records_nothing() {
    assertThat(rateAtATerminal("\n"))
        .endsWith("Record this rating on E-000001? [y/N]: Nothing was recorded.\n")
        .doesNotContain("Recorded on");
    assertThat(rateAtATerminal("no\n")).contains("Current rating: Amber (");
  }

  @Test
  void without_a_terminal_and_without_yes_nothing_is_recorded_and_it_is_a_usage_error() {
    assertThat(
            dsr(
                false,
                "y\n",
                "rate",
                "--entry",
                "E-000001",
                "--answers",
                answers.toString(),
                "--db",
                db))
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(err())
        .isEqualTo(
            "dsr: dsr rate --entry asks you to confirm before it records a rating, and there is"
                + " no terminal to ask at: run it at a terminal, or add --yes to record without"
                + " asking (try: dsr rate --help)\n");
    assertThat(out()).isEmpty();
    assertThat(rateAtATerminal("n\n")).contains("Current rating: Amber (");
  }

  @Test
  void yes_records_without_asking() {
    assertThat(
            dsr(
                false,
                "",
                "rate",
                "--entry",
                "E-000001",
                "--yes",
                "--answers",
                answers.toString(),
                "--db",
                db))
        .isZero();
    assertThat(out()).doesNotContain("[y/N]").contains("Recorded on E-000001");
    assertThat(rateAtATerminal("n\n")).contains("Current rating: Red (");
  }

  @Test
  void an_override_is_recorded_as_the_rating_with_the_suggestion_and_the_reason_kept() {
    String shown = rateAtATerminal("yes\n", "--override", "amber", "--reason", REASON);

    assertThat(shown)
        .contains("Suggested rating: Red")
        .contains("To record: Amber, your override of the suggested Red.")
        .contains("Recorded on E-000001");
    assertThat(rateAtATerminal("n\n", "--override", "Green", "--reason", REASON))
        .contains("Current rating: Amber (");
    assertThat(dsr(false, "", "export", "--fhir", "--entry", "E-000001", "--db", db)).isZero();
    assertThat(out()).contains(REASON);
  }

  @Test
  void an_override_needs_a_reason_that_says_why() {
    String[] base = {
      "rate", "--entry", "E-000001", "--yes", "--answers", answers.toString(), "--db", db
    };

    assertThat(dsr(false, "", concat(base, "--override", "green")))
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(err())
        .startsWith(
            "dsr: an override needs --reason \"...\": say why, in your own words, for the record");
    assertThat(dsr(false, "", concat(base, "--override", "green", "--reason", "n/a")))
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(err())
        .startsWith(
            "dsr: --reason must say why you override the suggested rating: at least 10"
                + " characters, with at least 3 letters");
    assertThat(dsr(false, "", concat(base, "--reason", REASON))).isEqualTo(ExitCode.USAGE.code());
    assertThat(err()).startsWith("dsr: --reason explains an override: give --override RATING too");
    assertThat(dsr(false, "", concat(base, "--override", "blue", "--reason", REASON)))
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(err()).contains("Blue follows from a hospital stay");
    assertThat(dsr(false, "", concat(base, "--override", "purple", "--reason", REASON)))
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(err()).startsWith("dsr: --override must be red, amber or green");
    assertThat(dsr(false, "", concat(base, "--override", "red", "--reason", REASON)))
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(err())
        .startsWith("dsr: the suggested rating is already Red: leave out --override to record it");

    assertThat(rateAtATerminal("n\n")).contains("Current rating: Amber (");
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
