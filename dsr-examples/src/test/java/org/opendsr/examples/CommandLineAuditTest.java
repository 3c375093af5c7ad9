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
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendsr.examples.cli.Environment;
import org.opendsr.examples.cli.ExitCode;
import org.opendsr.fhir.FhirExchange;

/**
 * The command line's audit trail states what happened: a rating the register refused is shown as
 * refused with its rule, and a carried-over person's row names the entry that brought them on.
 */
class CommandLineAuditTest {

  private static final String MAPPING =
      "name = Full name\ndateOfBirth = DOB\nnhsNumber = NHS No\naddress = Address\n"
          + "rag = RAG\ndiagnosis = Diagnosis\nconsent = Consent\n"
          + "dateFormat = dd/MM/yyyy\nlocality = Wiltshire\n";
  // No consent recorded: carried over as referred, waiting for a basis, so it cannot be rated.
  private static final String ROBIN =
      "Full name,DOB,NHS No,Address,RAG,Diagnosis,Consent\n"
          + "\"Example, Robin\",14/09/2011,4010232137,2 Test Street,G,ASD,N\n";
  private static final String ANSWERS =
      "immediate_risk_of_admission = no\nin_crisis = yes\nrisk_not_managed_in_community = no\n"
          + "immediate_risk_without_urgent_intervention = no\n"
          + "significantly_increased_risk = no\nsome_risks_currently_managed = no\n";

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private String db;

  @BeforeEach
  void robinIsCarriedOverWithoutABasis() throws Exception {
    db = "jdbc:h2:mem:dsr-audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    assertThat(
            dsr(
                "import",
                file("robin.csv", ROBIN).toString(),
                "-m",
                file("mapping.properties", MAPPING).toString(),
                "--db",
                db))
        .isZero();
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

  private Path file(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private List<String> auditLines(String operation) {
    return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(operation)).toList();
  }

  @Test
  void a_rating_refused_by_a_rule_is_audited_as_refused_with_the_rule() throws Exception {
    assertThat(
            dsr(
                "rate",
                "--entry",
                "E-000001",
                "--yes",
                "--answers",
                file("answers.properties", ANSWERS).toString(),
                "--db",
                db))
        .isEqualTo(ExitCode.REFUSED.code());
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not yet on the register");

    assertThat(dsr("audit", "--entry", "E-000001", "--db", db)).isZero();
    assertThat(auditLines("RECORD_RATING"))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .contains("ALLOWED", "REFUSED", "entry.status must be ACTIVE")
                    .doesNotContain("DONE")
                    .doesNotContain("rating recorded"));
  }

  @Test
  void a_carried_over_person_is_audited_with_the_entry_the_carry_over_created() {
    assertThat(dsr("audit", "--entry", "E-000001", "--db", db)).isZero();
    assertThat(auditLines("CARRY_OVER"))
        .singleElement()
        .satisfies(l -> assertThat(l).contains("ALLOWED", "DONE", "E-000001"));
  }

  @Test
  void the_fhir_audit_event_of_a_refused_command_is_not_a_success() throws Exception {
    dsr(
        "rate",
        "--entry",
        "E-000001",
        "--yes",
        "--answers",
        file("answers.properties", ANSWERS).toString(),
        "--db",
        db);

    assertThat(dsr("export", "--fhir", "--entry", "E-000001", "--db", db)).isZero();
    Bundle bundle =
        FhirExchange.context()
            .newJsonParser()
            .parseResource(Bundle.class, out.toString(StandardCharsets.UTF_8));
    List<AuditEvent> events =
        bundle.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(AuditEvent.class::isInstance)
            .map(AuditEvent.class::cast)
            .toList();

    assertThat(events)
        .filteredOn(e -> subtype(e).equals("RECORD_RATING"))
        .singleElement()
        .extracting(AuditEvent::getOutcome)
        .isEqualTo(AuditEvent.AuditEventOutcome._4);
    // How Robin came onto the register is part of Robin's own record.
    assertThat(events)
        .filteredOn(e -> subtype(e).equals("CARRY_OVER"))
        .singleElement()
        .extracting(AuditEvent::getOutcome)
        .isEqualTo(AuditEvent.AuditEventOutcome._0);
  }

  private static String subtype(AuditEvent event) {
    return event.getSubtype().stream().map(Coding::getCode).findFirst().orElse("");
  }

  @Test
  void the_demo_writes_through_the_audited_register_and_every_write_says_what_came_of_it() {
    String demo = "jdbc:h2:mem:dsr-demo-audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    assertThat(dsr("demo", "--db", demo)).isZero();

    assertThat(dsr("audit", "--last", "100000", "--db", demo)).isZero();
    List<String> rows = out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
    assertThat(rows).anySatisfy(l -> assertThat(l).contains("REFER", "DONE", "E-0"));
    assertThat(rows).anySatisfy(l -> assertThat(l).contains("chair-demo", "RECORD_CETR", "DONE"));
    assertThat(rows).noneSatisfy(l -> assertThat(l).contains("NOT_RECORDED"));
  }
}
