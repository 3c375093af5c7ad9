package org.opendsr.core.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.cetr.CetrRefusal;
import org.opendsr.core.entry.Action;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.Closure;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.InpatientStay;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.RatingRecord;
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
    if (event instanceof RegisterEvent.CarriedOver carried) {
      for (RegisterEvent fact : carried.facts()) {
        applyFact(fact);
      }
    } else {
      applyFact(event);
    }
  }

  /** Applies one ordinary event: never a {@link RegisterEvent.CarriedOver}, which is its facts. */
  private void applyFact(RegisterEvent event) {
    if (event instanceof RegisterEvent.Referred r) {
      id = r.entryId();
      episode = r.episode();
      person = r.person();
      referral = r.referral();
      status = EntryStatus.REFERRED;
    } else if (event instanceof RegisterEvent.PersonDetailsUpdated u) {
      person = u.person();
    } else if (event instanceof RegisterEvent.ConsentRecorded c) {
      consentRecords.add(c.record());
    } else if (event instanceof RegisterEvent.ReferralAccepted a) {
      status = EntryStatus.ACTIVE;
      acceptedOn = a.on();
    } else if (event instanceof RegisterEvent.ReferralDeclined d) {
      status = EntryStatus.DECLINED;
      declineReasons.addAll(d.reasons());
    } else if (event instanceof RegisterEvent.FirstContactMade f) {
      firstContactOn = f.on();
    } else if (event instanceof RegisterEvent.CaseSummaryUpdated s) {
      summary = s.summary();
    } else if (event instanceof RegisterEvent.AgencyInvolved a) {
      agencies.add(a.agency());
    } else if (event instanceof RegisterEvent.ProfessionalAdded p) {
      professionals.add(p.professional());
    } else if (event instanceof RegisterEvent.ActionAdded a) {
      actions.add(a.action());
    } else if (event instanceof RegisterEvent.ActionStatusChanged c) {
      actions.replaceAll(a -> a.id().equals(c.actionId()) ? a.withStatus(c.status()) : a);
    } else if (event instanceof RegisterEvent.RatingRecorded r) {
      ratings.add(new RatingRecord(r.on(), r.rating(), r.change()));
    } else if (event instanceof RegisterEvent.TaskOpened t) {
      tasks.add(t.task());
    } else if (event instanceof RegisterEvent.TaskClosed c) {
      closeTask(c);
    } else if (event instanceof RegisterEvent.DsrReviewHeld d) {
      reviewsHeld.add(d.on());
    } else if (event instanceof RegisterEvent.CetrHeld c) {
      cetrs.add(c.record());
    } else if (event instanceof RegisterEvent.CetrRefused r) {
      cetrRefusals.add(r.refusal());
    } else if (event instanceof RegisterEvent.Admitted a) {
      stays.add(new InpatientStay(a.on(), a.hospitalId(), a.secure(), Optional.empty()));
    } else if (event instanceof RegisterEvent.HospitalMoved m) {
      InpatientStay stay = lastStay();
      stays.set(
          stays.size() - 1,
          new InpatientStay(stay.admittedOn(), m.hospitalId(), m.secure(), Optional.empty()));
    } else if (event instanceof RegisterEvent.Discharged d) {
      InpatientStay stay = lastStay();
      stays.set(
          stays.size() - 1,
          new InpatientStay(
              stay.admittedOn(), stay.hospitalId(), stay.secure(), Optional.of(d.on())));
    } else {
      RegisterEvent.EntryClosed c = (RegisterEvent.EntryClosed) event;
      status = EntryStatus.CLOSED;
      closure = new Closure(c.on(), c.reason());
    }
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
        status,
        Optional.ofNullable(acceptedOn),
        declineReasons,
        Optional.ofNullable(closure),
        Optional.ofNullable(firstContactOn),
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
        version);
  }
}
