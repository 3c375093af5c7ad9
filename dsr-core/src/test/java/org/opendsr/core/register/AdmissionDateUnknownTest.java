package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.ValidationException;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.InpatientStay;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.reporting.EntryReportRecords;
import org.opendsr.core.reporting.NationalDataOptOut;
import org.opendsr.core.reporting.ReportRecord;
import org.opendsr.core.reporting.ThemeCodes;
import org.opendsr.core.schedule.DueDates;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskId;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.core.worklist.WorkCategory;
import org.opendsr.rating.Rating;

/**
 * A person carried over as in hospital whose legacy register did not give the admission date: an
 * inpatient whose admission date is to be recorded, never guessed, with the reviews it dates
 * scheduled only once it is.
 */
class AdmissionDateUnknownTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // a Monday
  private static final LocalDate JOINED_LEGACY = LocalDate.of(2024, 6, 3);

  private final Casework desk = Casework.openOn(TODAY);
  private final DueDates due =
      DueDates.of(WorkingDayCalendar.englandAndWales(), LocalPolicy.defaults());

  private EntryId carriedOverInHospital(PersonDetails person) {
    EntryId id =
        desk.register
            .handle(
                new Command.CarryOver(
                    Casework.COORDINATOR,
                    person,
                    People.bySchoolNurse(JOINED_LEGACY),
                    List.of(ConsentGiven.of(Purpose.inclusion(), TODAY, Casework.COORDINATOR)),
                    Optional.empty(),
                    CaseSummary.empty()))
            .entryId();
    desk.register.handle(
        new Command.RecordStayWithoutAdmissionDate(
            Casework.COORDINATOR, id, desk.version(id), TODAY, "RXX01", false));
    return id;
  }

  @Test
  void an_inpatient_without_an_admission_date_is_blue_with_a_task_to_record_it_and_no_date() {
    EntryId id = carriedOverInHospital(People.sam());
    Entry entry = desk.entry(id);

    assertThat(entry.isInpatient()).isTrue();
    InpatientStay stay = entry.currentStay().orElseThrow();
    assertThat(stay.admittedOn()).isEmpty();
    assertThat(stay.admissionDateKnown()).isFalse();
    assertThat(stay.hospitalId().value()).isEqualTo("RXX01");
    assertThat(entry.currentRating()).contains(Rating.BLUE);
    assertThat(entry.openTasks(TaskKind.ADMISSION_DATE))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.due()).isEqualTo(TODAY);
              assertThat(t.detail()).contains("admission date not known");
            });
    assertThat(desk.register.worklist(TODAY, 0).in(WorkCategory.CETR))
        .extracting(w -> w.description())
        .anyMatch(d -> d.contains("admission date"));
  }

  @Test
  void no_post_admission_review_or_place_lead_awareness_is_scheduled_until_the_date_is_recorded() {
    Entry entry = desk.entry(carriedOverInHospital(People.sam()));

    assertThat(entry.openTasks(TaskKind.CETR)).isEmpty();
    assertThat(entry.openTasks(TaskKind.PLACE_LEAD_AWARENESS)).isEmpty();
  }

  @Test
  void recording_the_admission_date_completes_the_stay_and_dates_the_reviews_from_the_admission() {
    PersonDetails sam = People.sam();
    EntryId id = carriedOverInHospital(sam);
    // Admitted before the legacy register listed the person: allowed for a stay carried over.
    LocalDate admitted = LocalDate.of(2024, 5, 20);

    Entry entry = desk.admit(id, admitted, "RXX02", true);

    assertThat(entry.stays()).hasSize(1);
    InpatientStay stay = entry.currentStay().orElseThrow();
    assertThat(stay.admittedOn()).contains(admitted);
    assertThat(stay.hospitalId().value()).isEqualTo("RXX02");
    assertThat(stay.secure()).isTrue();
    assertThat(entry.openTasks(TaskKind.ADMISSION_DATE)).isEmpty();
    assertThat(entry.tasks())
        .filteredOn(t -> t.kind() == TaskKind.ADMISSION_DATE)
        .singleElement()
        .satisfies(t -> assertThat(t.outcome()).contains(TaskOutcome.DONE));
    assertThat(entry.openTasks(TaskKind.CETR))
        .extracting(Task::due)
        .containsExactly(due.postAdmissionCetr(admitted, sam.dateOfBirth().ageOn(admitted)));
    assertThat(entry.openTasks(TaskKind.PLACE_LEAD_AWARENESS))
        .extracting(Task::due)
        .containsExactly(due.placeLeadAwareness(admitted));
    assertThat(entry.ratings()).extracting(r -> r.rating()).containsExactly(Rating.BLUE);
  }

  @Test
  void an_admission_date_after_the_day_the_person_was_recorded_in_hospital_is_refused() {
    EntryId id = carriedOverInHospital(People.sam());
    desk.today(TODAY.plusDays(3));

    assertThatThrownBy(() -> desk.admit(id, TODAY.plusDays(1), "RXX01", false))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("when the person was recorded as in hospital");
    assertThat(desk.entry(id).currentStay().orElseThrow().admittedOn()).isEmpty();
  }

  @Test
  void an_admission_date_before_the_person_was_born_is_refused() {
    PersonDetails sam = People.sam();
    EntryId id = carriedOverInHospital(sam);

    assertThatThrownBy(() -> desk.admit(id, sam.dateOfBirth().value().minusDays(1), "RXX01", false))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must not be before the date of birth");
    assertThat(desk.entry(id).openTasks(TaskKind.ADMISSION_DATE)).hasSize(1);
  }

  @Test
  void a_discharge_before_the_date_is_known_ends_the_stay_and_its_task_without_inventing_a_date() {
    EntryId id = carriedOverInHospital(People.sam());
    desk.today(TODAY.plusDays(10));

    Entry entry = desk.discharge(id, TODAY.plusDays(10));

    assertThat(entry.isInpatient()).isFalse();
    assertThat(entry.stays()).singleElement().satisfies(s -> assertThat(s.admittedOn()).isEmpty());
    assertThat(entry.openTasks(TaskKind.ADMISSION_DATE)).isEmpty();
    assertThat(entry.openTasks(TaskKind.RERATE)).hasSize(1);
  }

  @Test
  void the_task_cannot_be_marked_done_without_the_date() {
    EntryId id = carriedOverInHospital(People.sam());
    TaskId taskId = desk.entry(id).openTasks(TaskKind.ADMISSION_DATE).get(0).id();

    assertThatThrownBy(() -> desk.complete(id, taskId, TODAY))
        .isInstanceOf(ValidationException.class);
    assertThat(desk.entry(id).openTasks(TaskKind.ADMISSION_DATE)).hasSize(1);
  }

  @Test
  void reports_still_count_an_inpatient_whose_admission_date_is_to_be_recorded_as_blue() {
    carriedOverInHospital(People.sam());

    List<ReportRecord> records =
        EntryReportRecords.of(
            desk.register.entries(), TODAY, NationalDataOptOut.nobody(), ThemeCodes.defaults());

    assertThat(records)
        .singleElement()
        .satisfies(r -> assertThat(r.ratingOn(TODAY)).contains(Rating.BLUE));
  }

  @Test
  void the_subject_access_export_says_the_admission_date_is_not_yet_recorded() {
    EntryId id = carriedOverInHospital(People.sam());

    String export =
        SubjectAccessExport.of(
                List.of(desk.register.entry(id)), List.of(desk.register.history(id)), List.of())
            .toText();

    assertThat(export).contains("In hospital from an admission date not yet recorded");
  }
}
