package org.opendsr.core.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.cetr.KeyQuestion;
import org.opendsr.core.cetr.Panel;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.schedule.TaskId;
import org.opendsr.core.store.InMemoryRegisterStore;
import org.opendsr.rating.RecordedRating;
import org.threeten.extra.MutableClock;

/** A DSR coordinator's desk: a register, its clock, and short verbs for the case notes. */
final class Casework {

  static final String COORDINATOR = "coordinator-1";
  static final Map<KeyQuestion, String> ALL_FIVE_FINDINGS =
      Map.of(
          KeyQuestion.IS_SAFE, "Safe with current support",
          KeyQuestion.GOOD_CARE, "Care is good but stretched",
          KeyQuestion.FUTURE_PLANS, "Wants to stay at home and in school",
          KeyQuestion.COMMUNITY_CARE_POSSIBLE, "Yes, with intensive support at home",
          KeyQuestion.EDUCATION_NEEDS_MET, "Partly; reduced timetable agreed");

  final MutableClock clock;
  final InMemoryRegisterStore store = new InMemoryRegisterStore();
  final DynamicSupportRegister register;

  private Casework(LocalDate today, LocalPolicy policy) {
    clock = MutableClock.of(nineOClock(today), ZoneOffset.UTC);
    register =
        DynamicSupportRegister.create(store, clock, WorkingDayCalendar.englandAndWales(), policy);
  }

  static Casework openOn(LocalDate today) {
    return new Casework(today, LocalPolicy.defaults());
  }

  static Casework openOn(LocalDate today, LocalPolicy policy) {
    return new Casework(today, policy);
  }

  /** Each day of the case notes starts at 09:00 UTC. */
  static Instant nineOClock(LocalDate day) {
    return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
  }

  void today(LocalDate date) {
    clock.setInstant(nineOClock(date));
  }

  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  Entry entry(EntryId id) {
    return register.entry(id);
  }

  long version(EntryId id) {
    return register.entry(id).version();
  }

  EntryId refer(PersonDetails person, Referral referral, ConsentRecord... consents) {
    return register
        .handle(new Command.Refer(COORDINATOR, person, referral, List.of(consents)))
        .entryId();
  }

  Entry record(EntryId id, ConsentRecord record) {
    return register.handle(new Command.RecordConsent(COORDINATOR, id, version(id), record)).entry();
  }

  Entry rate(EntryId id, RecordedRating rating) {
    return register
        .handle(new Command.RecordRating("clinician-7", id, version(id), rating))
        .entry();
  }

  Entry contact(EntryId id, LocalDate on) {
    return register
        .handle(new Command.RecordFirstContact(COORDINATOR, id, version(id), on))
        .entry();
  }

  Entry review(EntryId id, LocalDate on) {
    return register.handle(new Command.RecordDsrReview(COORDINATOR, id, version(id), on)).entry();
  }

  Entry holdCetr(EntryId id, String reviewId, LocalDate on, Panel panel, PlannedAction... agreed) {
    return register
        .handle(
            new Command.HoldCetr(
                "chair-1",
                id,
                version(id),
                reviewId,
                on,
                panel,
                ALL_FIVE_FINDINGS,
                List.of(agreed)))
        .entry();
  }

  /** Admits the person to the hospital whose code is given as a form would give it. */
  Entry admit(EntryId id, LocalDate on, String hospital, boolean secure) {
    HospitalCode code = HospitalCode.parse(hospital);
    return register
        .handle(new Command.RecordAdmission(COORDINATOR, id, version(id), on, code, secure))
        .entry();
  }

  Entry discharge(EntryId id, LocalDate on) {
    return register.handle(new Command.RecordDischarge(COORDINATOR, id, version(id), on)).entry();
  }

  Entry complete(EntryId id, TaskId taskId, LocalDate on) {
    return register
        .handle(new Command.CompleteTask(COORDINATOR, id, version(id), taskId, on))
        .entry();
  }

  static Panel fullPanel() {
    return Panel.of("chair-1", "clinical-expert-2", "expert-by-experience-3");
  }
}
