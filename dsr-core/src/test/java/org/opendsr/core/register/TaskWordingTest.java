package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.rating.Rating;

/** Task details are read by coordinators on their worklist: plain words, not ISO codes. */
class TaskWordingTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  @Test
  void task_details_read_as_plain_english() {
    Casework desk = Casework.openOn(MONDAY);
    EntryId id =
        desk.refer(
            People.david(),
            People.byFamily(MONDAY),
            ConsentGiven.of(Purpose.inclusion(), MONDAY, Casework.COORDINATOR));
    Entry entry = desk.rate(id, Ratings.rated(People.david(), MONDAY, Rating.AMBER));
    assertThat(entry.tasks(TaskKind.FIRST_RISK_REVIEW))
        .singleElement()
        .satisfies(t -> assertThat(t.detail()).isEqualTo("within 28 days of referral"));
    assertThat(entry.openTasks(TaskKind.DSR_REVIEW))
        .singleElement()
        .satisfies(t -> assertThat(t.detail()).isEqualTo("next review for an Amber rating"));
  }
}
