package org.opendsr.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.consent.Basis;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.core.ValidationException;
import org.opendsr.core.cetr.CetrPlan;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.cetr.CetrRefusal;
import org.opendsr.core.entry.Action;
import org.opendsr.core.entry.ActionId;
import org.opendsr.core.entry.ActionStatus;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.Professional;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskId;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.rating.RatingChange;
import org.opendsr.rating.RecordedRating;

/**
 * A fact about one entry. Every change to the register is one or more of these; each carries the
 * data computed when it happened (due dates included), so replaying never consults policy again.
 */
public sealed interface RegisterEvent {

  /**
   * The ordinary events this event stands for, in order: the event itself, except for {@link
   * CarriedOver}, which records a referral, its consent, acceptance, rating, notes and tasks as one
   * fact. Whatever reads an entry's state from its events (the projection, a notifier) reads these.
   *
   * @return the events; never empty
   */
  default List<RegisterEvent> facts() {
    return List.of(this);
  }

  /**
   * The person whose new entry this event opens: the person of a {@link Referred} or {@link
   * CarriedOver} event; empty for every event on an existing entry. Stores index a person's
   * episodes by it.
   *
   * @return the person, or empty
   */
  default Optional<PersonDetails> newEntryPerson() {
    return Optional.empty();
  }

  /**
   * A referral opened a new entry (a new episode for the person).
   *
   * @param entryId the new entry's id
   * @param episode the episode number for the person
   * @param person who was referred
   * @param referral the referral
   */
  record Referred(EntryId entryId, int episode, PersonDetails person, Referral referral)
      implements RegisterEvent {
    /** Validates every part. */
    public Referred {
      Objects.requireNonNull(entryId, "entryId");
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(referral, "referral");
    }

    @Override
    public Optional<PersonDetails> newEntryPerson() {
      return Optional.of(person);
    }
  }

  /**
   * A person was carried over from a legacy register (the spreadsheet or local database the
   * register replaces), opening a new entry. One fact records what the legacy register held and
   * what the register decided about it: the referral that first put the person on the legacy
   * register, the consent it recorded, the acceptance, the rating it held, its notes, and the tasks
   * opened. It stands for those ordinary events ({@link #facts()}), so an entry carried over reads
   * like any other, while its history shows it came from a legacy register.
   *
   * @param entryId the new entry's id
   * @param episode the episode number for the person
   * @param person who was carried over
   * @param referral when and how the person came onto the legacy register
   * @param consentRecords the consent records carried over; may be empty
   * @param accepted the acceptance, if a basis for inclusion was in place; else the entry is
   *     referred and waits for one
   * @param rating the legacy rating, recorded only on an accepted entry
   * @param summary the notes carried over; may be {@linkplain CaseSummary#empty() empty}
   * @param tasks the tasks opened, in the order of their ids, all open
   */
  record CarriedOver(
      EntryId entryId,
      int episode,
      PersonDetails person,
      Referral referral,
      List<ConsentRecord> consentRecords,
      Optional<ReferralAccepted> accepted,
      Optional<RatingRecorded> rating,
      CaseSummary summary,
      List<Task> tasks)
      implements RegisterEvent {
    /** Validates every part, and copies the lists. */
    public CarriedOver {
      Objects.requireNonNull(entryId, "entryId");
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(referral, "referral");
      consentRecords = List.copyOf(consentRecords);
      Objects.requireNonNull(accepted, "accepted");
      Objects.requireNonNull(rating, "rating");
      Objects.requireNonNull(summary, "summary");
      tasks = List.copyOf(tasks);
      if (rating.isPresent() && accepted.isEmpty()) {
        throw ValidationException.of(
            "rating", "a rating is carried over only onto an accepted entry");
      }
      for (Task t : tasks) {
        if (!t.isOpen()) {
          throw ValidationException.of("tasks", "a carried-over task must be open");
        }
      }
    }

    @Override
    public List<RegisterEvent> facts() {
      List<RegisterEvent> facts = new ArrayList<>(4 + consentRecords.size() + tasks.size());
      facts.add(new Referred(entryId, episode, person, referral));
      for (ConsentRecord c : consentRecords) {
        facts.add(new ConsentRecorded(c));
      }
      accepted.ifPresent(facts::add);
      rating.ifPresent(facts::add);
      if (!summary.equals(CaseSummary.empty())) {
        facts.add(new CaseSummaryUpdated(summary));
      }
      for (Task t : tasks) {
        facts.add(new TaskOpened(t));
      }
      return List.copyOf(facts);
    }

    @Override
    public Optional<PersonDetails> newEntryPerson() {
      return Optional.of(person);
    }
  }

  /**
   * The person's details changed: a move, a confirmed diagnosis, a new EHC plan. The NHS number
   * never changes within an entry.
   *
   * @param person the details as they now are
   */
  record PersonDetailsUpdated(PersonDetails person) implements RegisterEvent {
    /** Validates the details. */
    public PersonDetailsUpdated {
      Objects.requireNonNull(person, "person");
    }
  }

  /**
   * A consent, refusal, withdrawal, assessment or decision was recorded.
   *
   * @param record the record
   */
  record ConsentRecorded(ConsentRecord record) implements RegisterEvent {
    /** Validates the record. */
    public ConsentRecorded {
      Objects.requireNonNull(record, "record");
    }
  }

  /**
   * The referral was accepted: the entry is active.
   *
   * @param on the date
   * @param basis the inclusion basis relied on
   */
  record ReferralAccepted(LocalDate on, Basis basis) implements RegisterEvent {
    /** Validates both parts. */
    public ReferralAccepted {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(basis, "basis");
    }
  }

  /**
   * The referral was declined.
   *
   * @param on the date
   * @param reasons why, free of personal data
   */
  record ReferralDeclined(LocalDate on, List<String> reasons) implements RegisterEvent {
    /** Validates and copies. */
    public ReferralDeclined {
      Objects.requireNonNull(on, "on");
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * The referred person was contacted.
   *
   * @param on the date
   */
  record FirstContactMade(LocalDate on) implements RegisterEvent {
    /** Validates the date. */
    public FirstContactMade {
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * The narrative of the entry was rewritten.
   *
   * @param summary the new summary
   */
  record CaseSummaryUpdated(CaseSummary summary) implements RegisterEvent {
    /** Validates the summary. */
    public CaseSummaryUpdated {
      Objects.requireNonNull(summary, "summary");
    }
  }

  /**
   * An agency became involved.
   *
   * @param agency the agency
   */
  record AgencyInvolved(Agency agency) implements RegisterEvent {
    /** Validates the agency. */
    public AgencyInvolved {
      Objects.requireNonNull(agency, "agency");
    }
  }

  /**
   * A key professional was added.
   *
   * @param professional the professional
   */
  record ProfessionalAdded(Professional professional) implements RegisterEvent {
    /** Validates the professional. */
    public ProfessionalAdded {
      Objects.requireNonNull(professional, "professional");
    }
  }

  /**
   * An action was added to the action plan.
   *
   * @param action the action, with its id and status
   */
  record ActionAdded(Action action) implements RegisterEvent {
    /** Validates the action. */
    public ActionAdded {
      Objects.requireNonNull(action, "action");
    }
  }

  /**
   * An action's status changed.
   *
   * @param actionId the action
   * @param status the new status
   * @param on the date
   */
  record ActionStatusChanged(ActionId actionId, ActionStatus status, LocalDate on)
      implements RegisterEvent {
    /** Validates every part. */
    public ActionStatusChanged {
      Objects.requireNonNull(actionId, "actionId");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(on, "on");
    }

    /**
     * The change with the action's id given as text, as stores hold it.
     *
     * @param actionId the action
     * @param status the new status
     * @param on the date
     */
    public ActionStatusChanged(String actionId, ActionStatus status, LocalDate on) {
      this(ActionId.of(actionId), status, on);
    }
  }

  /**
   * A rating was recorded.
   *
   * @param on the assessment date
   * @param rating the decision and any override
   * @param change compared with the previous rating
   */
  record RatingRecorded(LocalDate on, RecordedRating rating, RatingChange change)
      implements RegisterEvent {
    /** Validates every part. */
    public RatingRecorded {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(rating, "rating");
      Objects.requireNonNull(change, "change");
    }
  }

  /**
   * A task was opened.
   *
   * @param task the task, open
   */
  record TaskOpened(Task task) implements RegisterEvent {
    /** Validates the task. */
    public TaskOpened {
      Objects.requireNonNull(task, "task");
      if (!task.isOpen()) {
        throw ValidationException.of("task", "an opened task must be open");
      }
    }
  }

  /**
   * A task was closed.
   *
   * @param taskId the task
   * @param on the date
   * @param outcome how
   */
  record TaskClosed(TaskId taskId, LocalDate on, TaskOutcome outcome) implements RegisterEvent {
    /** Validates every part. */
    public TaskClosed {
      Objects.requireNonNull(taskId, "taskId");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * The closing with the task's id given as text, as stores hold it.
     *
     * @param taskId the task
     * @param on the date
     * @param outcome how
     */
    public TaskClosed(String taskId, LocalDate on, TaskOutcome outcome) {
      this(TaskId.of(taskId), on, outcome);
    }
  }

  /**
   * A DSR review (multi-agency meeting) was held.
   *
   * @param on the date
   */
  record DsrReviewHeld(LocalDate on) implements RegisterEvent {
    /** Validates the date. */
    public DsrReviewHeld {
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * A C(E)TR was planned: the day it is booked for, its panel and when the papers were sent. A
   * later plan for the same review replaces an earlier one.
   *
   * @param reviewId the review (the id of its C(E)TR task)
   * @param plan the plan
   */
  record CetrPlanned(String reviewId, CetrPlan plan) implements RegisterEvent {
    /** Validates both parts. */
    public CetrPlanned {
      Objects.requireNonNull(reviewId, "reviewId");
      Objects.requireNonNull(plan, "plan");
    }
  }

  /**
   * A C(E)TR was held.
   *
   * @param record what happened at it
   */
  record CetrHeld(CetrRecord record) implements RegisterEvent {
    /** Validates the record. */
    public CetrHeld {
      Objects.requireNonNull(record, "record");
    }
  }

  /**
   * A C(E)TR could not be held because consent to it was refused.
   *
   * @param refusal the refusal
   */
  record CetrRefused(CetrRefusal refusal) implements RegisterEvent {
    /** Validates the refusal. */
    public CetrRefused {
      Objects.requireNonNull(refusal, "refusal");
    }
  }

  /**
   * The person was admitted to a mental health or specialist hospital.
   *
   * @param on the date of admission
   * @param hospitalId the hospital
   * @param secure whether the setting is secure
   */
  record Admitted(LocalDate on, HospitalCode hospitalId, boolean secure) implements RegisterEvent {
    /** Validates every part. */
    public Admitted {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(hospitalId, "hospitalId");
    }

    /**
     * The admission with the hospital's code given as text, as stores hold it.
     *
     * @param on the date
     * @param hospitalId the hospital's code
     * @param secure whether the setting is secure
     */
    public Admitted(LocalDate on, String hospitalId, boolean secure) {
      this(on, HospitalCode.of(hospitalId), secure);
    }
  }

  /**
   * The person moved hospital.
   *
   * @param on the date of the move
   * @param hospitalId the new hospital
   * @param secure whether the new setting is secure
   */
  record HospitalMoved(LocalDate on, HospitalCode hospitalId, boolean secure)
      implements RegisterEvent {
    /** Validates every part. */
    public HospitalMoved {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(hospitalId, "hospitalId");
    }

    /**
     * The move with the hospital's code given as text, as stores hold it.
     *
     * @param on the date
     * @param hospitalId the hospital's code
     * @param secure whether the setting is secure
     */
    public HospitalMoved(LocalDate on, String hospitalId, boolean secure) {
      this(on, HospitalCode.of(hospitalId), secure);
    }
  }

  /**
   * The person was discharged.
   *
   * @param on the date of discharge
   */
  record Discharged(LocalDate on) implements RegisterEvent {
    /** Validates the date. */
    public Discharged {
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * The entry was closed.
   *
   * @param on the date
   * @param reason why
   */
  record EntryClosed(LocalDate on, CloseReason reason) implements RegisterEvent {
    /** Validates both parts. */
    public EntryClosed {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
