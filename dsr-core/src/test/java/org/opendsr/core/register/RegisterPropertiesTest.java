package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ConsentPolicy;
import org.opendsr.consent.ConsentRefused;
import org.opendsr.consent.ConsentRules;
import org.opendsr.consent.Purpose;
import org.opendsr.consent.Withdrawal;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.RatingRecord;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.core.store.InMemoryRegisterStore;
import org.opendsr.rating.Rating;
import org.quicktheories.core.Gen;

/** The invariants of the register, over generated histories. */
class RegisterPropertiesTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

  /** Each step: a gap in days and a choice, packed into one integer. */
  private static Gen<List<Integer>> steps(int maxSteps) {
    return lists().of(integers().between(0, 9_999)).ofSizeBetween(1, maxSteps);
  }

  /** Consent comes and goes, the person is re-referred; returns the last day acted on. */
  private static LocalDate consentComesAndGoes(
      Casework desk, PersonDetails person, List<Integer> steps) {
    LocalDate day = START;
    desk.today(day);
    EntryId current =
        desk.refer(
            person,
            People.bySelf(day),
            ConsentGiven.of(Purpose.inclusion(), day, Casework.COORDINATOR));
    for (int step : steps) {
      day = day.plusDays(1 + (step / 5) % 60);
      desk.today(day);
      int choice = step % 5;
      Entry entry = desk.entry(current);
      if (!entry.status().isOpen()) {
        current =
            choice % 2 == 0
                ? desk.refer(
                    person,
                    People.bySelf(day),
                    ConsentGiven.of(Purpose.inclusion(), day, Casework.COORDINATOR))
                : desk.refer(person, People.bySelf(day));
        continue;
      }
      switch (choice) {
        case 0 -> desk.record(current, ConsentGiven.of(Purpose.inclusion(), day, "staff-1"));
        case 1 -> desk.record(current, Withdrawal.of(Purpose.inclusion(), day, "jo-1", "staff-1"));
        case 2 -> desk.record(current, ConsentRefused.of(Purpose.inclusion(), day, "staff-1"));
        case 3 -> {
          if (entry.status() == EntryStatus.ACTIVE) {
            desk.rate(current, Ratings.rated(person, day, Rating.GREEN));
          }
        }
        default -> {
          if (entry.firstContactOn().isEmpty()) {
            desk.contact(current, day);
          }
        }
      }
    }
    return day;
  }

  private static boolean inclusionPermitted(Entry then, LocalDate day, LocalPolicy policy) {
    return ConsentRules.decide(
            then.person().dateOfBirth().value(),
            Purpose.inclusion(),
            then.consentRecords(),
            day,
            policy.consentPolicy())
        .isPermitted();
  }

  @Test
  void no_entry_is_active_on_any_date_without_a_valid_inclusion_basis_on_that_date() {
    qt().withExamples(40)
        .forAll(steps(12))
        .checkAssert(
            steps -> {
              LocalPolicy policy = LocalPolicy.defaults();
              Casework desk = Casework.openOn(START, policy);
              PersonDetails jo = People.jo();
              LocalDate last = consentComesAndGoes(desk, jo, steps);
              for (Entry episode : desk.register.episodesOf(jo.nhsNumber())) {
                LocalDate from = episode.referral().date();
                for (LocalDate d = from; !d.isAfter(last.plusDays(400)); d = d.plusDays(1)) {
                  if (desk.register.statusOn(episode.id(), d) == EntryStatus.ACTIVE) {
                    assertThat(
                            inclusionPermitted(desk.register.entryAsOf(episode.id(), d), d, policy))
                        .as("entry %s active on %s", episode.id(), d)
                        .isTrue();
                  }
                }
              }
            });
  }

  @Test
  void an_accepted_entry_stays_active_only_while_its_basis_holds_when_no_recheck_is_due() {
    LocalPolicy policy =
        LocalPolicy.defaults()
            .withConsentPolicy(ConsentPolicy.defaults().withRecheckInterval(Period.ofYears(50)));
    qt().withExamples(40)
        .forAll(steps(12))
        .checkAssert(
            steps -> {
              Casework desk = Casework.openOn(START, policy);
              PersonDetails jo = People.jo();
              LocalDate last = consentComesAndGoes(desk, jo, steps);
              for (Entry episode : desk.register.episodesOf(jo.nhsNumber())) {
                for (LocalDate d = episode.referral().date(); !d.isAfter(last); d = d.plusDays(1)) {
                  Entry then = desk.register.entryAsOf(episode.id(), d);
                  assertThat(then.status() == EntryStatus.ACTIVE)
                      .as("entry %s on %s", episode.id(), d)
                      .isEqualTo(then.status().isOpen() && inclusionPermitted(then, d, policy));
                }
              }
            });
  }

  /** Ratings, C(E)TRs held and refused, reviews, admissions and discharges, in any order. */
  private static EntryId busyYear(Casework desk, PersonDetails person, List<Integer> steps) {
    LocalDate day = START;
    desk.today(day);
    EntryId id =
        desk.refer(
            person,
            People.bySelf(day),
            ConsentGiven.of(Purpose.inclusion(), day, Casework.COORDINATOR));
    for (int step : steps) {
      day = day.plusDays((step / 8) % 10);
      desk.today(day);
      Entry entry = desk.entry(id);
      List<Task> openCetrs = entry.openTasks(TaskKind.CETR);
      switch (step % 8) {
        case 0, 1, 2 -> {
          if (!entry.isInpatient()) {
            Rating rating = List.of(Rating.GREEN, Rating.AMBER, Rating.RED).get(step % 8);
            desk.rate(id, Ratings.rated(person, day, rating));
          }
        }
        case 3 -> {
          if (!openCetrs.isEmpty()) {
            String review = openCetrs.get(0).id().value();
            desk.record(id, ConsentGiven.of(Purpose.cetr(review), day, "staff-1"));
            desk.holdCetr(id, review, day, Casework.fullPanel());
          }
        }
        case 4 -> {
          if (!openCetrs.isEmpty()) {
            String review = openCetrs.get(0).id().value();
            desk.record(id, ConsentRefused.of(Purpose.cetr(review), day, "staff-1"));
            desk.register.handle(
                new Command.RecordCetrRefused(
                    Casework.COORDINATOR, id, desk.version(id), review, day));
          }
        }
        case 5 -> desk.review(id, day);
        case 6 -> {
          if (entry.isInpatient()) {
            desk.discharge(id, day);
          } else if (entry.ratings().isEmpty()
              || !day.isBefore(entry.ratings().get(entry.ratings().size() - 1).on())) {
            desk.admit(id, day, "RJ1", step % 3 == 0);
          }
        }
        default -> {
          if (entry.isInpatient()) {
            desk.register.handle(
                new Command.RecordHospitalMove(
                    Casework.COORDINATOR,
                    id,
                    desk.version(id),
                    day,
                    HospitalCode.of("RX2"),
                    step % 2 == 0));
          }
        }
      }
    }
    return id;
  }

  @Test
  void every_red_rating_has_a_cetr_task() {
    qt().withExamples(60)
        .forAll(steps(25))
        .checkAssert(
            steps -> {
              Casework desk = Casework.openOn(START);
              EntryId id = busyYear(desk, People.sam(), steps);
              Entry entry = desk.entry(id);
              for (RatingRecord rating : entry.ratings()) {
                if (rating.rating() == Rating.RED) {
                  assertThat(entry.tasks(TaskKind.CETR))
                      .as("C(E)TR task open when Red was recorded on %s", rating.on())
                      .anySatisfy(
                          t -> {
                            assertThat(t.opened()).isBeforeOrEqualTo(rating.on());
                            assertThat(t.closedOn().orElse(LocalDate.MAX))
                                .isAfterOrEqualTo(rating.on());
                          });
                }
              }
            });
  }

  /**
   * NHS England DSR and C(E)TR policy (2023): while a person is an inpatient their C(E)TR repeats
   * (every 6 months for adults in non-secure settings, 12 in secure settings, 3 for children), and
   * refusing one changes nothing but the consent record. So on every day of a stay, as the register
   * knew it that day, a C(E)TR task is open, or one was held within the repeat interval.
   */
  @Test
  void an_inpatient_always_has_an_open_or_recently_held_cetr_within_the_repeat_interval() {
    LocalPolicy policy = LocalPolicy.defaults();
    qt().withExamples(60)
        .forAll(steps(40))
        .checkAssert(
            steps -> {
              Casework desk = Casework.openOn(START, policy);
              PersonDetails sam = People.sam();
              EntryId id = busyYear(desk, sam, steps);
              LocalDate last = desk.today();
              for (LocalDate d = START; !d.isAfter(last); d = d.plusDays(1)) {
                Entry then = desk.register.entryAsOf(id, d);
                if (then.currentStay().isEmpty()) {
                  continue;
                }
                LocalDate day = d;
                Period repeat =
                    policy
                        .cetrTimescales()
                        .repeat(
                            sam.dateOfBirth().ageOn(d), then.currentStay().orElseThrow().secure());
                assertThat(then.tasks(TaskKind.CETR))
                    .as("C(E)TR tasks of an inpatient on %s", d)
                    .anySatisfy(
                        t ->
                            assertThat(
                                    t.isOpen()
                                        || (t.outcome().orElseThrow() == TaskOutcome.DONE
                                            && !t.closedOn()
                                                .orElseThrow()
                                                .plus(repeat)
                                                .isBefore(day)))
                                .isTrue());
              }
            });
  }

  @Test
  void working_day_due_dates_never_fall_on_a_non_working_day() {
    qt().withExamples(300)
        .forAll(
            integers().between(0, 365 * 11 - 30),
            integers().between(1, 20),
            integers().between(0, 10))
        .checkAssert(
            (offset, contactDays, rerateDays) -> {
              LocalDate day = LocalDate.of(2018, 1, 1).plusDays(offset);
              LocalPolicy policy =
                  LocalPolicy.defaults()
                      .withFirstContactWorkingDays(contactDays)
                      .withRerateWithinWorkingDays(rerateDays);
              Casework desk = Casework.openOn(day, policy);
              PersonDetails jo = People.jo();
              EntryId id =
                  desk.refer(
                      jo, People.bySelf(day), ConsentGiven.of(Purpose.inclusion(), day, "staff-1"));
              Entry entry = desk.review(id, day);
              LocalDate contactDue = entry.tasks(TaskKind.FIRST_CONTACT).get(0).due();
              LocalDate rerateDue = entry.openTasks(TaskKind.RERATE).get(0).due();
              assertThat(CALENDAR.isWorkingDay(contactDue)).isTrue();
              assertThat(CALENDAR.workingDaysBetween(day, contactDue)).isEqualTo(contactDays);
              assertThat(CALENDAR.isWorkingDay(rerateDue)).isTrue();
              assertThat(CALENDAR.workingDaysBetween(day, rerateDue))
                  .isBetween(rerateDays, Math.max(rerateDays, 1));
            });
  }

  @Test
  void replaying_the_events_gives_the_same_state() {
    qt().withExamples(40)
        .forAll(steps(25), steps(10))
        .checkAssert(
            (busy, consent) -> {
              Casework desk = Casework.openOn(START);
              busyYear(desk, People.sam(), busy);
              consentComesAndGoes(desk, People.jo(), consent);

              InMemoryRegisterStore copy = new InMemoryRegisterStore();
              for (EntryId id : desk.store.entryIds()) {
                List<RecordedEvent> events = desk.store.load(id);
                copy.newEntryId();
                copy.append(id, 0, events);
              }
              DynamicSupportRegister replayed =
                  DynamicSupportRegister.create(copy, desk.clock, CALENDAR, LocalPolicy.defaults());
              assertThat(replayed.entries()).isEqualTo(desk.register.entries());
            });
  }

  @Test
  void the_entry_a_command_returns_is_the_entry_replayed_from_the_store() {
    qt().withExamples(30)
        .forAll(steps(20))
        .checkAssert(
            steps -> {
              Casework desk = Casework.openOn(START);
              PersonDetails sam = People.sam();
              desk.today(START);
              CommandResult referred =
                  desk.register.handle(
                      new Command.Refer(
                          "staff-1",
                          sam,
                          People.bySelf(START),
                          List.of(ConsentGiven.of(Purpose.inclusion(), START, "staff-1"))));
              List<CommandResult> results = new ArrayList<>(List.of(referred));
              EntryId id = referred.entryId();
              LocalDate day = START;
              for (int step : steps) {
                day = day.plusDays(step % 7);
                desk.today(day);
                Rating rating = List.of(Rating.GREEN, Rating.AMBER, Rating.RED).get(step % 3);
                results.add(
                    desk.register.handle(
                        new Command.RecordRating(
                            "staff-1", id, desk.version(id), Ratings.rated(sam, day, rating))));
              }
              CommandResult last = results.get(results.size() - 1);
              assertThat(last.entry()).isEqualTo(desk.entry(id));
              assertThat(last.version()).isEqualTo(desk.register.history(id).size());
              assertThat(results.stream().mapToInt(r -> r.events().size()).sum())
                  .as("events returned by the commands")
                  .isEqualTo(desk.register.history(id).size());
            });
  }
}
