package org.opendsr.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.access.Operation;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.entry.Entry;
import org.opendsr.examples.embedding.CmsNotifier.AlertKind;
import org.opendsr.examples.embedding.CmsNotifier.CmsAlert;
import org.opendsr.rating.Rating;

class CaseManagementSystemExampleTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  // A Wednesday, so working-day due dates are easy to read.
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
  private static final Clock CLOCK =
      Clock.fixed(TODAY.atTime(10, 0).atZone(LONDON).toInstant(), LONDON);

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final CaseManagementSystemExample.Run run =
      CaseManagementSystemExample.run(
          CLOCK, new PrintStream(printed, true, StandardCharsets.UTF_8));

  @Test
  void the_cms_raises_its_own_alerts_for_a_red_rating_a_cetr_and_an_admission() {
    assertThat(run.notifier().raised())
        .extracting(CmsAlert::kind)
        .contains(AlertKind.RED_RATING, AlertKind.CETR_DUE, AlertKind.PLACE_LEAD_AWARENESS);
    assertThat(run.notifier().raised())
        .allSatisfy(
            a -> assertThat(a.cmsPatientId()).isEqualTo(CaseManagementSystemExample.PATIENT))
        .allSatisfy(a -> assertThat(a.due()).isAfterOrEqualTo(TODAY));
    assertThat(run.notifier().raised())
        .filteredOn(a -> a.kind() == AlertKind.RED_RATING)
        .singleElement()
        .extracting(CmsAlert::due)
        .isEqualTo(TODAY);
  }

  @Test
  void the_cms_patient_maps_to_one_entry_that_is_blue_after_the_admission() {
    Entry entry =
        run.cms()
            .entry(CaseManagementSystemExample.COORDINATOR, CaseManagementSystemExample.PATIENT);

    assertThat(entry.id()).isEqualTo(run.patients().entryOf(CaseManagementSystemExample.PATIENT));
    assertThat(entry.currentRating()).contains(Rating.BLUE);
    assertThat(entry.isInpatient()).isTrue();
    assertThat(run.patients().patientOf(entry.id())).contains(CaseManagementSystemExample.PATIENT);
  }

  @Test
  void every_call_is_audited_and_the_analyst_is_refused_the_entry() {
    assertThat(run.audit().all())
        .extracting(AuditRecord::userId, AuditRecord::operation, AuditRecord::outcome)
        .contains(
            tuple("cms-u-17", Operation.REFER, AuditRecord.Outcome.DONE),
            tuple("cms-u-02", Operation.RECORD_RATING, AuditRecord.Outcome.DONE),
            tuple("cms-u-02", Operation.RECORD_ADMISSION, AuditRecord.Outcome.DONE),
            tuple("cms-u-40", Operation.VIEW_ENTRY, AuditRecord.Outcome.NOT_ATTEMPTED));
    assertThat(run.audit().all()).extracting(AuditRecord::at).containsOnly(Instant.now(CLOCK));
  }

  @Test
  void the_coordinator_has_work_on_the_worklist_and_the_analyst_has_no_worklist() {
    assertThat(run.cms().worklist(CaseManagementSystemExample.COORDINATOR).items()).isNotEmpty();
    assertThatThrownBy(() -> run.cms().worklist(CaseManagementSystemExample.ANALYST))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void what_the_example_prints_names_no_person() {
    String text = printed.toString(StandardCharsets.UTF_8);

    assertThat(text).contains("CMS alert RED_RATING for P-1001").contains("analyst refused");
    assertThat(text).doesNotContain("Alex").doesNotContain("9990000018").doesNotContain("999 000");
  }
}
