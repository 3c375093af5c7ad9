package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.worklist.WorkCategory;
import org.opendsr.core.worklist.Worklist;
import org.opendsr.core.worklist.WorklistItem;
import org.opendsr.rating.Rating;

/** The coordinator's Monday morning: what is overdue, what is due soon, who has escalated. */
class WorklistJourneyTest {

  private static final LocalDate MAY_11 = LocalDate.of(2026, 5, 11);

  @Test
  void the_worklist_shows_overdue_and_due_soon_work_by_column() {
    Casework desk = Casework.openOn(MAY_11);
    EntryId jo =
        desk.refer(
            People.jo(),
            People.bySelf(MAY_11),
            ConsentGiven.of(Purpose.inclusion(), MAY_11, Casework.COORDINATOR));
    desk.rate(jo, Ratings.rated(People.jo(), MAY_11, Rating.GREEN));
    desk.register.handle(
        new Command.AddAction(
            Casework.COORDINATOR,
            jo,
            desk.version(jo),
            PlannedAction.of("Housing assessment", "sw-3", "WILTS", LocalDate.of(2026, 5, 20))));

    desk.today(LocalDate.of(2026, 5, 21));
    Worklist today = desk.register.worklist();

    assertThat(today.asOf()).isEqualTo(LocalDate.of(2026, 5, 21));
    assertThat(today.overdue())
        .extracting(WorklistItem::category)
        .containsExactly(WorkCategory.FIRST_CONTACT, WorkCategory.ACTION);
    assertThat(today.dueSoon())
        .as("the rating on 11 May was the first risk review; the next review is 3 months on")
        .isEmpty();
    assertThat(desk.register.worklist(LocalDate.of(2026, 5, 21), 21).dueSoon()).isEmpty();
    assertThat(desk.register.worklist(LocalDate.of(2026, 5, 21), 90).in(WorkCategory.REVIEW))
        .singleElement()
        .satisfies(i -> assertThat(i.due()).isEqualTo(LocalDate.of(2026, 8, 11)));
    assertThat(today.in(WorkCategory.ACTION))
        .singleElement()
        .satisfies(i -> assertThat(i.description()).doesNotContain("Housing"));
    assertThat(
            desk.register.worklist(LocalDate.of(2026, 5, 21), 120).in(WorkCategory.LINKED_PROCESS))
        .extracting(WorklistItem::description)
        .singleElement()
        .asString()
        .startsWith("identify C(E)TR partners");
  }

  @Test
  void an_inclusion_basis_not_rechecked_within_a_year_lapses_and_a_fresh_consent_restores_it() {
    Casework desk = Casework.openOn(MAY_11);
    EntryId jo =
        desk.refer(
            People.jo(),
            People.bySelf(MAY_11),
            ConsentGiven.of(Purpose.inclusion(), MAY_11, Casework.COORDINATOR));
    LocalDate recheckDue = desk.entry(jo).openTasks(TaskKind.CONSENT_RECHECK).get(0).due();

    desk.today(recheckDue.plusDays(3));
    assertThat(desk.register.worklist().overdue())
        .extracting(WorklistItem::category)
        .contains(WorkCategory.CONSENT_RECHECK);
    assertThat(desk.register.statusOn(jo, recheckDue)).isEqualTo(EntryStatus.ACTIVE);
    assertThat(desk.register.statusOn(jo, recheckDue.plusDays(1)))
        .isEqualTo(EntryStatus.INCLUSION_BASIS_LAPSED);

    Entry renewed =
        desk.record(
            jo, ConsentGiven.of(Purpose.inclusion(), recheckDue.plusDays(3), Casework.COORDINATOR));
    assertThat(renewed.openTasks(TaskKind.CONSENT_RECHECK))
        .singleElement()
        .satisfies(t -> assertThat(t.due()).isAfter(recheckDue.plusYears(1)));
    assertThat(desk.register.statusOn(jo, recheckDue.plusDays(3))).isEqualTo(EntryStatus.ACTIVE);
  }

  /** Sam, referred on 11 May, rated Amber on 12 May, with a C(E)TR planned for 1 June. */
  private static Entry samWithAPlannedCetr(Casework desk) {
    EntryId sam =
        desk.refer(
            People.sam(),
            People.bySelf(MAY_11),
            ConsentGiven.of(Purpose.inclusion(), MAY_11, Casework.COORDINATOR));
    desk.today(LocalDate.of(2026, 5, 12));
    desk.rate(sam, Ratings.rated(People.sam(), LocalDate.of(2026, 5, 12), Rating.AMBER));
    return desk.register
        .handle(
            new Command.PlanCetr(
                Casework.COORDINATOR, sam, desk.version(sam), LocalDate.of(2026, 6, 1)))
        .entry();
  }

  @Test
  void an_amber_rating_can_be_met_by_a_planned_cetr_due_on_its_planned_date() {
    Entry planned = samWithAPlannedCetr(Casework.openOn(MAY_11));

    assertThat(planned.openTasks(TaskKind.CETR))
        .singleElement()
        .satisfies(t -> assertThat(t.due()).isEqualTo(LocalDate.of(2026, 6, 1)));
  }

  @Test
  void a_view_as_of_a_date_shows_only_what_was_known_on_that_date() {
    Casework desk = Casework.openOn(MAY_11);
    Entry planned = samWithAPlannedCetr(desk);
    EntryId sam = planned.id();

    assertThat(desk.register.entryAsOf(sam, MAY_11).ratings()).isEmpty();
    assertThat(desk.register.entryAsOf(sam, MAY_11).version()).isLessThan(planned.version());
    assertThat(desk.register.entryAsOf(sam, LocalDate.of(2026, 5, 12)).ratings()).hasSize(1);
    assertThatThrownBy(() -> desk.register.entryAsOf(sam, MAY_11.minusDays(1)))
        .isInstanceOf(NotFoundException.class);
  }
}
