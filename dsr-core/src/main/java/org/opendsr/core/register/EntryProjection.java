package org.opendsr.core.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.core.cetr.CetrPlan;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.cetr.CetrRefusal;
import org.opendsr.core.entry.Action;
import org.opendsr.core.entry.CareTeam;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.CetrHistory;
import org.opendsr.core.entry.Closure;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.InpatientStay;
import org.opendsr.core.entry.Lifecycle;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.RatingHistory;
import org.opendsr.core.entry.RatingRecord;
import org.opendsr.core.entry.WorkPlan;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.Professional;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;

/**
 * Folds an entry's events into an {@link Entry}. The only place that knows how each event changes
 * the state; it never consults policy, the calendar or the clock, so replaying the same events
 * always gives the same entry.
 */
final class EntryProjection {

  private EntryId id;
  private int episode;
  private PersonDetails person;
  private Referral referral;
  private EntryStatus status;
  private LocalDate acceptedOn;
  private final List<String> declineReasons = new ArrayList<>();
  private Closure closure;
  private LocalDate firstContactOn;
  private final List<ConsentRecord> consentRecords = new ArrayList<>();
  private final List<Agency> agencies = new ArrayList<>();
  private final List<Professional> professionals = new ArrayList<>();
  private CaseSummary summary = CaseSummary.empty();
  private final List<Action> actions = new ArrayList<>();
  private final List<RatingRecord> ratings = new ArrayList<>();
  private final List<LocalDate> reviewsHeld = new ArrayList<>();
  private final List<CetrRecord> cetrs = new ArrayList<>();
  private final List<CetrRefusal> cetrRefusals = new ArrayList<>();
  private final Map<String, CetrPlan> cetrPlans = new HashMap<>();
  private final List<InpatientStay> stays = new ArrayList<>();
  private boolean knownToKeyworkerService;
  private final List<Task> tasks = new ArrayList<>();
  private long version;

  /**
   * Replays recorded events.
   *
   * @param events an entry's events, in order; the first is the referral
   * @return the entry
   */
  static Entry replay(List<RecordedEvent> events) {
    EntryProjection projection = new EntryProjection();
    for (RecordedEvent e : events) {
      projection.apply(e.change());
    }
    return projection.entry();
  }

  /** How one kind of event changes the entry. */
  private record Fold<E extends RegisterEvent>(
      Class<E> type, BiConsumer<EntryProjection, E> change) {
    void apply(EntryProjection projection, RegisterEvent event) {
      change.accept(projection, type.cast(event));
    }
  }

  /**
   * Every kind of event with how it changes the entry; checked against the sealed {@link
   * RegisterEvent} family when the class loads, so an event without a fold stops the register from
   * starting rather than failing a replay.
   */
  private static final Map<Class<?>, Fold<?>> FOLDS =
      folds(
          fold(
              RegisterEvent.Referred.class,
              (p, r) -> {
                p.id = r.entryId();
                p.episode = r.episode();
                p.person = r.person();
                p.referral = r.referral();
                p.status = EntryStatus.REFERRED;
              }),
          // A carry-over is one event that records, as one fact, the ordinary events it stands for.
          fold(RegisterEvent.CarriedOver.class, (p, c) -> c.facts().forEach(p::applyFact)),
          fold(RegisterEvent.PersonDetailsUpdated.class, (p, u) -> p.person = u.person()),
          fold(RegisterEvent.ConsentRecorded.class, (p, c) -> p.consentRecords.add(c.record())),
          fold(
              RegisterEvent.ReferralAccepted.class,
              (p, a) -> {
                p.status = EntryStatus.ACTIVE;
                p.acceptedOn = a.on();
              }),
          fold(
              RegisterEvent.ReferralDeclined.class,
              (p, d) -> {
                p.status = EntryStatus.DECLINED;
                p.declineReasons.addAll(d.reasons());
              }),
          fold(RegisterEvent.FirstContactMade.class, (p, f) -> p.firstContactOn = f.on()),
          fold(RegisterEvent.CaseSummaryUpdated.class, (p, s) -> p.summary = s.summary()),
          fold(RegisterEvent.AgencyInvolved.class, (p, a) -> p.agencies.add(a.agency())),
          fold(
              RegisterEvent.ProfessionalAdded.class,
              (p, a) -> p.professionals.add(a.professional())),
          fold(RegisterEvent.ActionAdded.class, (p, a) -> p.actions.add(a.action())),
          fold(
              RegisterEvent.ActionStatusChanged.class,
              (p, c) ->
                  p.actions.replaceAll(
                      a -> a.id().equals(c.actionId()) ? a.withStatus(c.status()) : a)),
          fold(
              RegisterEvent.RatingRecorded.class,
              (p, r) -> p.ratings.add(new RatingRecord(r.on(), r.rating(), r.change()))),
          fold(RegisterEvent.TaskOpened.class, (p, t) -> p.tasks.add(t.task())),
          fold(RegisterEvent.TaskClosed.class, EntryProjection::closeTask),
          fold(RegisterEvent.DsrReviewHeld.class, (p, d) -> p.reviewsHeld.add(d.on())),
          fold(RegisterEvent.CetrHeld.class, (p, c) -> p.cetrs.add(c.record())),
          fold(RegisterEvent.CetrRefused.class, (p, r) -> p.cetrRefusals.add(r.refusal())),
          fold(RegisterEvent.CetrPlanned.class, (p, c) -> p.cetrPlans.put(c.reviewId(), c.plan())),
          fold(
              RegisterEvent.Admitted.class,
              (p, a) ->
                  p.stays.add(
                      new InpatientStay(a.on(), a.hospitalId(), a.secure(), Optional.empty()))),
          fold(
              RegisterEvent.HospitalMoved.class,
              (p, m) -> {
                InpatientStay stay = p.lastStay();
                p.stays.set(
                    p.stays.size() - 1,
                    new InpatientStay(
                        stay.admittedOn(), m.hospitalId(), m.secure(), Optional.empty()));
              }),
          fold(
              RegisterEvent.Discharged.class,
              (p, d) -> {
                InpatientStay stay = p.lastStay();
                p.stays.set(
                    p.stays.size() - 1,
                    new InpatientStay(
                        stay.admittedOn(), stay.hospitalId(), stay.secure(), Optional.of(d.on())));
              }),
          fold(
              RegisterEvent.EntryClosed.class,
              (p, c) -> {
                p.status = EntryStatus.CLOSED;
                p.closure = new Closure(c.on(), c.reason());
              }));

  private static <E extends RegisterEvent> Fold<E> fold(
      Class<E> type, BiConsumer<EntryProjection, E> change) {
    return new Fold<>(type, change);
  }

  private static Map<Class<?>, Fold<?>> folds(Fold<?>... folds) {
    Map<Class<?>, Fold<?>> table = new HashMap<>();
    for (Fold<?> f : folds) {
      if (table.put(f.type(), f) != null) {
        throw new IllegalStateException("two folds for " + f.type().getSimpleName());
      }
    }
    SealedTypes.requireEvery(RegisterEvent.class, table.keySet(), "a fold");
    return Map.copyOf(table);
  }

  /** Whether an event type changes the entry by a fold of its own (for tests of completeness). */
  static boolean projects(Class<?> type) {
    return FOLDS.containsKey(type);
  }

  /**
   * Applies one more event.
   *
   * @param event the event
   */
  void apply(RegisterEvent event) {
    if (id == null && event.newEntryPerson().isEmpty()) {
      throw new IllegalStateException("an entry's history starts with its referral");
    }
    version++;
    applyFact(event);
  }

  private void applyFact(RegisterEvent event) {
    Fold<?> fold = FOLDS.get(event.getClass());
    if (fold == null) {
      throw new IllegalStateException("no fold for " + event.getClass().getSimpleName());
    }
    fold.apply(this, event);
  }

  private void closeTask(RegisterEvent.TaskClosed c) {
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      if (t.id().equals(c.taskId())) {
        tasks.set(i, t.close(c.on(), c.outcome()));
        if (t.kind() == TaskKind.KEYWORKER_REFERRAL && c.outcome() == TaskOutcome.DONE) {
          knownToKeyworkerService = true;
        }
        return;
      }
    }
    throw new IllegalStateException("closing a task the entry does not have");
  }

  private InpatientStay lastStay() {
    if (stays.isEmpty()) {
      throw new IllegalStateException("no hospital stay to change");
    }
    return stays.get(stays.size() - 1);
  }

  /**
   * The entry as it stands.
   *
   * @return an immutable snapshot
   */
  Entry entry() {
    if (id == null) {
      throw new IllegalStateException("no events");
    }
    return new Entry(
        id,
        episode,
        person,
        referral,
        new Lifecycle(
            status,
            Optional.ofNullable(acceptedOn),
            declineReasons,
            Optional.ofNullable(closure),
            Optional.ofNullable(firstContactOn)),
        consentRecords,
        new CareTeam(agencies, professionals, knownToKeyworkerService),
        summary,
        new RatingHistory(ratings, reviewsHeld),
        new CetrHistory(cetrs, cetrRefusals, cetrPlans),
        stays,
        new WorkPlan(actions, tasks),
        version);
  }
}
