package org.opendsr.core.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.core.Violation;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralDecision;
import org.opendsr.core.referral.ReferralRules;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.core.store.OneOpenEntryPerPerson;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingChange;
import org.opendsr.rating.RecordedRating;

/**
 * How a person comes onto the register: a referral, or a carry-over from a legacy register, and the
 * decision on a referral (accepted, declined, or waiting for a basis for inclusion).
 */
final class ReferralHandler {

  private final RegisterContext context;
  private final RatingHandler ratings;

  ReferralHandler(RegisterContext context, RatingHandler ratings) {
    this.context = context;
    this.ratings = ratings;
  }

  void refer(Command.Refer c, Changes changes, LocalDate today) {
    Violations violations = new Violations();
    List<EntryId> earlier =
        newEntryChecks(c.person(), c.referral(), c.consentRecords(), today, violations);
    violations.throwIfAny();

    referred(changes, earlier.size() + 1, c.person(), c.referral(), c.consentRecords());
    LocalDate referred = c.referral().date();
    changes.openTask(
        TaskKind.FIRST_CONTACT,
        referred,
        context.dueDates().firstContact(referred),
        TaskWording.firstContactAfterReferral(context.policy().firstContactWorkingDays()));
    decideReferral(changes, today);
  }

  void carryOver(Command.CarryOver c, Changes changes, LocalDate today) {
    LocalPolicy policy = context.policy();
    Violations violations = new Violations();
    List<EntryId> earlier =
        newEntryChecks(c.person(), c.referral(), c.consentRecords(), today, violations);
    ReferralDecision decision =
        ReferralRules.decide(
            c.person().dateOfBirth(), c.person().diagnosis(), c.consentRecords(), today, policy);
    if (decision instanceof ReferralDecision.Declined declined) {
      boolean diagnosis =
          !c.person().diagnosis().qualifiesForInclusion(policy.suspectedAutismAllowed());
      violations.add(
          Violation.of(
              diagnosis ? "person.diagnosis" : "consentRecords",
              "the register would decline this person ("
                  + String.join("; ", declined.reasons())
                  + "); decide the legacy entry rather than carry it over"));
    }
    if (c.rating().isPresent()) {
      RecordedRating rating = c.rating().get();
      LocalDate on = rating.assessmentDate();
      violations
          .check(!on.isAfter(today), "rating.assessmentDate", "must not be in the future")
          .check(
              !on.isBefore(c.referral().date()),
              "rating.assessmentDate",
              "must not be before the referral date")
          .check(
              rating.finalRating() != Rating.BLUE,
              "rating",
              "can be Blue only while the person is an inpatient")
          .check(
              !(decision instanceof ReferralDecision.Pending),
              "rating",
              "needs an accepted entry: no consent or other basis carried over permits"
                  + " inclusion today");
    }
    violations.throwIfAny();

    // What the legacy register held is worked out as ordinary events, then recorded as one fact.
    Changes scratch = Changes.forNewEntry();
    referred(scratch, earlier.size() + 1, c.person(), c.referral(), c.consentRecords());
    Optional<RegisterEvent.ReferralAccepted> accepted = Optional.empty();
    Optional<RegisterEvent.RatingRecorded> rated = Optional.empty();
    if (decision instanceof ReferralDecision.Accepted a) {
      accepted = Optional.of(new RegisterEvent.ReferralAccepted(today, a.basis()));
      scratch.add(accepted.get());
      scratch.openTask(
          TaskKind.CONSENT_RECHECK, today, a.basisValidUntil(), TaskWording.CONSENT_RECHECK);
      if (c.rating().isPresent()) {
        RecordedRating rating = c.rating().get();
        rated =
            Optional.of(
                new RegisterEvent.RatingRecorded(
                    rating.assessmentDate(), rating, RatingChange.UNCHANGED));
        scratch.add(rated.get());
        ratings.openRatingTasks(scratch, rating.assessmentDate(), rating);
      } else {
        scratch.openTask(
            TaskKind.FIRST_RISK_REVIEW,
            today,
            context.dueDates().firstRiskReview(today),
            TaskWording.firstRiskReviewAfterCarryOver(policy.firstRiskReviewWithin()));
      }
    } else {
      scratch.openTask(
          TaskKind.FIRST_CONTACT,
          today,
          context.dueDates().firstContact(today),
          TaskWording.firstContactAfterCarryOver(
              policy.firstContactWorkingDays(),
              decision instanceof ReferralDecision.Pending p ? p.reasons() : List.of()));
    }
    changes.add(
        new RegisterEvent.CarriedOver(
            scratch.entry().id(),
            earlier.size() + 1,
            c.person(),
            c.referral(),
            c.consentRecords(),
            accepted,
            rated,
            c.summary(),
            scratch.entry().tasks()));
  }

  /**
   * Decides a referred entry on the consent records it holds today: accepted (with a first risk
   * review and a consent re-check), declined (its tasks cancelled), or still waiting for a basis.
   */
  void decideReferral(Changes changes, LocalDate today) {
    Entry entry = changes.entry();
    ReferralDecision decision =
        ReferralRules.decide(
            entry.person().dateOfBirth(),
            entry.person().diagnosis(),
            entry.consentRecords(),
            today,
            context.policy());
    if (decision instanceof ReferralDecision.Accepted accepted) {
      changes.add(new RegisterEvent.ReferralAccepted(today, accepted.basis()));
      changes.openTask(
          TaskKind.FIRST_RISK_REVIEW,
          today,
          context.dueDates().firstRiskReview(entry.referral().date()),
          TaskWording.firstRiskReviewAfterReferral(context.policy().firstRiskReviewWithin()));
      changes.openTask(
          TaskKind.CONSENT_RECHECK, today, accepted.basisValidUntil(), TaskWording.CONSENT_RECHECK);
    } else if (decision instanceof ReferralDecision.Declined declined) {
      changes.add(new RegisterEvent.ReferralDeclined(today, declined.reasons()));
      changes.closeAllOpen(today, TaskOutcome.CANCELLED);
    }
    // Pending: stays referred until a basis is recorded; the reasons are recomputed on demand.
  }

  /**
   * The checks of a new entry, by referral or carry-over: dates of the referral and consent
   * records, and no open entry for the person. Returns the person's earlier entries.
   */
  private List<EntryId> newEntryChecks(
      PersonDetails person,
      Referral referral,
      List<ConsentRecord> consentRecords,
      LocalDate today,
      Violations violations) {
    LocalDate referred = referral.date();
    LocalDate born = person.dateOfBirth().value();
    violations
        .check(!referred.isAfter(today), "referral.date", "must not be in the future")
        .check(!referred.isBefore(born), "referral.date", "must not be before the date of birth");
    for (int i = 0; i < consentRecords.size(); i++) {
      EntryChecks.consentDate(
          violations, "consentRecords[" + i + "].date", consentRecords.get(i), born, today);
    }
    List<EntryId> earlier = context.store().entryIdsFor(person.nhsNumber());
    for (EntryId id : earlier) {
      if (context.entry(id).status().isOpen()) {
        violations.add(OneOpenEntryPerPerson.violation(Optional.of(id)));
      }
    }
    return earlier;
  }

  /** A new entry's first changes: the referral, and the consent records given with it. */
  private void referred(
      Changes changes,
      int episode,
      PersonDetails person,
      Referral referral,
      List<ConsentRecord> consentRecords) {
    changes.add(
        new RegisterEvent.Referred(context.store().newEntryId(), episode, person, referral));
    for (ConsentRecord record : consentRecords) {
      changes.add(new RegisterEvent.ConsentRecorded(record));
    }
  }
}
