package org.opendsr.core.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.core.ValidationException;
import org.opendsr.core.cetr.CetrPlan;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.cetr.CetrRefusal;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.Professional;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskId;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.rating.Rating;

/**
 * One episode of one person on the register, as derived from its events. Immutable; lists are in
 * the order things happened and nothing is ever removed from them. The parts that change together
 * are grouped ({@link Lifecycle}, {@link CareTeam}, {@link RatingHistory}, {@link CetrHistory},
 * {@link WorkPlan}); the flat accessors ({@link #status()}, {@link #ratings()}, {@link #tasks()},
 * ...) read through the groups.
 *
 * @param id the entry id
 * @param episode 1 for the person's first referral, 2 for a re-referral after closure, and so on
 * @param person who it is about
 * @param referral the referral that opened the episode
 * @param lifecycle status, acceptance, decline, first contact and closure
 * @param consentRecords the consent history for this episode
 * @param careTeam agencies, key professionals and the keyworker service
 * @param summary current issues, risk, what has been tried, what could help
 * @param ratingHistory the rating history and the DSR reviews held
 * @param cetrHistory C(E)TRs held and refused
 * @param stays hospital stays
 * @param workPlan the action plan and the due work
 * @param version how many events the entry has (the optimistic-concurrency version)
 */
public record Entry(
    EntryId id,
    int episode,
    PersonDetails person,
    Referral referral,
    Lifecycle lifecycle,
    List<ConsentRecord> consentRecords,
    CareTeam careTeam,
    CaseSummary summary,
    RatingHistory ratingHistory,
    CetrHistory cetrHistory,
    List<InpatientStay> stays,
    WorkPlan workPlan,
    long version) {

  /** Validates and copies every part. */
  public Entry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(referral, "referral");
    Objects.requireNonNull(lifecycle, "lifecycle");
    consentRecords = List.copyOf(consentRecords);
    Objects.requireNonNull(careTeam, "careTeam");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(ratingHistory, "ratingHistory");
    Objects.requireNonNull(cetrHistory, "cetrHistory");
    stays = List.copyOf(stays);
    Objects.requireNonNull(workPlan, "workPlan");
    if (episode < 1) {
      throw ValidationException.of("episode", "must be at least 1");
    }
  }

  /** Referred, active, declined or closed; from the lifecycle. */
  public EntryStatus status() {
    return lifecycle.status();
  }

  /** The date the referral was accepted, once accepted; from the lifecycle. */
  public Optional<LocalDate> acceptedOn() {
    return lifecycle.acceptedOn();
  }

  /** Why the referral was declined, empty unless declined; from the lifecycle. */
  public List<String> declineReasons() {
    return lifecycle.declineReasons();
  }

  /** When and why the entry was closed, once closed; from the lifecycle. */
  public Optional<Closure> closure() {
    return lifecycle.closure();
  }

  /** The date of first contact, once made; from the lifecycle. */
  public Optional<LocalDate> firstContactOn() {
    return lifecycle.firstContactOn();
  }

  /** The agencies involved; from the care team. */
  public List<Agency> agencies() {
    return careTeam.agencies();
  }

  /** The key professionals; from the care team. */
  public List<Professional> professionals() {
    return careTeam.professionals();
  }

  /** Whether the person has been referred to the keyworker service; from the care team. */
  public boolean knownToKeyworkerService() {
    return careTeam.knownToKeyworkerService();
  }

  /** The ratings, oldest first; from the rating history. */
  public List<RatingRecord> ratings() {
    return ratingHistory.ratings();
  }

  /** The dates of the DSR reviews held; from the rating history. */
  public List<LocalDate> reviewsHeld() {
    return ratingHistory.reviewsHeld();
  }

  /** The C(E)TRs held; from the C(E)TR history. */
  public List<CetrRecord> cetrs() {
    return cetrHistory.cetrs();
  }

  /** The C(E)TRs refused; from the C(E)TR history. */
  public List<CetrRefusal> cetrRefusals() {
    return cetrHistory.refusals();
  }

  /** The latest plan of each C(E)TR planned, by review id; from the C(E)TR history. */
  public Map<String, CetrPlan> cetrPlans() {
    return cetrHistory.plans();
  }

  /**
   * The plan of a C(E)TR, if one was recorded.
   *
   * @param reviewId the review (the id of its C(E)TR task)
   * @return the latest plan, or empty
   */
  public Optional<CetrPlan> cetrPlan(String reviewId) {
    return Optional.ofNullable(cetrHistory.plans().get(reviewId));
  }

  /** The action plan; from the work plan. */
  public List<Action> actions() {
    return workPlan.actions();
  }

  /** Due work, open and closed, in the order opened; from the work plan. */
  public List<Task> tasks() {
    return workPlan.tasks();
  }

  /**
   * This entry with other person details.
   *
   * @param newPerson the details
   * @return a new entry
   */
  public Entry withPerson(PersonDetails newPerson) {
    return new Entry(
        id,
        episode,
        newPerson,
        referral,
        lifecycle,
        consentRecords,
        careTeam,
        summary,
        ratingHistory,
        cetrHistory,
        stays,
        workPlan,
        version);
  }

  /**
   * This entry with another lifecycle.
   *
   * @param newLifecycle the lifecycle
   * @return a new entry
   */
  public Entry withLifecycle(Lifecycle newLifecycle) {
    return with(newLifecycle, careTeam, ratingHistory, cetrHistory, stays, workPlan);
  }

  /**
   * This entry with another care team.
   *
   * @param newCareTeam the care team
   * @return a new entry
   */
  public Entry withCareTeam(CareTeam newCareTeam) {
    return with(lifecycle, newCareTeam, ratingHistory, cetrHistory, stays, workPlan);
  }

  /**
   * This entry with another rating history.
   *
   * @param newRatingHistory the rating history
   * @return a new entry
   */
  public Entry withRatingHistory(RatingHistory newRatingHistory) {
    return with(lifecycle, careTeam, newRatingHistory, cetrHistory, stays, workPlan);
  }

  /**
   * This entry with another C(E)TR history.
   *
   * @param newCetrHistory the C(E)TR history
   * @return a new entry
   */
  public Entry withCetrHistory(CetrHistory newCetrHistory) {
    return with(lifecycle, careTeam, ratingHistory, newCetrHistory, stays, workPlan);
  }

  /**
   * This entry with other hospital stays.
   *
   * @param newStays the stays
   * @return a new entry
   */
  public Entry withStays(List<InpatientStay> newStays) {
    return with(lifecycle, careTeam, ratingHistory, cetrHistory, newStays, workPlan);
  }

  /**
   * This entry with another work plan.
   *
   * @param newWorkPlan the action plan and due work
   * @return a new entry
   */
  public Entry withWorkPlan(WorkPlan newWorkPlan) {
    return with(lifecycle, careTeam, ratingHistory, cetrHistory, stays, newWorkPlan);
  }

  private Entry with(
      Lifecycle l, CareTeam t, RatingHistory r, CetrHistory c, List<InpatientStay> s, WorkPlan w) {
    return new Entry(
        id, episode, person, referral, l, consentRecords, t, summary, r, c, s, w, version);
  }

  /**
   * The rating that stands now.
   *
   * @return the latest final rating, or empty before the first rating
   */
  public Optional<Rating> currentRating() {
    List<RatingRecord> ratings = ratings();
    return ratings.isEmpty()
        ? Optional.empty()
        : Optional.of(ratings.get(ratings.size() - 1).rating());
  }

  /**
   * The current hospital stay.
   *
   * @return the stay, if the person is an inpatient now
   */
  public Optional<InpatientStay> currentStay() {
    return stays.isEmpty() || !stays.get(stays.size() - 1).isCurrent()
        ? Optional.empty()
        : Optional.of(stays.get(stays.size() - 1));
  }

  /**
   * Whether the person is an inpatient now.
   *
   * @return true between admission and discharge
   */
  public boolean isInpatient() {
    return currentStay().isPresent();
  }

  /**
   * Whether the person is in a stay carried over without its admission date, which recording the
   * admission completes.
   *
   * @return true while the admission date is to be recorded
   */
  public boolean admissionDateToRecord() {
    return currentStay().filter(stay -> !stay.admissionDateKnown()).isPresent();
  }

  /**
   * The tasks still open.
   *
   * @return open tasks, in the order opened
   */
  public List<Task> openTasks() {
    return tasks().stream().filter(Task::isOpen).toList();
  }

  /**
   * The open tasks of one kind.
   *
   * @param kind the kind
   * @return open tasks of that kind
   */
  public List<Task> openTasks(TaskKind kind) {
    return tasks().stream().filter(t -> t.isOpen() && t.kind() == kind).toList();
  }

  /**
   * All tasks of one kind, open or closed.
   *
   * @param kind the kind
   * @return the tasks
   */
  public List<Task> tasks(TaskKind kind) {
    return tasks().stream().filter(t -> t.kind() == kind).toList();
  }

  /**
   * One task by id.
   *
   * @param taskId the id
   * @return the task, if the entry has it
   */
  public Optional<Task> task(TaskId taskId) {
    return tasks().stream().filter(t -> t.id().equals(taskId)).findFirst();
  }

  /**
   * One task by the text of its id, as a link or a form gives it.
   *
   * @param taskId the id; an id of any other shape finds nothing
   * @return the task, if the entry has it
   */
  public Optional<Task> task(String taskId) {
    return tasks().stream().filter(t -> t.id().value().equals(taskId)).findFirst();
  }

  /**
   * One action by id.
   *
   * @param actionId the id
   * @return the action, if the entry has it
   */
  public Optional<Action> action(ActionId actionId) {
    return actions().stream().filter(a -> a.id().equals(actionId)).findFirst();
  }

  /**
   * One action by the text of its id, as a link or a form gives it.
   *
   * @param actionId the id; an id of any other shape finds nothing
   * @return the action, if the entry has it
   */
  public Optional<Action> action(String actionId) {
    return actions().stream().filter(a -> a.id().value().equals(actionId)).findFirst();
  }

  /** Shows identifiers and status only. */
  @Override
  public String toString() {
    return "Entry[id="
        + id
        + ", episode="
        + episode
        + ", status="
        + status()
        + ", version="
        + version
        + "]";
  }
}
