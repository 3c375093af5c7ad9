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
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.rating.Rating;

/**
 * One episode of one person on the register, as derived from its events. Immutable; lists are in
 * the order things happened and nothing is ever removed from them.
 *
 * @param id the entry id
 * @param episode 1 for the person's first referral, 2 for a re-referral after closure, and so on
 * @param person who it is about
 * @param referral the referral that opened the episode
 * @param status referred, active, declined or closed
 * @param acceptedOn the date the referral was accepted, once accepted
 * @param declineReasons why the referral was declined, if it was
 * @param closure when and why the entry was closed, once closed
 * @param firstContactOn the date of first contact, once made
 * @param consentRecords the consent history for this episode
 * @param agencies agencies involved
 * @param professionals key professionals
 * @param summary current issues, risk, what has been tried, what could help
 * @param actions the action plan
 * @param ratings the rating history
 * @param reviewsHeld dates of DSR reviews held
 * @param cetrs C(E)TRs held
 * @param cetrRefusals C(E)TRs refused
 * @param stays hospital stays
 * @param knownToKeyworkerService whether the person has been referred to the keyworker service
 * @param tasks due work, open and closed
 * @param version how many events the entry has (the optimistic-concurrency version)
 * @param cetrPlans the latest plan of each C(E)TR planned, by review id
 */
public record Entry(
    EntryId id,
    int episode,
    PersonDetails person,
    Referral referral,
    EntryStatus status,
    Optional<LocalDate> acceptedOn,
    List<String> declineReasons,
    Optional<Closure> closure,
    Optional<LocalDate> firstContactOn,
    List<ConsentRecord> consentRecords,
    List<Agency> agencies,
    List<Professional> professionals,
    CaseSummary summary,
    List<Action> actions,
    List<RatingRecord> ratings,
    List<LocalDate> reviewsHeld,
    List<CetrRecord> cetrs,
    List<CetrRefusal> cetrRefusals,
    List<InpatientStay> stays,
    boolean knownToKeyworkerService,
    List<Task> tasks,
    long version,
    Map<String, CetrPlan> cetrPlans) {

  /** Validates and copies every part. */
  public Entry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(referral, "referral");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(acceptedOn, "acceptedOn");
    Objects.requireNonNull(closure, "closure");
    Objects.requireNonNull(firstContactOn, "firstContactOn");
    Objects.requireNonNull(summary, "summary");
    declineReasons = List.copyOf(declineReasons);
    consentRecords = List.copyOf(consentRecords);
    agencies = List.copyOf(agencies);
    professionals = List.copyOf(professionals);
    actions = List.copyOf(actions);
    ratings = List.copyOf(ratings);
    reviewsHeld = List.copyOf(reviewsHeld);
    cetrs = List.copyOf(cetrs);
    cetrRefusals = List.copyOf(cetrRefusals);
    stays = List.copyOf(stays);
    tasks = List.copyOf(tasks);
    cetrPlans = Map.copyOf(cetrPlans);
    if (episode < 1) {
      throw ValidationException.of("episode", "must be at least 1");
    }
  }

  /**
   * An entry with no C(E)TR planned ahead: the shape an entry had before plans were recorded.
   *
   * @param id the entry id
   * @param episode the episode number
   * @param person who it is about
   * @param referral the referral that opened the episode
   * @param status the status
   * @param acceptedOn the date accepted, once accepted
   * @param declineReasons why the referral was declined
   * @param closure when and why closed, once closed
   * @param firstContactOn the date of first contact, once made
   * @param consentRecords the consent history
   * @param agencies agencies involved
   * @param professionals key professionals
   * @param summary the case summary
   * @param actions the action plan
   * @param ratings the rating history
   * @param reviewsHeld dates of DSR reviews held
   * @param cetrs C(E)TRs held
   * @param cetrRefusals C(E)TRs refused
   * @param stays hospital stays
   * @param knownToKeyworkerService whether referred to the keyworker service
   * @param tasks due work, open and closed
   * @param version the optimistic-concurrency version
   */
  public Entry(
      EntryId id,
      int episode,
      PersonDetails person,
      Referral referral,
      EntryStatus status,
      Optional<LocalDate> acceptedOn,
      List<String> declineReasons,
      Optional<Closure> closure,
      Optional<LocalDate> firstContactOn,
      List<ConsentRecord> consentRecords,
      List<Agency> agencies,
      List<Professional> professionals,
      CaseSummary summary,
      List<Action> actions,
      List<RatingRecord> ratings,
      List<LocalDate> reviewsHeld,
      List<CetrRecord> cetrs,
      List<CetrRefusal> cetrRefusals,
      List<InpatientStay> stays,
      boolean knownToKeyworkerService,
      List<Task> tasks,
      long version) {
    this(
        id,
        episode,
        person,
        referral,
        status,
        acceptedOn,
        declineReasons,
        closure,
        firstContactOn,
        consentRecords,
        agencies,
        professionals,
        summary,
        actions,
        ratings,
        reviewsHeld,
        cetrs,
        cetrRefusals,
        stays,
        knownToKeyworkerService,
        tasks,
        version,
        Map.of());
  }

  /**
   * The plan of a C(E)TR, if one was recorded.
   *
   * @param reviewId the review (the id of its C(E)TR task)
   * @return the latest plan, or empty
   */
  public Optional<CetrPlan> cetrPlan(String reviewId) {
    return Optional.ofNullable(cetrPlans.get(reviewId));
  }

  /**
   * The rating that stands now.
   *
   * @return the latest final rating, or empty before the first rating
   */
  public Optional<Rating> currentRating() {
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
   * The tasks still open.
   *
   * @return open tasks, in the order opened
   */
  public List<Task> openTasks() {
    return tasks.stream().filter(Task::isOpen).toList();
  }

  /**
   * The open tasks of one kind.
   *
   * @param kind the kind
   * @return open tasks of that kind
   */
  public List<Task> openTasks(TaskKind kind) {
    return tasks.stream().filter(t -> t.isOpen() && t.kind() == kind).toList();
  }

  /**
   * All tasks of one kind, open or closed.
   *
   * @param kind the kind
   * @return the tasks
   */
  public List<Task> tasks(TaskKind kind) {
    return tasks.stream().filter(t -> t.kind() == kind).toList();
  }

  /**
   * One task by id.
   *
   * @param taskId the id
   * @return the task, if the entry has it
   */
  public Optional<Task> task(String taskId) {
    return tasks.stream().filter(t -> t.id().equals(taskId)).findFirst();
  }

  /**
   * One action by id.
   *
   * @param actionId the id
   * @return the action, if the entry has it
   */
  public Optional<Action> action(String actionId) {
    return actions.stream().filter(a -> a.id().equals(actionId)).findFirst();
  }

  /** Shows identifiers and status only. */
  @Override
  public String toString() {
    return "Entry[id="
        + id
        + ", episode="
        + episode
        + ", status="
        + status
        + ", version="
        + version
        + "]";
  }
}
