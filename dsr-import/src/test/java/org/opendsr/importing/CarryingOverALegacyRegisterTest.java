package org.opendsr.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendsr.consent.CapacityAssessment;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.store.InMemoryRegisterStore;
import org.opendsr.rating.Rating;

/**
 * The guide's sample sheet (docs/examples) carried over, person by person: Blue inpatients with and
 * without an admission date, consent in several spellings, parents' consent with and without the
 * child's view and for a young person of 17, a best-interests decision, suspected autism under both
 * settings, localities from a column, particle names, a duplicate pair whose first row is bad, a
 * blank row, a broken quote, and a re-import after the bad rows are fixed.
 */
class CarryingOverALegacyRegisterTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final Path EXAMPLES = Path.of("..", "docs", "examples");

  @TempDir Path dir;

  private static DynamicSupportRegister register(boolean suspectedAllowed) {
    return DynamicSupportRegister.create(
        new InMemoryRegisterStore(),
        Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
        WorkingDayCalendar.englandAndWales(),
        LocalPolicy.defaults().withSuspectedAutismAllowed(suspectedAllowed));
  }

  private LegacyImport.Outcome importing(
      DynamicSupportRegister register, Path csv, Optional<Boolean> suspected) throws Exception {
    return LegacyImport.run(
        csv,
        ColumnMapping.read(EXAMPLES.resolve("legacy-register.properties")),
        register,
        new LegacyImport.Settings(
            "coordinator-1",
            TODAY,
            true,
            "dsr@example.nhs.uk",
            suspected,
            Set.of(),
            Optional.of(dir.resolve("rejects.csv"))),
        LegacyImport.UnitOfWork.autoCommit(),
        LegacyImport.Listener.none());
  }

  private static Optional<Entry> person(DynamicSupportRegister register, String nhs) {
    return register.episodesOf(NhsNumber.parse(nhs)).stream().findFirst();
  }

  @Test
  void the_sample_sheet_leaves_everyone_in_the_right_state_and_a_fixed_reimport_adds_the_rest()
      throws Exception {
    DynamicSupportRegister register = register(true);
    Path sheet = EXAMPLES.resolve("legacy-register.csv");

    LegacyImport.Outcome first = importing(register, sheet, Optional.empty());

    // Own consent, Red, particle family name, locality through the value map.
    Entry niamh = person(register, "9990000018").orElseThrow();
    assertThat(niamh.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(niamh.currentRating()).contains(Rating.RED);
    assertThat(niamh.person().name().given()).isEqualTo("Niamh");
    assertThat(niamh.person().name().family()).isEqualTo("Ó Briain");
    assertThat(niamh.person().residence().locality()).isEqualTo("North Wiltshire");
    assertThat(niamh.openTasks(TaskKind.FIRST_CONTACT)).isEmpty();
    assertThat(niamh.openTasks(TaskKind.DSR_REVIEW)).isNotEmpty();
    // "Consent given", "Family, Given".
    Entry anna = person(register, "9990000026").orElseThrow();
    assertThat(anna.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(anna.currentRating()).contains(Rating.AMBER);
    assertThat(anna.person().name().family()).isEqualTo("Van der Berg");
    assertThat(anna.person().name().given()).isEqualTo("Anna");
    assertThat(anna.person().residence().locality()).isEqualTo("South Wiltshire");
    // Blue with an admission date: an inpatient, rated Blue, a post-admission C(E)TR due.
    Entry ciaran = person(register, "9990000034").orElseThrow();
    assertThat(ciaran.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(ciaran.isInpatient()).isTrue();
    assertThat(ciaran.currentStay().orElseThrow().admittedOn()).contains(LocalDate.of(2026, 8, 15));
    assertThat(ciaran.openTasks(TaskKind.ADMISSION_DATE)).isEmpty();
    assertThat(ciaran.currentRating()).contains(Rating.BLUE);
    assertThat(ciaran.openTasks(TaskKind.CETR)).isNotEmpty();
    assertThat(ciaran.person().name().family()).isEqualTo("Mac Lochlainn");
    // Blue without an admission date, on a best-interests decision: active, an inpatient whose
    // admission date is to be recorded, with a task saying so; no date guessed, so no
    // post-admission review or place-lead awareness is scheduled yet.
    Entry pedro = person(register, "9990000042").orElseThrow();
    assertThat(pedro.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(pedro.isInpatient()).isTrue();
    assertThat(pedro.currentRating()).contains(Rating.BLUE);
    assertThat(pedro.currentStay().orElseThrow().admittedOn()).isEmpty();
    assertThat(pedro.currentStay().orElseThrow().hospitalId().value())
        .isEqualTo(LegacyImport.HOSPITAL_NOT_RECORDED);
    assertThat(pedro.openTasks(TaskKind.ADMISSION_DATE)).hasSize(1);
    assertThat(pedro.openTasks(TaskKind.CETR)).isEmpty();
    assertThat(pedro.openTasks(TaskKind.PLACE_LEAD_AWARENESS)).isEmpty();
    assertThat(pedro.actions())
        .anySatisfy(a -> assertThat(a.plan().description()).startsWith("Record the hospital"));
    assertThat(pedro.person().name().family()).isEqualTo("de la Cruz");
    // The best-interests decision rests on a capacity assessment whose one stage 2 answer the
    // sheet does not give: recorded as the least specific, with an action to check it.
    assertThat(pedro.consentRecords())
        .filteredOn(CapacityAssessment.class::isInstance)
        .singleElement()
        .satisfies(
            c ->
                assertThat(((CapacityAssessment) c).inabilities())
                    .containsExactly(CapacityAssessment.Inability.USE_OR_WEIGH));
    assertThat(pedro.actions())
        .anySatisfy(
            a ->
                assertThat(a.plan().description())
                    .startsWith("Check the capacity assessment against the original"));
    // Suspected autism, included by the mapping's setting.
    Entry sam = person(register, "9990000050").orElseThrow();
    assertThat(sam.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(sam.person().diagnosis()).isEqualTo(Diagnosis.SUSPECTED_AUTISM);
    // No consent: referred, with a first-contact task.
    Entry lee = person(register, "9990000069").orElseThrow();
    assertThat(lee.status()).isEqualTo(EntryStatus.REFERRED);
    assertThat(lee.openTasks(TaskKind.FIRST_CONTACT)).hasSize(1);
    assertThat(lee.currentRating()).isEmpty();
    // A parent's consent for a child of 12 without the child's view: referred, and the
    // first-contact task says the child's view must be recorded.
    Entry jo = person(register, "9990000077").orElseThrow();
    assertThat(jo.status()).isEqualTo(EntryStatus.REFERRED);
    assertThat(jo.consentRecords())
        .singleElement()
        .satisfies(c -> assertThat(((ParentalConsent) c).childsView()).isEmpty());
    assertThat(jo.openTasks(TaskKind.FIRST_CONTACT))
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.detail())
                    .contains("child's view not recorded")
                    .contains("the child's view must be recorded"));
    assertThat(jo.currentRating()).isEmpty();
    // A parent's consent for a child of 10 whose view the sheet records: parental consent is
    // the basis, and the legacy rating is recorded.
    Entry kit = person(register, "9990000115").orElseThrow();
    assertThat(kit.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(kit.consentRecords())
        .singleElement()
        .satisfies(
            c ->
                assertThat(((ParentalConsent) c).childsView())
                    .contains(ParentalConsent.ChildsView.AGREES));
    assertThat(kit.currentRating()).contains(Rating.GREEN);
    assertThat(kit.openTasks(TaskKind.FIRST_CONTACT)).isEmpty();
    // A parent's consent for a young person of 17: no basis from 16 (Mental Capacity Act 2005),
    // so referred by that rule, the Amber rating kept in the case summary.
    Entry max = person(register, "9990000123").orElseThrow();
    assertThat(max.status()).isEqualTo(EntryStatus.REFERRED);
    assertThat(max.currentRating()).isEmpty();
    assertThat(max.summary().currentIssues()).contains("Rated Amber");
    assertThat(max.openTasks(TaskKind.FIRST_CONTACT))
        .singleElement()
        .satisfies(t -> assertThat(t.detail()).contains("applies only under 16"));
    // The duplicate pair (its first row has no such date), the broken quote, the 1899 birth.
    assertThat(person(register, "9990000085")).isEmpty();
    assertThat(person(register, "9990000093")).isEmpty();
    assertThat(person(register, "9990000107")).isEmpty();

    assertThat(first.rows()).isEqualTo(14);
    assertThat(first.written()).isEqualTo(9);
    assertThat(first.active()).isEqualTo(4);
    assertThat(first.inpatients()).isEqualTo(2);
    assertThat(first.admissionDateToRecord()).isEqualTo(1);
    assertThat(first.admissionToRecord()).isZero();
    assertThat(first.bestInterests()).isEqualTo(1);
    assertThat(first.withoutBasis()).isEqualTo(3);
    assertThat(first.blankRows()).isEqualTo(1);
    assertThat(first.badRows()).isEqualTo(4);
    assertThat(first.referredBecause())
        .containsEntry("child's view not recorded", 1L)
        .containsEntry("no consent recorded for inclusion on the register", 1L)
        .hasSize(3)
        .anySatisfy((rule, n) -> assertThat(rule).contains("applies only under 16"));
    assertThat(first.problems())
        .anySatisfy(
            p -> {
              assertThat(p.row()).isEqualTo(10);
              assertThat(p.column()).isEqualTo("DOB");
              assertThat(p.rule()).isEqualTo("there is no such date");
            })
        .anySatisfy(
            p -> {
              assertThat(p.row()).isEqualTo(11);
              assertThat(p.column()).isEqualTo("NHS No");
              assertThat(p.rule()).startsWith("rows 10, 11 hold the same NHS number");
            })
        .anySatisfy(
            p -> {
              assertThat(p.row()).isEqualTo(12);
              assertThat(p.column()).isEqualTo("Name");
            })
        .anySatisfy(
            p -> {
              assertThat(p.row()).isEqualTo(13);
              assertThat(p.rule()).isEqualTo("must not be before 1900-01-01");
            });
    assertThat(first.problems().toString()).doesNotContain("999000", "Alex", "Robin");
    String rejects = Files.readString(dir.resolve("rejects.csv"), StandardCharsets.UTF_8);
    assertThat(rejects.lines()).hasSize(5);
    assertThat(rejects.lines().findFirst().orElseThrow()).endsWith(",problems");

    // The coordinator fixes the sheet: deletes the row of the pair that is not the person,
    // closes the quote, corrects the year of birth; then imports the whole sheet again.
    String fixed =
        Files.readString(sheet, StandardCharsets.UTF_8)
            .replace(
                "Alex Twice,31/02/2010,9990000085,8 Test Street,SN8 8AA,N Wilts,G,LD,Y,"
                    + "01/09/2026,,01/09/2026,,,,\r\n",
                "")
            .replace("\"Robin \"Bobby\" Test", "\"Robin \"\"Bobby\"\" Test\"")
            .replace("31/12/1899", "31/12/1989");
    Path again = Files.writeString(dir.resolve("fixed.csv"), fixed, StandardCharsets.UTF_8);

    LegacyImport.Outcome second = importing(register, again, Optional.empty());

    assertThat(second.problems()).isEmpty();
    assertThat(second.alreadyOnRegister()).isEqualTo(9);
    assertThat(second.written()).isEqualTo(3);
    assertThat(person(register, "9990000085").orElseThrow().person().dateOfBirth().value())
        .isEqualTo(LocalDate.of(2010, 2, 28));
    assertThat(person(register, "9990000093").orElseThrow().person().name().given())
        .isEqualTo("Robin \"Bobby\"");
    assertThat(person(register, "9990000107")).isPresent();
    assertThat(register.entries()).hasSize(12);
  }

  @Test
  void declined_by_setting_a_person_awaiting_an_autism_assessment_is_a_bad_row() throws Exception {
    DynamicSupportRegister register = register(true);

    LegacyImport.Outcome outcome =
        importing(register, EXAMPLES.resolve("legacy-register.csv"), Optional.of(false));

    assertThat(person(register, "9990000050")).isEmpty();
    assertThat(outcome.problems())
        .anySatisfy(
            p -> {
              assertThat(p.row()).isEqualTo(6);
              assertThat(p.column()).isEqualTo("Diagnosis");
              assertThat(p.rule()).contains("the register would decline this person");
            });
    assertThat(outcome.written()).isEqualTo(8);
  }

  @Test
  void a_single_name_column_takes_family_given_or_the_last_word_with_its_particles() {
    assertThat(ColumnMapping.NameRule.split("Ó Briain, Niamh"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("Niamh", "Ó Briain"));
    assertThat(ColumnMapping.NameRule.split("Given Ó Briain"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("Given", "Ó Briain"));
    assertThat(ColumnMapping.NameRule.split("Sean O' Neill"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("Sean", "O' Neill"));
    assertThat(ColumnMapping.NameRule.split("Sean O'Neill"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("Sean", "O'Neill"));
    assertThat(ColumnMapping.NameRule.split("Ewan Mac Lean"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("Ewan", "Mac Lean"));
    assertThat(ColumnMapping.NameRule.split("Ewan Mc Lean"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("Ewan", "Mc Lean"));
    assertThat(ColumnMapping.NameRule.split("Anna Maria van der Berg"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("Anna Maria", "van der Berg"));
    assertThat(ColumnMapping.NameRule.split("Jan van Dijk"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("Jan", "van Dijk"));
    assertThat(ColumnMapping.NameRule.split("Pedro de Souza"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("Pedro", "de Souza"));
    assertThat(ColumnMapping.NameRule.split("Ursula von Trapp"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("Ursula", "von Trapp"));
    assertThat(ColumnMapping.NameRule.split("Lucia da Silva"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("Lucia", "da Silva"));
    assertThat(ColumnMapping.NameRule.split("Marco di Stefano"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("Marco", "di Stefano"));
    assertThat(ColumnMapping.NameRule.split("Anne le Roux"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("Anne", "le Roux"));
    assertThat(ColumnMapping.NameRule.split("Anne la Fontaine"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("Anne", "la Fontaine"));
    // A particle is never the whole given name.
    assertThat(ColumnMapping.NameRule.split("De Souza"))
        .hasValueSatisfying(p -> assertThat(p).containsExactly("De", "Souza"));
    assertThat(ColumnMapping.NameRule.split("Cher")).isEmpty();
  }

  @Test
  void an_unknown_mapping_key_is_refused_listing_the_allowed_keys() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                ColumnMapping.of(
                    java.util.Map.of(
                        "name",
                        "Name",
                        "dateOfBirth",
                        "DOB",
                        "nhsNumber",
                        "NHS",
                        "address",
                        "Address",
                        "diagnosis",
                        "Dx",
                        "locality",
                        "Wiltshire",
                        "admitted",
                        "Admitted")))
        .isInstanceOf(org.opendsr.core.ValidationException.class)
        .hasMessageContaining("mapping.admitted: is not a key the import knows")
        .hasMessageContaining(
            "admissionDate, childsView, childsView.agrees, childsView.couldNotExpress,"
                + " childsView.disagrees, consent, consent.bestInterests");
  }
}
