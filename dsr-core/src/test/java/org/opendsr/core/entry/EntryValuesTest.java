package org.opendsr.core.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;

class EntryValuesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 5, 11);

  @Test
  void an_action_reports_every_missing_part_at_once() {
    assertThatThrownBy(() -> new PlannedAction(" ", "", " ", DAY, Optional.of("  ")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("action.description", "action.ownerId", "action.agencyId"));
  }

  @Test
  void an_action_description_is_at_most_4000_characters() {
    assertThatThrownBy(() -> PlannedAction.of("x".repeat(4001), "o", "a", DAY))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at most 4000");
    assertThat(PlannedAction.of("x".repeat(4000), "o", "a", DAY).description()).hasSize(4000);
  }

  @Test
  void a_recommended_service_is_kept_without_its_surrounding_spaces() {
    PlannedAction plan =
        new PlannedAction("Call the GP", "o", "a", DAY, Optional.of(" Intensive support "));
    assertThat(plan.recommendedService()).contains("Intensive support");
  }

  @Test
  void an_action_does_not_show_its_text_when_printed() {
    PlannedAction plan = PlannedAction.of("Call Maya's GP", "o", "a", DAY);
    assertThat(plan.toString()).doesNotContain("Maya");
  }

  @Test
  void a_case_summary_field_may_be_long_but_not_unbounded() {
    assertThatThrownBy(() -> new CaseSummary("x".repeat(4001), "", "", "x".repeat(4001)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .containsExactly("summary.currentIssues", "summary.whatCouldHelp"));
  }

  @Test
  void an_entry_id_is_a_short_code() {
    assertThat(EntryId.of("E-000001")).hasToString("E-000001");
    assertThatThrownBy(() -> EntryId.of("E 1")).hasMessageContaining("entryId");
  }

  @Test
  void issued_entry_ids_are_numbered_from_e_000001_and_grow_past_six_digits() {
    assertThat(EntryId.numbered(1)).isEqualTo(EntryId.of("E-000001"));
    assertThat(EntryId.numbered(42)).isEqualTo(EntryId.of("E-000042"));
    assertThat(EntryId.numbered(999_999)).isEqualTo(EntryId.of("E-999999"));
    assertThat(EntryId.numbered(1_000_000)).isEqualTo(EntryId.of("E-1000000"));
    assertThatThrownBy(() -> EntryId.numbered(0)).hasMessageContaining("start at 1");
  }

  @Test
  void an_entry_id_allows_only_letters_digits_dots_hyphens_and_underscores_up_to_40() {
    assertThat(EntryId.of("a.B-9_z").value()).isEqualTo("a.B-9_z");
    assertThat(EntryId.of("x".repeat(40)).value()).hasSize(40);
    for (String bad : new String[] {"", "x".repeat(41), "E/1", "E+1", "É-1", "E 1"}) {
      assertThatThrownBy(() -> EntryId.of(bad)).as(bad).hasMessageContaining("entryId");
    }
  }

  @Test
  void a_task_is_open_from_the_day_it_is_opened() {
    Task task = Task.open("E-1-T1", TaskKind.CETR, DAY, DAY.plusDays(14), "community C(E)TR");
    assertThat(task.isOpen()).isTrue();
    assertThat(task.wasOpenOn(DAY.minusDays(1))).isFalse();
    assertThat(task.wasOpenOn(DAY)).isTrue();
  }

  @Test
  void a_closed_task_was_open_until_the_day_before_it_closed() {
    Task done =
        Task.open("E-1-T1", TaskKind.CETR, DAY, DAY.plusDays(14), "community C(E)TR")
            .close(DAY.plusDays(3), TaskOutcome.DONE);
    assertThat(done.isOpen()).isFalse();
    assertThat(done.wasOpenOn(DAY.plusDays(2))).isTrue();
    assertThat(done.wasOpenOn(DAY.plusDays(3))).isFalse();
  }

  @Test
  void a_task_closed_without_an_outcome_is_refused_naming_the_outcome() {
    assertThatThrownBy(
            () -> new Task("t", TaskKind.CETR, DAY, DAY, "x", Optional.of(DAY), Optional.empty()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        Violation.of("outcome", "a closed task needs both a date and an outcome")));
  }

  @Test
  void place_lead_awareness_is_completed_directly_but_a_cetr_by_its_review() {
    assertThat(TaskKind.PLACE_LEAD_AWARENESS.isCompletedDirectly()).isTrue();
    assertThat(TaskKind.CETR.isCompletedDirectly()).isFalse();
  }

  @Test
  void an_entry_is_open_while_referred_active_or_lapsed() {
    assertThat(EntryStatus.REFERRED.isOpen()).isTrue();
    assertThat(EntryStatus.INCLUSION_BASIS_LAPSED.isOpen()).isTrue();
    assertThat(EntryStatus.DECLINED.isOpen()).isFalse();
    assertThat(EntryStatus.CLOSED.isOpen()).isFalse();
  }

  @Test
  void an_action_is_outstanding_until_done_or_cancelled() {
    assertThat(ActionStatus.OPEN.isOutstanding()).isTrue();
    assertThat(ActionStatus.IN_PROGRESS.isOutstanding()).isTrue();
    assertThat(ActionStatus.DONE.isOutstanding()).isFalse();
    assertThat(ActionStatus.CANCELLED.isOutstanding()).isFalse();
  }
}
