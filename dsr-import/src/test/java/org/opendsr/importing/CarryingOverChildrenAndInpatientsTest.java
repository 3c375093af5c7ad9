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
import org.opendsr.consent.ParentalConsent;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.schedule.DueDates;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.store.InMemoryRegisterStore;
import org.opendsr.rating.Rating;

/**
 * Rows whose basis is a parent's consent (Children Act 1989 s.3; from 16 the Mental Capacity Act
 * 2005), and Blue rows without an admission date: what each becomes on the register, by rule.
 */
class CarryingOverChildrenAndInpatientsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final String HEADER =
      "Name,DOB,NHS No,Address,RAG,Diagnosis,Consent,Consent date,Admitted,Child's view\n";
  // Born 2016: 10 on the consent date. Born 2010-01-10: 16 on the consent date.
  private static final String CHILD = "Kit Young,12/05/2016,9434765919,1 Test Street,G,Autism,";
  private static final String SIXTEEN = "Max Older,10/01/2010,9434765919,1 Test Street,G,LD,";

  @TempDir Path dir;

  private static ColumnMapping mapping(boolean childsViewColumn) {
    Map<String, String> keys = new HashMap<>();
    keys.put("name", "Name");
    keys.put("dateOfBirth", "DOB");
    keys.put("nhsNumber", "NHS No");
    keys.put("address", "Address");
    keys.put("rag", "RAG");
    keys.put("diagnosis", "Diagnosis");
    keys.put("consent", "Consent");
    keys.put("consentDate", "Consent date");
    keys.put("admissionDate", "Admitted");
    keys.put("locality", "Wiltshire");
    if (childsViewColumn) {
      keys.put("childsView", "Child's view");
      keys.put("childsView.agrees", "Happy to be on it");
    }
    return ColumnMapping.of(keys);
  }

  private final DynamicSupportRegister register =
      DynamicSupportRegister.create(
          new InMemoryRegisterStore(),
          Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
          WorkingDayCalendar.englandAndWales(),
          LocalPolicy.defaults());

  private LegacyImport.Outcome importing(String row, ColumnMapping mapping) throws Exception {
    Path csv = dir.resolve("legacy.csv");
    Files.writeString(csv, HEADER + row + "\n", StandardCharsets.UTF_8);
    return LegacyImport.run(
        csv,
        mapping,
        register,
        new LegacyImport.Settings("coordinator-1", TODAY, true, "dsr@example.nhs.uk"),
        LegacyImport.UnitOfWork.autoCommit(),
        LegacyImport.Listener.none());
  }

  private Entry theEntry() {
    return register.episodesOf(NhsNumber.parse("9434765919")).get(0);
  }

  @Test
  void a_parents_consent_for_a_child_under_16_with_the_childs_view_recorded_is_the_basis()
      throws Exception {
    LegacyImport.Outcome outcome =
        importing(CHILD + "Parent,01/09/2026,,Happy to be on it", mapping(true));

    Entry kit = theEntry();
    assertThat(kit.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(kit.currentRating()).contains(Rating.GREEN);
    assertThat(kit.consentRecords())
        .singleElement()
        .isInstanceOfSatisfying(
            ParentalConsent.class,
            c -> assertThat(c.childsView()).contains(ParentalConsent.ChildsView.AGREES));
    assertThat(outcome.active()).isEqualTo(1);
    assertThat(outcome.withoutBasis()).isZero();
  }

  @Test
  void a_child_who_disagrees_is_recorded_as_disagreeing_and_the_parents_consent_still_stands()
      throws Exception {
    importing(CHILD + "Parent,01/09/2026,,Disagrees", mapping(true));

    Entry kit = theEntry();
    assertThat(kit.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(kit.consentRecords())
        .singleElement()
        .isInstanceOfSatisfying(
            ParentalConsent.class,
            c -> assertThat(c.childsView()).contains(ParentalConsent.ChildsView.DISAGREES));
  }

  @Test
  void a_parents_consent_without_the_childs_view_leaves_the_child_referred_to_record_it()
      throws Exception {
    LegacyImport.Outcome outcome = importing(CHILD + "Parent,01/09/2026,,", mapping(true));

    Entry kit = theEntry();
    assertThat(kit.status()).isEqualTo(EntryStatus.REFERRED);
    assertThat(kit.currentRating()).isEmpty();
    assertThat(kit.openTasks(TaskKind.FIRST_CONTACT))
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.detail())
                    .isEqualTo(
                        "to seek a basis for inclusion (child's view not recorded): the child's"
                            + " view must be recorded with the parental consent, 5 working days"
                            + " from carrying over"));
    assertThat(outcome.referredBecause())
        .containsExactly(Map.entry("child's view not recorded", 1L));
  }

  @Test
  void without_a_childs_view_column_a_parents_consent_leaves_the_child_referred() throws Exception {
    Path csv = dir.resolve("legacy.csv");
    Files.writeString(
        csv,
        "Name,DOB,NHS No,Address,RAG,Diagnosis,Consent,Consent date,Admitted\n"
            + CHILD
            + "Parent,01/09/2026,\n",
        StandardCharsets.UTF_8);
    LegacyImport.Outcome outcome =
        LegacyImport.run(
            csv,
            mapping(false),
            register,
            new LegacyImport.Settings("coordinator-1", TODAY, true, "dsr@example.nhs.uk"),
            LegacyImport.UnitOfWork.autoCommit(),
            LegacyImport.Listener.none());

    assertThat(theEntry().status()).isEqualTo(EntryStatus.REFERRED);
    assertThat(outcome.referredBecause()).containsOnlyKeys("child's view not recorded");
  }

  @Test
  void a_parents_consent_for_a_young_person_of_16_is_no_basis_even_with_their_view()
      throws Exception {
    LegacyImport.Outcome outcome = importing(SIXTEEN + "Parent,01/09/2026,,Agrees", mapping(true));

    Entry max = theEntry();
    assertThat(max.status()).isEqualTo(EntryStatus.REFERRED);
    assertThat(outcome.referredBecause().keySet())
        .singleElement()
        .satisfies(
            rule ->
                assertThat(rule)
                    .contains("applies only under 16")
                    .contains("the young person decides"));
    assertThat(max.openTasks(TaskKind.FIRST_CONTACT))
        .singleElement()
        .satisfies(t -> assertThat(t.detail()).contains("applies only under 16"));
  }

  @Test
  void a_childs_view_the_mapping_does_not_know_is_a_bad_row_naming_the_column() throws Exception {
    LegacyImport.Outcome outcome = importing(CHILD + "Parent,01/09/2026,,Maybe", mapping(true));

    assertThat(outcome.written()).isZero();
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(2);
              assertThat(p.column()).isEqualTo("Child's view");
              assertThat(p.rule()).startsWith("is not a child's view the mapping knows");
              assertThat(p.rule()).doesNotContain("Maybe");
            });
  }

  @Test
  void a_blue_row_without_an_admission_date_is_an_inpatient_whose_date_is_to_be_recorded()
      throws Exception {
    LegacyImport.Outcome outcome =
        importing(
            "Pat Example,01/02/1990,9434765919,1 Test Street,Blue,LD,Y,01/09/2026,,",
            mapping(true));

    Entry pat = theEntry();
    assertThat(pat.isInpatient()).isTrue();
    assertThat(pat.currentStay().orElseThrow().admittedOn()).isEmpty();
    assertThat(pat.currentRating()).contains(Rating.BLUE);
    assertThat(pat.openTasks(TaskKind.ADMISSION_DATE)).hasSize(1);
    assertThat(pat.openTasks(TaskKind.CETR)).isEmpty();
    assertThat(outcome.inpatients()).isEqualTo(1);
    assertThat(outcome.admissionDateToRecord()).isEqualTo(1);
    assertThat(outcome.admissionToRecord()).isZero();

    // The coordinator finds the date: the post-admission review is due from it.
    LocalDate admitted = LocalDate.of(2026, 7, 1);
    Entry after =
        register
            .handle(
                new Command.RecordAdmission(
                    "coordinator-1", pat.id(), pat.version(), admitted, "RTEST01", false))
            .entry();
    DueDates due = DueDates.of(WorkingDayCalendar.englandAndWales(), LocalPolicy.defaults());
    assertThat(after.currentStay().orElseThrow().admittedOn()).contains(admitted);
    assertThat(after.openTasks(TaskKind.ADMISSION_DATE)).isEmpty();
    assertThat(after.openTasks(TaskKind.CETR))
        .extracting(Task::due)
        .containsExactly(due.postAdmissionCetr(admitted, 36));
  }

  @Test
  void a_best_interests_row_records_the_least_specific_ability_and_asks_for_it_to_be_checked()
      throws Exception {
    LegacyImport.Outcome outcome =
        importing(
            "Pat Example,01/02/1990,9434765919,1 Test Street,G,LD,BI,01/09/2026,,", mapping(true));

    Entry pat = theEntry();
    assertThat(pat.status()).isEqualTo(EntryStatus.ACTIVE);
    assertThat(pat.consentRecords())
        .filteredOn(org.opendsr.consent.CapacityAssessment.class::isInstance)
        .singleElement()
        .isInstanceOfSatisfying(
            org.opendsr.consent.CapacityAssessment.class,
            c ->
                assertThat(c.inabilities())
                    .containsExactly(
                        org.opendsr.consent.CapacityAssessment.Inability.USE_OR_WEIGH));
    assertThat(pat.actions())
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.plan().description())
                    .contains("not which ability the person lacked")
                    .contains("unable to use or weigh the information"));
    assertThat(outcome.bestInterests()).isEqualTo(1);
  }
}
