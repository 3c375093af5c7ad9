package org.opendsr.core.register;

import java.time.LocalDate;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.schedule.DueDates;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.rating.LinkedProcess;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingChange;
import org.opendsr.rating.RecordedRating;

/**
 * Ratings and the reviews that follow them: recording a rating with its next DSR review and the
 * tasks of its linked processes, holding a DSR review, and asking for a new rating.
 */
final class RatingHandler {

  private final DueDates dueDates;

  RatingHandler(RegisterContext context) {
    this.dueDates = context.dueDates();
  }

  void recordRating(Command.RecordRating c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireActive(entry);
    LocalDate on = c.rating().assessmentDate();
    Violations violations = new Violations();
    EntryChecks.onTheEntry(violations, "rating.assessmentDate", on, entry, today);
    EntryChecks.inRatingOrder(violations, "rating.assessmentDate", on, entry);
    Rating rating = c.rating().finalRating();
    violations
        .check(
            !entry.isInpatient() || rating == Rating.BLUE,
            "rating",
            "must be Blue while the person is an inpatient (Blue takes precedence)")
        .check(
            entry.isInpatient() || rating != Rating.BLUE,
            "rating",
            "can be Blue only while the person is an inpatient")
        .throwIfAny();
    // The first rating is the first risk review: it closes the task whatever the date.
    changes.closeOpen(TaskKind.FIRST_RISK_REVIEW, on, TaskOutcome.DONE);
    recordRatingEvents(changes, on, c.rating());
  }

  void recordDsrReview(Command.RecordDsrReview c, Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    EntryChecks.requireActive(entry);
    EntryChecks.checkDate("on", c.on(), entry, today);
    changes.add(new RegisterEvent.DsrReviewHeld(c.on()));
    changes.closeOpen(TaskKind.FIRST_RISK_REVIEW, c.on(), TaskOutcome.DONE);
    changes.closeOpen(TaskKind.DSR_REVIEW, c.on(), TaskOutcome.DONE);
    changes.closeOpen(TaskKind.MULTI_AGENCY_MEETING_OR_CETR, c.on(), TaskOutcome.DONE);
    entry
        .currentRating()
        .ifPresent(
            rating ->
                changes.openTask(
                    TaskKind.DSR_REVIEW,
                    c.on(),
                    dueDates.nextReview(c.on(), rating),
                    TaskWording.nextReview(rating)));
    rerate(changes, c.on(), TaskWording.RERATE_AFTER_DSR_REVIEW);
  }

  /** Asks for a new rating, in place of any asked for before. */
  void rerate(Changes changes, LocalDate on, String why) {
    changes.closeOpen(TaskKind.RERATE, on, TaskOutcome.SUPERSEDED);
    changes.openTask(TaskKind.RERATE, on, dueDates.rerate(on), why);
  }

  /** Records a rating already checked, with the tasks it closes and opens. */
  void recordRatingEvents(Changes changes, LocalDate on, RecordedRating recorded) {
    Entry entry = changes.entry();
    Rating rating = recorded.finalRating();
    RatingChange change =
        entry
            .currentRating()
            .map(p -> RatingChange.between(p, rating))
            .orElse(RatingChange.UNCHANGED);
    changes.add(new RegisterEvent.RatingRecorded(on, recorded, change));
    changes.closeOpen(TaskKind.RERATE, on, TaskOutcome.DONE);
    changes.closeOpen(TaskKind.DSR_REVIEW, on, TaskOutcome.SUPERSEDED);
    openRatingTasks(changes, on, recorded);
  }

  /** The next DSR review and the linked processes' tasks of a rating just recorded. */
  void openRatingTasks(Changes changes, LocalDate on, RecordedRating recorded) {
    Rating rating = recorded.finalRating();
    changes.openTask(
        TaskKind.DSR_REVIEW, on, dueDates.nextReview(on, rating), TaskWording.nextReview(rating));
    for (LinkedProcess process : recorded.linkedProcesses()) {
      switch (process) {
        case INPATIENT_REVIEW_CYCLE -> {
          // Opened by the admission: post-admission review, then repeats.
        }
        case CETR_MUST_TAKE_PLACE ->
            changes.openTaskUnlessOpen(
                TaskKind.CETR,
                on,
                dueDates.communityCetr(on, changes.entry().person().dateOfBirth().ageOn(on)),
                TaskWording.RED_COMMUNITY_CETR);
        case MULTI_AGENCY_MEETING_OR_CETR ->
            changes.openTaskUnlessOpen(
                TaskKind.MULTI_AGENCY_MEETING_OR_CETR,
                on,
                dueDates.nextReview(on, rating),
                TaskWording.AMBER_MEETING_OR_CETR);
        case IDENTIFY_CETR_PARTNERS ->
            changes.openTaskUnlessOpen(
                TaskKind.IDENTIFY_CETR_PARTNERS,
                on,
                dueDates.nextReview(on, rating),
                TaskWording.GREEN_CETR_PARTNERS);
        case KEYWORKER_REFERRAL -> {
          if (!changes.entry().knownToKeyworkerService()) {
            changes.openTaskUnlessOpen(
                TaskKind.KEYWORKER_REFERRAL,
                on,
                dueDates.nextReview(on, rating),
                TaskWording.keyworkerReferral(rating));
          }
        }
      }
    }
  }
}
