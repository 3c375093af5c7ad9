package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.cetr.CetrPlan;
import org.opendsr.core.cetr.Panel;
import org.opendsr.core.cetr.PanelRole;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.rating.Rating;

/**
 * Planning a C(E)TR ahead: the day it is booked for, its panel and when the papers went out are
 * kept with the review a rating or admission asked for, or with a new one, and survive a replay.
 */
class CetrPlanTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 11);
  private static final String COORDINATOR = Casework.COORDINATOR;

  private Casework desk;
  private EntryId id;

  @BeforeEach
  void samIsOnTheRegister() {
    desk = Casework.openOn(TODAY);
    id =
        desk.refer(
            People.sam(),
            People.bySelf(TODAY),
            ConsentGiven.of(Purpose.inclusion(), TODAY, COORDINATOR));
  }

  private Entry plan(LocalDate due, CetrPlan plan) {
    return desk.register
        .handle(new Command.PlanCetr(COORDINATOR, id, desk.version(id), due, Optional.of(plan)))
        .entry();
  }

  @Test
  void a_plan_for_a_red_rating_is_kept_with_the_review_the_rating_asked_for() {
    desk.rate(id, Ratings.rated(People.sam(), TODAY, Rating.RED));
    Task review = desk.entry(id).openTasks(TaskKind.CETR).get(0);
    CetrPlan plan =
        new CetrPlan(TODAY.plusDays(10), Casework.fullPanel(), Optional.of(TODAY.minusDays(1)));

    Entry planned = plan(TODAY.plusDays(10), plan);

    assertThat(planned.openTasks(TaskKind.CETR)).containsExactly(review);
    assertThat(planned.cetrPlan(review.id().value())).contains(plan);
    assertThat(EntryProjection.replay(desk.store.load(id)).cetrPlan(review.id().value()))
        .contains(plan);
  }

  @Test
  void a_plan_with_no_review_open_opens_one_due_on_the_day_given() {
    Panel chairOnly = new Panel(Map.of(PanelRole.CHAIR, "chair-1"));
    CetrPlan plan = new CetrPlan(TODAY.plusDays(20), chairOnly, Optional.empty());

    Entry planned = plan(TODAY.plusDays(20), plan);

    Task review = planned.openTasks(TaskKind.CETR).get(0);
    assertThat(review.due()).isEqualTo(TODAY.plusDays(20));
    assertThat(planned.cetrPlan(review.id().value())).contains(plan);
    assertThat(desk.store.load(id).get(desk.store.load(id).size() - 1).change())
        .isEqualTo(new RegisterEvent.CetrPlanned(review.id().value(), plan));
  }

  @Test
  void planning_again_replaces_the_earlier_plan_and_opens_no_second_review() {
    plan(
        TODAY.plusDays(20),
        new CetrPlan(TODAY.plusDays(20), Casework.fullPanel(), Optional.empty()));
    CetrPlan later = new CetrPlan(TODAY.plusDays(25), Casework.fullPanel(), Optional.of(TODAY));

    Entry planned = plan(TODAY.plusDays(25), later);

    assertThat(planned.openTasks(TaskKind.CETR)).hasSize(1);
    assertThat(planned.cetrPlan(planned.openTasks(TaskKind.CETR).get(0).id().value()))
        .contains(later);
  }

  @Test
  void papers_sent_tomorrow_or_a_review_booked_in_the_past_are_refused_naming_each_field() {
    long before = desk.version(id);
    assertThatThrownBy(
            () ->
                plan(
                    TODAY.plusDays(5),
                    new CetrPlan(
                        TODAY.minusDays(1), Casework.fullPanel(), Optional.of(TODAY.plusDays(1)))))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::field)
                    .contains("plan.on", "plan.papersSentOn"));
    assertThat(desk.version(id)).isEqualTo(before);
  }

  @Test
  void planning_without_a_plan_still_refuses_a_second_review() {
    desk.rate(id, Ratings.rated(People.sam(), TODAY, Rating.RED));
    assertThatThrownBy(
            () ->
                desk.register.handle(
                    new Command.PlanCetr(COORDINATOR, id, desk.version(id), TODAY.plusDays(7))))
        .isInstanceOf(ValidationException.class);
  }
}
