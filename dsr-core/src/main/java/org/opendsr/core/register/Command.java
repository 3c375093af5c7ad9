package org.opendsr.core.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.core.ValidationException;
import org.opendsr.core.cetr.CetrPlan;
import org.opendsr.core.cetr.KeyQuestion;
import org.opendsr.core.cetr.Panel;
import org.opendsr.core.entry.ActionId;
import org.opendsr.core.entry.ActionStatus;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryRef;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.Professional;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.schedule.TaskId;
import org.opendsr.rating.RecordedRating;

/**
 * Everything the register can be asked to do. Every command names its actor (an opaque user id);
 * every command on an existing entry names the entry and the version the caller read.
 */
public sealed interface Command permits Command.Refer, Command.CarryOver, Command.EntryCommand {

  /**
   * Who is asking: an opaque user id, never a name.
   *
   * @return the actor id
   */
  String actor();

  /**
   * Why, in words for the event history: what the command records.
   *
   * @return the description
   */
  String why();

  /** A command on an existing entry. */
  sealed interface EntryCommand extends Command
      permits UpdatePersonDetails,
          RecordConsent,
          RecordFirstContact,
          UpdateCaseSummary,
          AddProfessional,
          AddAction,
          UpdateActionStatus,
          RecordRating,
          RecordDsrReview,
          PlanCetr,
          HoldCetr,
          RecordCetrRefused,
          CompleteTask,
          RecordAdmission,
          RecordStayWithoutAdmissionDate,
          RecordHospitalMove,
          RecordDischarge,
          CloseEntry {

    /**
     * The entry and the version the caller read; a different current version is a conflict.
     *
     * @return the reference
     */
    EntryRef ref();

    /**
     * The entry.
     *
     * @return the entry id
     */
    default EntryId entryId() {
      return ref().entryId();
    }

    /**
     * The version the caller read; a different current version is a conflict.
     *
     * @return the expected version
     */
    default long expectedVersion() {
      return ref().expectedVersion();
    }
  }

  private static void checkActor(String actor) {
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw ValidationException.of("actor", "must not be blank");
    }
  }

  private static void checkEntry(EntryRef ref) {
    Objects.requireNonNull(ref, "ref");
  }

  /**
   * Refer a person. Opens a new entry (a new episode if the person was on the register before and
   * their last entry is closed). Consent records given with the referral are recorded with it, so a
   * referral made with consent is accepted at once.
   *
   * @param actor who
   * @param person who is referred
   * @param referral source, date and referrer
   * @param consentRecords consent records made with the referral; may be empty
   */
  record Refer(
      String actor, PersonDetails person, Referral referral, List<ConsentRecord> consentRecords)
      implements Command {
    /** Validates every part. */
    public Refer {
      checkActor(actor);
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(referral, "referral");
      consentRecords = List.copyOf(consentRecords);
    }

    @Override
    public String why() {
      return "referral received";
    }
  }

  /**
   * Carry a person over from a legacy register (the spreadsheet or local database the register
   * replaces). Opens a new entry as {@link Refer} does, under the same checks, and records in one
   * step, as one fact, what the legacy register held:
   *
   * <ul>
   *   <li>If the consent carried over gives a basis for inclusion today, the entry is accepted,
   *       with a consent re-check task as for any acceptance. The rating carried over is recorded,
   *       with its next DSR review and linked processes (a C(E)TR for Red, ...) as for any rating;
   *       the legacy register's rating stands for the first risk review. Without a rating, a first
   *       risk review task is opened.
   *   <li>Otherwise the entry is referred and waits for a basis, with a first-contact task to seek
   *       it, due from today. A rating is then refused: a rating needs an accepted entry.
   *   <li>A person the register would decline (a diagnosis local policy does not include, a refusal
   *       carried over) is refused: the legacy entry needs a decision, not a copy.
   * </ul>
   *
   * <p>Unlike a referral, no first-contact task is opened for a person who is accepted: they are
   * already known to services, and a task per person due from the date they joined the legacy
   * register would flood the worklist with work done long ago.
   *
   * @param actor who (the coordinator moving the register)
   * @param person who is carried over
   * @param referral when and how the person came onto the legacy register
   * @param consentRecords the consent records the legacy register held; may be empty
   * @param rating the rating the legacy register held, if any
   * @param summary the notes carried over; may be {@linkplain CaseSummary#empty() empty}
   */
  record CarryOver(
      String actor,
      PersonDetails person,
      Referral referral,
      List<ConsentRecord> consentRecords,
      Optional<RecordedRating> rating,
      CaseSummary summary)
      implements Command {
    /** Validates every part. */
    public CarryOver {
      checkActor(actor);
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(referral, "referral");
      consentRecords = List.copyOf(consentRecords);
      Objects.requireNonNull(rating, "rating");
      Objects.requireNonNull(summary, "summary");
    }

    @Override
    public String why() {
      return "carried over from a legacy register";
    }
  }

  /**
   * Correct or update the person's details (residence, diagnosis, EHC plan, name). The NHS number
   * links a person's episodes and cannot be changed here.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param person the details as they now are
   */
  record UpdatePersonDetails(String actor, EntryRef ref, PersonDetails person)
      implements EntryCommand {
    /** Validates every part. */
    public UpdatePersonDetails {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(person, "person");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param person the details as they now are
     */
    public UpdatePersonDetails(
        String actor, EntryId entryId, long expectedVersion, PersonDetails person) {
      this(actor, EntryRef.of(entryId, expectedVersion), person);
    }

    @Override
    public String why() {
      return "person details updated";
    }
  }

  /**
   * Record consent, a refusal, a withdrawal, a capacity or Gillick assessment, or a best-interests,
   * parental or attorney decision. Withdrawing inclusion closes the entry; a basis for inclusion on
   * a referred entry accepts it.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param record the record
   */
  record RecordConsent(String actor, EntryRef ref, ConsentRecord record) implements EntryCommand {
    /** Validates every part. */
    public RecordConsent {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(record, "record");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param record the record
     */
    public RecordConsent(
        String actor, EntryId entryId, long expectedVersion, ConsentRecord record) {
      this(actor, EntryRef.of(entryId, expectedVersion), record);
    }

    @Override
    public String why() {
      return "consent record for " + record.purpose().description();
    }
  }

  /**
   * Record first contact with the referred person.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param on the date of contact
   */
  record RecordFirstContact(String actor, EntryRef ref, LocalDate on) implements EntryCommand {
    /** Validates every part. */
    public RecordFirstContact {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(on, "on");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param on the date of contact
     */
    public RecordFirstContact(String actor, EntryId entryId, long expectedVersion, LocalDate on) {
      this(actor, EntryRef.of(entryId, expectedVersion), on);
    }

    @Override
    public String why() {
      return "first contact made";
    }
  }

  /**
   * Rewrite the case summary (current issues, risk, what has been tried, what could help).
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param summary the new summary
   */
  record UpdateCaseSummary(String actor, EntryRef ref, CaseSummary summary)
      implements EntryCommand {
    /** Validates every part. */
    public UpdateCaseSummary {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(summary, "summary");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param summary the new summary
     */
    public UpdateCaseSummary(
        String actor, EntryId entryId, long expectedVersion, CaseSummary summary) {
      this(actor, EntryRef.of(entryId, expectedVersion), summary);
    }

    @Override
    public String why() {
      return "case summary updated";
    }
  }

  /**
   * Add a key professional, involving their agency if it is not yet involved.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param agency the professional's agency
   * @param professional the professional
   */
  record AddProfessional(String actor, EntryRef ref, Agency agency, Professional professional)
      implements EntryCommand {
    /** Validates every part. */
    public AddProfessional {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(agency, "agency");
      Objects.requireNonNull(professional, "professional");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param agency the professional's agency
     * @param professional the professional
     */
    public AddProfessional(
        String actor,
        EntryId entryId,
        long expectedVersion,
        Agency agency,
        Professional professional) {
      this(actor, EntryRef.of(entryId, expectedVersion), agency, professional);
    }

    @Override
    public String why() {
      return "key professional added";
    }
  }

  /**
   * Add an action to the action plan.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param action the action
   */
  record AddAction(String actor, EntryRef ref, PlannedAction action) implements EntryCommand {
    /** Validates every part. */
    public AddAction {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(action, "action");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param action the action
     */
    public AddAction(String actor, EntryId entryId, long expectedVersion, PlannedAction action) {
      this(actor, EntryRef.of(entryId, expectedVersion), action);
    }

    @Override
    public String why() {
      return "action added to the action plan";
    }
  }

  /**
   * Change an action's status.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param actionId the action
   * @param status the new status
   * @param on the date
   */
  record UpdateActionStatus(
      String actor, EntryRef ref, ActionId actionId, ActionStatus status, LocalDate on)
      implements EntryCommand {
    /** Validates every part. */
    public UpdateActionStatus {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(actionId, "actionId");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(on, "on");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param actionId the action
     * @param status the new status
     * @param on the date
     */
    public UpdateActionStatus(
        String actor,
        EntryId entryId,
        long expectedVersion,
        ActionId actionId,
        ActionStatus status,
        LocalDate on) {
      this(actor, EntryRef.of(entryId, expectedVersion), actionId, status, on);
    }

    /**
     * The command with the id or code given as text, as forms and files give it.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param actionId the action
     * @param status the new status
     * @param on the date
     */
    public UpdateActionStatus(
        String actor,
        EntryId entryId,
        long expectedVersion,
        String actionId,
        ActionStatus status,
        LocalDate on) {
      this(actor, EntryRef.of(entryId, expectedVersion), ActionId.of(actionId), status, on);
    }

    @Override
    public String why() {
      return "action status changed to " + status;
    }
  }

  /**
   * Record a rating (a decision from an instrument, with or without a clinician override). The
   * rating's linked processes become tasks.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param rating the recorded rating
   */
  record RecordRating(String actor, EntryRef ref, RecordedRating rating) implements EntryCommand {
    /** Validates every part. */
    public RecordRating {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(rating, "rating");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param rating the recorded rating
     */
    public RecordRating(
        String actor, EntryId entryId, long expectedVersion, RecordedRating rating) {
      this(actor, EntryRef.of(entryId, expectedVersion), rating);
    }

    @Override
    public String why() {
      return rating.isOverridden()
          ? "rating recorded with a clinician override"
          : "rating recorded";
    }
  }

  /**
   * Record a DSR review (a multi-agency meeting).
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param on the date held
   */
  record RecordDsrReview(String actor, EntryRef ref, LocalDate on) implements EntryCommand {
    /** Validates every part. */
    public RecordDsrReview {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(on, "on");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param on the date held
     */
    public RecordDsrReview(String actor, EntryId entryId, long expectedVersion, LocalDate on) {
      this(actor, EntryRef.of(entryId, expectedVersion), on);
    }

    @Override
    public String why() {
      return "DSR review held";
    }
  }

  /**
   * Plan a C(E)TR. Without a plan, this opens a C(E)TR that no rating or admission asked for (e.g.
   * the Amber choice of a C(E)TR rather than a meeting), due on {@code due}; the new task's id is
   * the review id to ask consent for. With a plan (the day booked, the panel, when the papers were
   * sent), the plan is recorded for the C(E)TR already open, whichever rating, admission or earlier
   * plan asked for it, or else for a new one opened as above.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param due the date a new C(E)TR is due
   * @param plan the day booked, the panel and when the papers were sent, if known
   */
  record PlanCetr(String actor, EntryRef ref, LocalDate due, Optional<CetrPlan> plan)
      implements EntryCommand {
    /** Validates every part. */
    public PlanCetr {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(plan, "plan");
    }

    /**
     * Opens a C(E)TR with no plan yet.
     *
     * @param actor who
     * @param ref the entry and the version read
     * @param due the date it is due
     */
    public PlanCetr(String actor, EntryRef ref, LocalDate due) {
      this(actor, ref, due, Optional.empty());
    }

    /**
     * Opens a C(E)TR with no plan yet, for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param due the date it is due
     */
    public PlanCetr(String actor, EntryId entryId, long expectedVersion, LocalDate due) {
      this(actor, EntryRef.of(entryId, expectedVersion), due, Optional.empty());
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param due the date a new C(E)TR is due
     * @param plan the day booked, the panel and when the papers were sent, if known
     */
    public PlanCetr(
        String actor,
        EntryId entryId,
        long expectedVersion,
        LocalDate due,
        Optional<CetrPlan> plan) {
      this(actor, EntryRef.of(entryId, expectedVersion), due, plan);
    }

    @Override
    public String why() {
      return "C(E)TR planned";
    }
  }

  /**
   * Record a C(E)TR that was held: panel, findings on the five questions, agreed actions.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param reviewId the C(E)TR task's id
   * @param on the date held
   * @param panel who sat on the panel
   * @param findings a finding for each question asked
   * @param agreedActions actions agreed, added to the action plan
   */
  record HoldCetr(
      String actor,
      EntryRef ref,
      String reviewId,
      LocalDate on,
      Panel panel,
      Map<KeyQuestion, String> findings,
      List<PlannedAction> agreedActions)
      implements EntryCommand {
    /** Validates and copies. */
    public HoldCetr {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(reviewId, "reviewId");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(panel, "panel");
      findings = Map.copyOf(findings);
      agreedActions = List.copyOf(agreedActions);
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param reviewId the C(E)TR task's id
     * @param on the date held
     * @param panel who sat on the panel
     * @param findings a finding for each question asked
     * @param agreedActions actions agreed, added to the action plan
     */
    public HoldCetr(
        String actor,
        EntryId entryId,
        long expectedVersion,
        String reviewId,
        LocalDate on,
        Panel panel,
        Map<KeyQuestion, String> findings,
        List<PlannedAction> agreedActions) {
      this(
          actor,
          EntryRef.of(entryId, expectedVersion),
          reviewId,
          on,
          panel,
          findings,
          agreedActions);
    }

    @Override
    public String why() {
      return "C(E)TR held";
    }

    /** Shows no findings. */
    @Override
    public String toString() {
      return "HoldCetr[entryId=" + entryId() + ", reviewId=" + reviewId + ", on=" + on + "]";
    }
  }

  /**
   * Record that a C(E)TR could not be held because consent to it was refused (Assuring
   * Transformation outcome code 8). The refusal itself is recorded first with {@link
   * RecordConsent}.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param reviewId the C(E)TR task's id
   * @param on the date
   */
  record RecordCetrRefused(String actor, EntryRef ref, String reviewId, LocalDate on)
      implements EntryCommand {
    /** Validates every part. */
    public RecordCetrRefused {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(reviewId, "reviewId");
      Objects.requireNonNull(on, "on");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param reviewId the C(E)TR task's id
     * @param on the date
     */
    public RecordCetrRefused(
        String actor, EntryId entryId, long expectedVersion, String reviewId, LocalDate on) {
      this(actor, EntryRef.of(entryId, expectedVersion), reviewId, on);
    }

    @Override
    public String why() {
      return "C(E)TR refused by the person";
    }
  }

  /**
   * Complete a task that has no command of its own: a multi-agency meeting, naming C(E)TR partners,
   * a keyworker referral, or making the place lead aware of an admission.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param taskId the task
   * @param on the date done
   */
  record CompleteTask(String actor, EntryRef ref, TaskId taskId, LocalDate on)
      implements EntryCommand {
    /** Validates every part. */
    public CompleteTask {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(taskId, "taskId");
      Objects.requireNonNull(on, "on");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param taskId the task
     * @param on the date done
     */
    public CompleteTask(
        String actor, EntryId entryId, long expectedVersion, TaskId taskId, LocalDate on) {
      this(actor, EntryRef.of(entryId, expectedVersion), taskId, on);
    }

    /**
     * The command with the id or code given as text, as forms and files give it.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param taskId the task
     * @param on the date done
     */
    public CompleteTask(
        String actor, EntryId entryId, long expectedVersion, String taskId, LocalDate on) {
      this(actor, EntryRef.of(entryId, expectedVersion), TaskId.of(taskId), on);
    }

    @Override
    public String why() {
      return "task completed";
    }
  }

  /**
   * Record an admission to a mental health or specialist hospital: the person becomes Blue. On a
   * person in hospital whose admission date is to be recorded ({@link
   * RecordStayWithoutAdmissionDate}), it records that date instead, and the post-admission review
   * and place-lead awareness are scheduled from it.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param on the date of admission
   * @param hospitalId the hospital's code
   * @param secure whether the setting is secure
   */
  record RecordAdmission(
      String actor, EntryRef ref, LocalDate on, HospitalCode hospitalId, boolean secure)
      implements EntryCommand {
    /** Validates every part. */
    public RecordAdmission {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(hospitalId, "hospitalId");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param on the date of admission
     * @param hospitalId the hospital's code
     * @param secure whether the setting is secure
     */
    public RecordAdmission(
        String actor,
        EntryId entryId,
        long expectedVersion,
        LocalDate on,
        HospitalCode hospitalId,
        boolean secure) {
      this(actor, EntryRef.of(entryId, expectedVersion), on, hospitalId, secure);
    }

    /**
     * The command with the id or code given as text, as forms and files give it.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param on the date of admission
     * @param hospitalId the hospital's code
     * @param secure whether the setting is secure
     */
    public RecordAdmission(
        String actor,
        EntryId entryId,
        long expectedVersion,
        LocalDate on,
        String hospitalId,
        boolean secure) {
      this(actor, EntryRef.of(entryId, expectedVersion), on, HospitalCode.of(hospitalId), secure);
    }

    @Override
    public String why() {
      return "admitted to hospital";
    }
  }

  /**
   * Record that a person carried over from a legacy register is in hospital although the legacy
   * register did not give the admission date: the person becomes Blue and a task asks for the date,
   * which is never guessed. No post-admission review or place-lead awareness is scheduled until the
   * date is recorded with {@link RecordAdmission}, which then completes this stay. It is meant for
   * carrying a register over, never for an admission whose date can be asked for.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param on the date the person is known to be in hospital (the date of the carry-over), not the
   *     admission date
   * @param hospitalId the hospital's code
   * @param secure whether the setting is secure
   */
  record RecordStayWithoutAdmissionDate(
      String actor, EntryRef ref, LocalDate on, HospitalCode hospitalId, boolean secure)
      implements EntryCommand {
    /** Validates every part. */
    public RecordStayWithoutAdmissionDate {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(hospitalId, "hospitalId");
    }

    /**
     * The command for an entry at the version read, with the hospital's code as text.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param on the date the person was recorded as in hospital
     * @param hospitalId the hospital's code
     * @param secure whether the setting is secure
     * @throws ValidationException if the code is not well formed
     */
    public RecordStayWithoutAdmissionDate(
        String actor,
        EntryId entryId,
        long expectedVersion,
        LocalDate on,
        String hospitalId,
        boolean secure) {
      this(actor, EntryRef.of(entryId, expectedVersion), on, HospitalCode.of(hospitalId), secure);
    }

    @Override
    public String why() {
      return "in hospital, admission date to be recorded";
    }
  }

  /**
   * Record a move to another hospital; a C(E)TR follows.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param on the date of the move
   * @param hospitalId the new hospital's code
   * @param secure whether the new setting is secure
   */
  record RecordHospitalMove(
      String actor, EntryRef ref, LocalDate on, HospitalCode hospitalId, boolean secure)
      implements EntryCommand {
    /** Validates every part. */
    public RecordHospitalMove {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(hospitalId, "hospitalId");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param on the date of the move
     * @param hospitalId the new hospital's code
     * @param secure whether the new setting is secure
     */
    public RecordHospitalMove(
        String actor,
        EntryId entryId,
        long expectedVersion,
        LocalDate on,
        HospitalCode hospitalId,
        boolean secure) {
      this(actor, EntryRef.of(entryId, expectedVersion), on, hospitalId, secure);
    }

    /**
     * The command with the id or code given as text, as forms and files give it.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param on the date of the move
     * @param hospitalId the new hospital's code
     * @param secure whether the new setting is secure
     */
    public RecordHospitalMove(
        String actor,
        EntryId entryId,
        long expectedVersion,
        LocalDate on,
        String hospitalId,
        boolean secure) {
      this(actor, EntryRef.of(entryId, expectedVersion), on, HospitalCode.of(hospitalId), secure);
    }

    @Override
    public String why() {
      return "moved hospital";
    }
  }

  /**
   * Record a discharge; a new rating is asked for.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param on the date of discharge
   */
  record RecordDischarge(String actor, EntryRef ref, LocalDate on) implements EntryCommand {
    /** Validates every part. */
    public RecordDischarge {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(on, "on");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param on the date of discharge
     */
    public RecordDischarge(String actor, EntryId entryId, long expectedVersion, LocalDate on) {
      this(actor, EntryRef.of(entryId, expectedVersion), on);
    }

    @Override
    public String why() {
      return "discharged from hospital";
    }
  }

  /**
   * Close the entry. Withdrawal of consent closes an entry by itself when it is recorded, so it is
   * not a reason given here.
   *
   * @param actor who
   * @param ref the entry and the version read
   * @param on the date
   * @param reason why
   */
  record CloseEntry(String actor, EntryRef ref, LocalDate on, CloseReason reason)
      implements EntryCommand {
    /** Validates every part. */
    public CloseEntry {
      checkActor(actor);
      checkEntry(ref);
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(reason, "reason");
    }

    /**
     * The command for an entry at the version read.
     *
     * @param actor who
     * @param entryId the entry
     * @param expectedVersion the version read
     * @param on the date
     * @param reason why
     */
    public CloseEntry(
        String actor, EntryId entryId, long expectedVersion, LocalDate on, CloseReason reason) {
      this(actor, EntryRef.of(entryId, expectedVersion), on, reason);
    }

    @Override
    public String why() {
      return "entry closed: " + reason;
    }
  }
}
