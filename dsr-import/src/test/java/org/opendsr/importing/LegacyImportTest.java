package org.opendsr.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.store.InMemoryRegisterStore;

/** The import under a local policy, on an in-memory register. */
class LegacyImportTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final String HEADER =
      "Full name,DOB,NHS No,Address,RAG,Diagnosis,Last review,Consent\n";
  private static final String ALEX =
      "Alex Sample,01/02/1990,943 476 5919,1 Test Street,R,LD,01/10/2026,Y\n";
  private static final String LEE =
      "Lee Example,30/06/1995,4857773457,9 Test Street,A,autism query,01/10/2026,Y\n";

  @TempDir Path dir;

  /** The columns of HEADER, then any more. */
  private static ColumnMapping mapping(String... moreKeysAndHeadings) {
    Map<String, String> columns = new HashMap<>();
    columns.put("name", "Full name");
    columns.put("dateOfBirth", "DOB");
    columns.put("nhsNumber", "NHS No");
    columns.put("address", "Address");
    columns.put("rag", "RAG");
    columns.put("diagnosis", "Diagnosis");
    columns.put("lastReview", "Last review");
    columns.put("consent", "Consent");
    columns.put("dateFormat", "dd/MM/yyyy");
    columns.put("locality", "Wiltshire");
    for (int i = 0; i < moreKeysAndHeadings.length; i += 2) {
      columns.put(moreKeysAndHeadings[i], moreKeysAndHeadings[i + 1]);
    }
    return ColumnMapping.of(columns);
  }

  private static DynamicSupportRegister register(LocalPolicy policy) {
    return DynamicSupportRegister.create(
        new InMemoryRegisterStore(),
        Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
        WorkingDayCalendar.englandAndWales(),
        policy);
  }

  private LegacyImport.Outcome importing(DynamicSupportRegister register, boolean partial)
      throws Exception {
    return importing(register, partial, HEADER + ALEX + LEE, mapping());
  }

  private LegacyImport.Outcome importing(
      DynamicSupportRegister register, boolean partial, String text, ColumnMapping mapping)
      throws Exception {
    Path csv = dir.resolve("legacy.csv");
    Files.writeString(csv, text, StandardCharsets.UTF_8);
    return LegacyImport.run(
        csv,
        mapping,
        register,
        new LegacyImport.Settings("coordinator-1", TODAY, partial, "dsr@example.nhs.uk"),
        LegacyImport.UnitOfWork.autoCommit(),
        LegacyImport.Listener.none());
  }

  @Test
  void a_date_of_birth_before_1900_is_a_bad_row_and_a_partial_import_writes_the_rest()
      throws Exception {
    DynamicSupportRegister register =
        register(LocalPolicy.defaults().withSuspectedAutismAllowed(true));
    String old = "Old Example,31/12/1899,4010232137,2 Test Street,G,LD,01/10/2026,Y\n";

    LegacyImport.Outcome outcome = importing(register, true, HEADER + ALEX + old + LEE, mapping());

    assertThat(outcome.written()).isEqualTo(2);
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(3);
              assertThat(p.column()).isEqualTo("DOB");
              assertThat(p.rule()).isEqualTo("must not be before 1900-01-01");
            });
    assertThat(register.entries()).hasSize(2);
  }

  @Test
  void a_quote_never_closed_is_a_bad_row_naming_the_row_where_it_opens() throws Exception {
    DynamicSupportRegister register =
        register(LocalPolicy.defaults().withSuspectedAutismAllowed(true));
    // Row 3 (the heading is row 1) opens a quote and never closes it.
    String broken = "\"Unclosed Example,01/02/1990,4010232137,2 Test Street,G,LD,01/10/2026,Y\n";

    LegacyImport.Outcome outcome = importing(register, true, HEADER + ALEX + broken, mapping());

    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(3);
              assertThat(p.column()).isEqualTo("Full name");
              assertThat(p.rule()).startsWith("opens a quote that is never closed");
            });
    assertThat(outcome.written()).isEqualTo(1);
  }

  @Test
  void a_person_local_policy_would_decline_is_a_bad_row_naming_the_diagnosis_column()
      throws Exception {
    DynamicSupportRegister strict =
        register(LocalPolicy.defaults().withSuspectedAutismAllowed(false));

    LegacyImport.Outcome outcome = importing(strict, false);

    assertThat(outcome.written()).isZero();
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(3);
              assertThat(p.column()).isEqualTo("Diagnosis");
              assertThat(p.rule()).contains("the register would decline this person");
            });
    assertThat(strict.entries()).isEmpty();
  }

  @Test
  void where_local_policy_includes_people_awaiting_assessment_both_are_carried_over()
      throws Exception {
    DynamicSupportRegister register =
        register(LocalPolicy.defaults().withSuspectedAutismAllowed(true));

    LegacyImport.Outcome outcome = importing(register, false);

    assertThat(outcome.written()).isEqualTo(2);
    Entry alex = register.episodesOf(NhsNumber.parse("9434765919")).get(0);
    assertThat(register.history(alex.id()))
        .singleElement()
        .satisfies(e -> assertThat(e.change()).isInstanceOf(RegisterEvent.CarriedOver.class));
    assertThat(alex.currentRating()).isPresent();
  }

  @Test
  void a_partial_import_writes_the_good_rows_as_it_goes_and_lists_the_bad_ones() throws Exception {
    DynamicSupportRegister strict =
        register(LocalPolicy.defaults().withSuspectedAutismAllowed(false));

    LegacyImport.Outcome outcome = importing(strict, true);

    assertThat(outcome.rows()).isEqualTo(2);
    assertThat(outcome.written()).isEqualTo(1);
    assertThat(outcome.badRows()).isEqualTo(1);
    assertThat(outcome.problems()).extracting(RowProblem::row).containsExactly(3L);
    assertThat(strict.entries())
        .extracting(e -> e.person().nhsNumber())
        .containsExactly(NhsNumber.parse("9434765919"));
  }

  @Test
  void a_reimport_reports_people_already_carried_over_as_on_the_register_not_as_errors()
      throws Exception {
    DynamicSupportRegister register =
        register(LocalPolicy.defaults().withSuspectedAutismAllowed(true));
    importing(register, false);

    LegacyImport.Outcome again = importing(register, false);

    assertThat(again.problems()).isEmpty();
    assertThat(again.alreadyOnRegister()).isEqualTo(2);
    assertThat(again.written()).isZero();
    assertThat(register.entries()).hasSize(2);
  }

  @Test
  void a_person_open_on_the_register_with_other_details_is_a_bad_row() throws Exception {
    DynamicSupportRegister register =
        register(LocalPolicy.defaults().withSuspectedAutismAllowed(true));
    importing(register, false);
    String renamed = ALEX.replace("Alex Sample", "Alexa Sample");

    LegacyImport.Outcome again = importing(register, true, HEADER + renamed, mapping());

    assertThat(again.problems())
        .extracting(RowProblem::rule)
        .singleElement()
        .satisfies(rule -> assertThat(rule).startsWith("already has an open entry"));
    assertThat(register.entries()).hasSize(2);
  }

  @Test
  void the_longest_key_workers_and_notes_fit_the_case_summary_with_a_held_back_rating()
      throws Exception {
    String longest = "x".repeat(LegacyRowReader.FREE_TEXT_MAX);
    String text =
        HEADER.strip()
            + ",Key workers,Notes\n"
            + "Alex Sample,01/02/1990,943 476 5919,1 Test Street,R,LD,01/10/2026,N,"
            + longest
            + ","
            + longest
            + "\n";
    DynamicSupportRegister register = register(LocalPolicy.defaults());

    LegacyImport.Outcome outcome =
        importing(register, false, text, mapping("keyWorkers", "Key workers", "notes", "Notes"));

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.withoutBasis()).isEqualTo(1);
    assertThat(register.entries().get(0).summary().currentIssues())
        .contains("Rated Red on 2026-10-01")
        .contains(longest);
  }

  @Test
  void a_malformed_quote_is_a_bad_row_naming_row_and_column_and_nothing_is_written()
      throws Exception {
    DynamicSupportRegister strict = register(LocalPolicy.defaults());
    String broken = HEADER + ALEX + "\"Lee Example,30/06/1995,4857773457,9 Test Street\"x,A\n";

    LegacyImport.Outcome outcome = importing(strict, false, broken, mapping());

    assertThat(outcome.problems())
        .containsExactly(
            new RowProblem(
                3,
                "Full name",
                "has text after a closing quote (a cell in quotes must end at its quote)"));
    assertThat(outcome.problems().toString()).doesNotContain("4857773457", "Lee Example");
    assertThat(strict.entries()).isEmpty();
  }

  @Test
  void given_and_family_name_columns_are_taken_as_they_are() throws Exception {
    DynamicSupportRegister register = register(LocalPolicy.defaults());
    Map<String, String> columns = new HashMap<>();
    columns.put("givenName", "First");
    columns.put("familyName", "Surname");
    columns.put("dateOfBirth", "DOB");
    columns.put("nhsNumber", "NHS No");
    columns.put("address", "Address");
    columns.put("diagnosis", "Diagnosis");
    columns.put("consent", "Consent");
    columns.put("locality", "Wiltshire");
    String text =
        "First,Surname,DOB,NHS No,Address,Diagnosis,Consent\n"
            + "Niamh Grace,Ó Briain,01/02/1990,943 476 5919,1 Test Street,LD,Y\n";

    LegacyImport.Outcome outcome = importing(register, false, text, ColumnMapping.of(columns));

    assertThat(outcome.written()).isEqualTo(1);
    assertThat(register.entries().get(0).person().name().given()).isEqualTo("Niamh Grace");
    assertThat(register.entries().get(0).person().name().family()).isEqualTo("Ó Briain");
  }

  @Test
  void of_rows_sharing_an_nhs_number_only_the_row_the_coordinator_keeps_is_imported()
      throws Exception {
    DynamicSupportRegister register = register(LocalPolicy.defaults());
    String other = ALEX.replace("Alex Sample", "Alex Other");
    Path csv = dir.resolve("pair.csv");
    Files.writeString(csv, HEADER + ALEX + other, StandardCharsets.UTF_8);

    LegacyImport.Outcome outcome =
        LegacyImport.run(
            csv,
            mapping(),
            register,
            new LegacyImport.Settings(
                "coordinator-1",
                TODAY,
                true,
                "dsr@example.nhs.uk",
                java.util.Optional.empty(),
                java.util.Set.of(3L),
                java.util.Optional.empty()),
            LegacyImport.UnitOfWork.autoCommit(),
            LegacyImport.Listener.none());

    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.rule()).startsWith("rows 2, 3 hold the same NHS number");
            });
    assertThat(register.entries())
        .singleElement()
        .satisfies(e -> assertThat(e.person().name().family()).isEqualTo("Other"));
  }
}
