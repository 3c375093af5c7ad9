package org.opendsr.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;

/** A summary holds only what worklists need and cannot contradict itself. */
class EntrySummaryTest {

  private static final EntryId ID = EntryId.of("E-000001");
  private static final LocalDate DAY = LocalDate.of(2026, 5, 11);

  @Test
  void review_due_is_due_on_its_date_and_after_it() {
    EntrySummary summary =
        new EntrySummary(ID, 3, EntryStatus.ACTIVE, Optional.of(DAY), Optional.of(DAY));

    assertThat(summary.reviewDueBy(DAY)).isTrue();
    assertThat(summary.reviewDueBy(DAY.minusDays(1))).isFalse();
    assertThat(summary.workDueBy(DAY.plusDays(1))).isTrue();
  }

  @Test
  void an_entry_that_owes_nothing_is_never_due() {
    EntrySummary summary =
        new EntrySummary(ID, 3, EntryStatus.CLOSED, Optional.empty(), Optional.empty());

    assertThat(summary.reviewDueBy(LocalDate.MAX)).isFalse();
    assertThat(summary.workDueBy(LocalDate.MAX)).isFalse();
  }

  @Test
  void a_summary_whose_review_is_not_part_of_its_work_is_refused() {
    assertThatThrownBy(
            () -> new EntrySummary(ID, 1, EntryStatus.ACTIVE, Optional.of(DAY), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new EntrySummary(
                    ID, 1, EntryStatus.ACTIVE, Optional.of(DAY), Optional.of(DAY.plusDays(1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new EntrySummary(ID, 0, EntryStatus.ACTIVE, Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
