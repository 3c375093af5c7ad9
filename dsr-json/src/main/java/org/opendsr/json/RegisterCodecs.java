package org.opendsr.json;

import static org.opendsr.json.Codecs.BOOLEAN;
import static org.opendsr.json.Codecs.DATE;
import static org.opendsr.json.Codecs.INT;
import static org.opendsr.json.Codecs.LONG;
import static org.opendsr.json.Codecs.PERIOD;
import static org.opendsr.json.Codecs.STRING;
import static org.opendsr.json.Codecs.put;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendsr.consent.Basis;
import org.opendsr.consent.ConsentPolicy;
import org.opendsr.consent.ConsentRecord;
import org.opendsr.core.cetr.CetrKind;
import org.opendsr.core.cetr.CetrPlan;
import org.opendsr.core.cetr.CetrRecord;
import org.opendsr.core.cetr.CetrRefusal;
import org.opendsr.core.cetr.KeyQuestion;
import org.opendsr.core.cetr.Panel;
import org.opendsr.core.cetr.PanelRole;
import org.opendsr.core.entry.Action;
import org.opendsr.core.entry.ActionStatus;
import org.opendsr.core.entry.CareTeam;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.CetrHistory;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Closure;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.entry.InpatientStay;
import org.opendsr.core.entry.Lifecycle;
import org.opendsr.core.entry.PersonDetails;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.entry.RatingHistory;
import org.opendsr.core.entry.RatingRecord;
import org.opendsr.core.entry.WorkPlan;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.DateOfBirth;
import org.opendsr.core.person.Diagnosis;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.person.Residence;
import org.opendsr.core.policy.CetrTimescales;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.referral.Referral;
import org.opendsr.core.referral.ReferralSource;
import org.opendsr.core.schedule.Task;
import org.opendsr.core.schedule.TaskKind;
import org.opendsr.core.schedule.TaskOutcome;
import org.opendsr.rating.Rating;
import org.opendsr.rating.RatingChange;
import org.opendsr.rating.RatingPolicy;
import org.opendsr.rating.RecordedRating;

/**
 * The wire format of the register of dsr-core: its events (a sealed family, each variant named by
 * {@code type}), recorded events, the parts they carry, and the local policy.
 */
final class RegisterCodecs {

  private RegisterCodecs() {}

  static final Codec<EntryId> ENTRY_ID = Codecs.mapped(STRING, EntryId::of, EntryId::value);

  static final ObjectCodec<PersonDetails> PERSON_DETAILS =
      ObjectCodec.of(
          (person, out) -> {
            put(out, "name", person.name(), PersonCodecs.PERSON_NAME);
            put(out, "dateOfBirth", person.dateOfBirth(), PersonCodecs.DATE_OF_BIRTH);
            put(out, "nhsNumber", person.nhsNumber(), PersonCodecs.NHS_NUMBER);
            put(out, "residence", person.residence(), PersonCodecs.RESIDENCE);
            put(out, "diagnosis", person.diagnosis(), PersonCodecs.DIAGNOSIS);
            out.put("educationHealthAndCarePlan", person.educationHealthAndCarePlan());
          },
          in -> {
            PersonName name = in.required("name", PersonCodecs.PERSON_NAME);
            DateOfBirth dateOfBirth = in.required("dateOfBirth", PersonCodecs.DATE_OF_BIRTH);
            NhsNumber nhsNumber = in.required("nhsNumber", PersonCodecs.NHS_NUMBER);
            Residence residence = in.required("residence", PersonCodecs.RESIDENCE);
            Diagnosis diagnosis = in.required("diagnosis", PersonCodecs.DIAGNOSIS);
            Boolean plan = in.required("educationHealthAndCarePlan", BOOLEAN);
            return in.build(
                () -> new PersonDetails(name, dateOfBirth, nhsNumber, residence, diagnosis, plan));
          });

  static final ObjectCodec<Referral> REFERRAL =
      ObjectCodec.of(
          (referral, out) -> {
            put(out, "source", referral.source(), Codecs.enumeration(ReferralSource.class));
            put(out, "date", referral.date(), DATE);
            out.put("referrerRole", referral.referrerRole());
            put(out, "referrerContact", referral.referrerContact(), PersonCodecs.CONTACT_DETAILS);
          },
          in -> {
            ReferralSource source = in.required("source", Codecs.enumeration(ReferralSource.class));
            LocalDate date = in.required("date", DATE);
            String role = in.required("referrerRole", STRING);
            ContactDetails contact = in.required("referrerContact", PersonCodecs.CONTACT_DETAILS);
            return in.build(() -> new Referral(source, date, role, contact));
          });

  static final ObjectCodec<CaseSummary> CASE_SUMMARY =
      ObjectCodec.of(
          (summary, out) -> {
            out.put("currentIssues", summary.currentIssues());
            out.put("riskOfEscalation", summary.riskOfEscalation());
            out.put("whatHasBeenTried", summary.whatHasBeenTried());
            out.put("whatCouldHelp", summary.whatCouldHelp());
          },
          in -> {
            String issues = in.required("currentIssues", STRING);
            String risk = in.required("riskOfEscalation", STRING);
            String tried = in.required("whatHasBeenTried", STRING);
            String help = in.required("whatCouldHelp", STRING);
            return in.build(() -> new CaseSummary(issues, risk, tried, help));
          });

  static final ObjectCodec<PlannedAction> PLANNED_ACTION =
      ObjectCodec.of(
          (action, out) -> {
            out.put("description", action.description());
            out.put("ownerId", action.ownerId());
            out.put("agencyId", action.agencyId());
            put(out, "due", action.due(), DATE);
            put(out, "recommendedService", action.recommendedService(), STRING);
          },
          in -> {
            String description = in.required("description", STRING);
            String ownerId = in.required("ownerId", STRING);
            String agencyId = in.required("agencyId", STRING);
            LocalDate due = in.required("due", DATE);
            Optional<String> service = in.optional("recommendedService", STRING);
            return in.build(() -> new PlannedAction(description, ownerId, agencyId, due, service));
          });

  static final Codec<ActionStatus> ACTION_STATUS = Codecs.enumeration(ActionStatus.class);

  static final ObjectCodec<Action> ACTION =
      ObjectCodec.of(
          (action, out) -> {
            out.put("id", action.id().value());
            put(out, "plan", action.plan(), PLANNED_ACTION);
            put(out, "status", action.status(), ACTION_STATUS);
          },
          in -> {
            String id = in.required("id", STRING);
            PlannedAction plan = in.required("plan", PLANNED_ACTION);
            ActionStatus status = in.required("status", ACTION_STATUS);
            return in.build(() -> new Action(id, plan, status));
          });

  static final Codec<TaskOutcome> TASK_OUTCOME = Codecs.enumeration(TaskOutcome.class);

  static final ObjectCodec<Task> TASK =
      ObjectCodec.of(
          (task, out) -> {
            out.put("id", task.id().value());
            put(out, "kind", task.kind(), Codecs.enumeration(TaskKind.class));
            put(out, "opened", task.opened(), DATE);
            put(out, "due", task.due(), DATE);
            out.put("detail", task.detail());
            put(out, "closedOn", task.closedOn(), DATE);
            put(out, "outcome", task.outcome(), TASK_OUTCOME);
          },
          in -> {
            String id = in.required("id", STRING);
            TaskKind kind = in.required("kind", Codecs.enumeration(TaskKind.class));
            LocalDate opened = in.required("opened", DATE);
            LocalDate due = in.required("due", DATE);
            String detail = in.required("detail", STRING);
            Optional<LocalDate> closedOn = in.optional("closedOn", DATE);
            Optional<TaskOutcome> outcome = in.optional("outcome", TASK_OUTCOME);
            if (in.ok() && closedOn.isPresent() != outcome.isPresent()) {
              in.problem(
                  closedOn.isPresent() ? "outcome" : "closedOn",
                  "is required when the task is closed (closedOn and outcome go together)");
            }
            return in.build(() -> new Task(id, kind, opened, due, detail, closedOn, outcome));
          });

  static final ObjectCodec<Panel> PANEL =
      ObjectCodec.of(
          (panel, out) ->
              put(out, "members", panel.members(), Codecs.enumMap(PanelRole.class, STRING)),
          in -> {
            Map<PanelRole, String> members =
                in.required("members", Codecs.enumMap(PanelRole.class, STRING));
            return in.build(() -> new Panel(members));
          });

  static final ObjectCodec<CetrRecord> CETR_RECORD =
      ObjectCodec.of(
          (record, out) -> {
            out.put("reviewId", record.reviewId());
            put(out, "heldOn", record.heldOn(), DATE);
            put(out, "kind", record.kind(), Codecs.enumeration(CetrKind.class));
            out.put("educationElement", record.educationElement());
            put(out, "panel", record.panel(), PANEL);
            put(out, "findings", record.findings(), Codecs.enumMap(KeyQuestion.class, STRING));
          },
          in -> {
            String reviewId = in.required("reviewId", STRING);
            LocalDate heldOn = in.required("heldOn", DATE);
            CetrKind kind = in.required("kind", Codecs.enumeration(CetrKind.class));
            Boolean education = in.required("educationElement", BOOLEAN);
            Panel panel = in.required("panel", PANEL);
            Map<KeyQuestion, String> findings =
                in.required("findings", Codecs.enumMap(KeyQuestion.class, STRING));
            return in.build(
                () -> new CetrRecord(reviewId, heldOn, kind, education, panel, findings));
          });

  static final ObjectCodec<CetrPlan> CETR_PLAN =
      ObjectCodec.of(
          (plan, out) -> {
            put(out, "on", plan.on(), DATE);
            put(out, "panel", plan.panel(), PANEL);
            put(out, "papersSentOn", plan.papersSentOn(), DATE);
          },
          in -> {
            LocalDate on = in.required("on", DATE);
            Panel panel = in.required("panel", PANEL);
            Optional<LocalDate> papersSentOn = in.optional("papersSentOn", DATE);
            return in.build(() -> new CetrPlan(on, panel, papersSentOn));
          });

  static final ObjectCodec<RegisterEvent.CetrPlanned> CETR_PLANNED =
      ObjectCodec.of(
          (event, out) -> {
            out.put("reviewId", event.reviewId());
            put(out, "plan", event.plan(), CETR_PLAN);
          },
          in -> {
            String reviewId = in.required("reviewId", STRING);
            CetrPlan plan = in.required("plan", CETR_PLAN);
            return in.build(() -> new RegisterEvent.CetrPlanned(reviewId, plan));
          });

  static final ObjectCodec<CetrRefusal> CETR_REFUSAL =
      ObjectCodec.of(
          (refusal, out) -> {
            out.put("reviewId", refusal.reviewId());
            put(out, "on", refusal.on(), DATE);
          },
          in -> {
            String reviewId = in.required("reviewId", STRING);
            LocalDate on = in.required("on", DATE);
            return in.build(() -> new CetrRefusal(reviewId, on));
          });

  // ------------------------------------------------------------------ events

  /** A variant holding only a date, {@code on}. */
  private static <T extends RegisterEvent> ObjectCodec<T> onlyOn(
      java.util.function.Function<LocalDate, T> constructor,
      java.util.function.Function<T, LocalDate> on) {
    return ObjectCodec.of(
        (event, out) -> put(out, "on", on.apply(event), DATE),
        in -> {
          LocalDate date = in.required("on", DATE);
          return in.build(() -> constructor.apply(date));
        });
  }

  /** A variant holding one object value under one field. */
  private static <T extends RegisterEvent, V> ObjectCodec<T> single(
      String field,
      Codec<V> codec,
      java.util.function.Function<V, T> constructor,
      java.util.function.Function<T, V> part) {
    return ObjectCodec.of(
        (event, out) -> put(out, field, part.apply(event), codec),
        in -> {
          V value = in.required(field, codec);
          return in.build(() -> constructor.apply(value));
        });
  }

  /** A stay in hospital began or moved: {@code on}, {@code hospitalId}, {@code secure}. */
  private interface StayEvent<T> {
    T make(LocalDate on, HospitalCode hospitalId, boolean secure);
  }

  private static <T extends RegisterEvent> ObjectCodec<T> stay(
      StayEvent<T> constructor,
      java.util.function.Function<T, LocalDate> on,
      java.util.function.Function<T, HospitalCode> hospitalId,
      java.util.function.Predicate<T> secure) {
    return ObjectCodec.of(
        (event, out) -> {
          put(out, "on", on.apply(event), DATE);
          out.put("hospitalId", hospitalId.apply(event).value());
          out.put("secure", secure.test(event));
        },
        in -> {
          LocalDate date = in.required("on", DATE);
          String hospital = in.required("hospitalId", STRING);
          Boolean isSecure = in.required("secure", BOOLEAN);
          return in.build(() -> constructor.make(date, HospitalCode.of(hospital), isSecure));
        });
  }

  static final ObjectCodec<RegisterEvent.Referred> REFERRED =
      ObjectCodec.of(
          (event, out) -> {
            put(out, "entryId", event.entryId(), ENTRY_ID);
            out.put("episode", event.episode());
            put(out, "person", event.person(), PERSON_DETAILS);
            put(out, "referral", event.referral(), REFERRAL);
          },
          in -> {
            EntryId entryId = in.required("entryId", ENTRY_ID);
            Integer episode = in.required("episode", INT);
            PersonDetails person = in.required("person", PERSON_DETAILS);
            Referral referral = in.required("referral", REFERRAL);
            return in.build(() -> new RegisterEvent.Referred(entryId, episode, person, referral));
          });

  static final ObjectCodec<RegisterEvent.ReferralAccepted> REFERRAL_ACCEPTED =
      ObjectCodec.of(
          (event, out) -> {
            put(out, "on", event.on(), DATE);
            put(out, "basis", event.basis(), Codecs.enumeration(Basis.class));
          },
          in -> {
            LocalDate on = in.required("on", DATE);
            Basis basis = in.required("basis", Codecs.enumeration(Basis.class));
            return in.build(() -> new RegisterEvent.ReferralAccepted(on, basis));
          });

  static final ObjectCodec<RegisterEvent.ReferralDeclined> REFERRAL_DECLINED =
      ObjectCodec.of(
          (event, out) -> {
            put(out, "on", event.on(), DATE);
            put(out, "reasons", event.reasons(), Codecs.list(STRING));
          },
          in -> {
            LocalDate on = in.required("on", DATE);
            List<String> reasons = in.required("reasons", Codecs.list(STRING));
            return in.build(() -> new RegisterEvent.ReferralDeclined(on, reasons));
          });

  static final ObjectCodec<RegisterEvent.ActionStatusChanged> ACTION_STATUS_CHANGED =
      ObjectCodec.of(
          (event, out) -> {
            out.put("actionId", event.actionId().value());
            put(out, "status", event.status(), ACTION_STATUS);
            put(out, "on", event.on(), DATE);
          },
          in -> {
            String actionId = in.required("actionId", STRING);
            ActionStatus status = in.required("status", ACTION_STATUS);
            LocalDate on = in.required("on", DATE);
            return in.build(() -> new RegisterEvent.ActionStatusChanged(actionId, status, on));
          });

  static final ObjectCodec<RegisterEvent.RatingRecorded> RATING_RECORDED =
      ObjectCodec.of(
          (event, out) -> {
            put(out, "on", event.on(), DATE);
            put(out, "rating", event.rating(), RatingCodecs.RECORDED_RATING);
            put(out, "change", event.change(), Codecs.enumeration(RatingChange.class));
          },
          in -> {
            LocalDate on = in.required("on", DATE);
            RecordedRating rating = in.required("rating", RatingCodecs.RECORDED_RATING);
            RatingChange change = in.required("change", Codecs.enumeration(RatingChange.class));
            return in.build(() -> new RegisterEvent.RatingRecorded(on, rating, change));
          });

  static final ObjectCodec<RegisterEvent.TaskClosed> TASK_CLOSED =
      ObjectCodec.of(
          (event, out) -> {
            out.put("taskId", event.taskId().value());
            put(out, "on", event.on(), DATE);
            put(out, "outcome", event.outcome(), TASK_OUTCOME);
          },
          in -> {
            String taskId = in.required("taskId", STRING);
            LocalDate on = in.required("on", DATE);
            TaskOutcome outcome = in.required("outcome", TASK_OUTCOME);
            return in.build(() -> new RegisterEvent.TaskClosed(taskId, on, outcome));
          });

  static final ObjectCodec<RegisterEvent.EntryClosed> ENTRY_CLOSED =
      ObjectCodec.of(
          (event, out) -> {
            put(out, "on", event.on(), DATE);
            put(out, "reason", event.reason(), Codecs.enumeration(CloseReason.class));
          },
          in -> {
            LocalDate on = in.required("on", DATE);
            CloseReason reason = in.required("reason", Codecs.enumeration(CloseReason.class));
            return in.build(() -> new RegisterEvent.EntryClosed(on, reason));
          });

  /**
   * A carried-over entry: the referral's fields, then what the legacy register held. The acceptance
   * and rating are written with the codecs of their own events; the summary is left out when empty.
   */
  static final ObjectCodec<RegisterEvent.CarriedOver> CARRIED_OVER =
      ObjectCodec.of(
          (event, out) -> {
            put(out, "entryId", event.entryId(), ENTRY_ID);
            out.put("episode", event.episode());
            put(out, "person", event.person(), PERSON_DETAILS);
            put(out, "referral", event.referral(), REFERRAL);
            put(
                out,
                "consentRecords",
                event.consentRecords(),
                Codecs.list(ConsentCodecs.CONSENT_RECORD));
            put(out, "accepted", event.accepted(), REFERRAL_ACCEPTED);
            put(out, "rating", event.rating(), RATING_RECORDED);
            if (!event.summary().equals(CaseSummary.empty())) {
              put(out, "summary", event.summary(), CASE_SUMMARY);
            }
            put(out, "tasks", event.tasks(), Codecs.list(TASK));
          },
          in -> {
            EntryId entryId = in.required("entryId", ENTRY_ID);
            Integer episode = in.required("episode", INT);
            PersonDetails person = in.required("person", PERSON_DETAILS);
            Referral referral = in.required("referral", REFERRAL);
            List<ConsentRecord> consents =
                in.required("consentRecords", Codecs.list(ConsentCodecs.CONSENT_RECORD));
            Optional<RegisterEvent.ReferralAccepted> accepted =
                in.optional("accepted", REFERRAL_ACCEPTED);
            Optional<RegisterEvent.RatingRecorded> rating = in.optional("rating", RATING_RECORDED);
            Optional<CaseSummary> summary = in.optional("summary", CASE_SUMMARY);
            List<Task> tasks = in.required("tasks", Codecs.list(TASK));
            return in.build(
                () ->
                    new RegisterEvent.CarriedOver(
                        entryId,
                        episode,
                        person,
                        referral,
                        consents,
                        accepted,
                        rating,
                        summary.orElse(CaseSummary.empty()),
                        tasks));
          });

  /**
   * Every event of the register, by {@code type}. Names are stable: a database keeps them beside
   * each stored event.
   */
  static final Union<RegisterEvent> REGISTER_EVENT =
      Union.of(
          Union.variant("referred", RegisterEvent.Referred.class, REFERRED),
          Union.variant("carried-over", RegisterEvent.CarriedOver.class, CARRIED_OVER),
          Union.variant(
              "person-details-updated",
              RegisterEvent.PersonDetailsUpdated.class,
              single(
                  "person",
                  PERSON_DETAILS,
                  RegisterEvent.PersonDetailsUpdated::new,
                  RegisterEvent.PersonDetailsUpdated::person)),
          Union.variant(
              "consent-recorded",
              RegisterEvent.ConsentRecorded.class,
              RegisterCodecs.<RegisterEvent.ConsentRecorded, ConsentRecord>single(
                  "record",
                  ConsentCodecs.CONSENT_RECORD,
                  RegisterEvent.ConsentRecorded::new,
                  RegisterEvent.ConsentRecorded::record)),
          Union.variant(
              "referral-accepted", RegisterEvent.ReferralAccepted.class, REFERRAL_ACCEPTED),
          Union.variant(
              "referral-declined", RegisterEvent.ReferralDeclined.class, REFERRAL_DECLINED),
          Union.variant(
              "first-contact-made",
              RegisterEvent.FirstContactMade.class,
              onlyOn(RegisterEvent.FirstContactMade::new, RegisterEvent.FirstContactMade::on)),
          Union.variant(
              "case-summary-updated",
              RegisterEvent.CaseSummaryUpdated.class,
              single(
                  "summary",
                  CASE_SUMMARY,
                  RegisterEvent.CaseSummaryUpdated::new,
                  RegisterEvent.CaseSummaryUpdated::summary)),
          Union.variant(
              "agency-involved",
              RegisterEvent.AgencyInvolved.class,
              RegisterCodecs.<RegisterEvent.AgencyInvolved, Agency>single(
                  "agency",
                  PersonCodecs.AGENCY,
                  RegisterEvent.AgencyInvolved::new,
                  RegisterEvent.AgencyInvolved::agency)),
          Union.variant(
              "professional-added",
              RegisterEvent.ProfessionalAdded.class,
              RegisterCodecs.<RegisterEvent.ProfessionalAdded, Professional>single(
                  "professional",
                  PersonCodecs.PROFESSIONAL,
                  RegisterEvent.ProfessionalAdded::new,
                  RegisterEvent.ProfessionalAdded::professional)),
          Union.variant(
              "action-added",
              RegisterEvent.ActionAdded.class,
              single(
                  "action",
                  ACTION,
                  RegisterEvent.ActionAdded::new,
                  RegisterEvent.ActionAdded::action)),
          Union.variant(
              "action-status-changed",
              RegisterEvent.ActionStatusChanged.class,
              ACTION_STATUS_CHANGED),
          Union.variant("rating-recorded", RegisterEvent.RatingRecorded.class, RATING_RECORDED),
          Union.variant(
              "task-opened",
              RegisterEvent.TaskOpened.class,
              single("task", TASK, RegisterEvent.TaskOpened::new, RegisterEvent.TaskOpened::task)),
          Union.variant("task-closed", RegisterEvent.TaskClosed.class, TASK_CLOSED),
          Union.variant(
              "dsr-review-held",
              RegisterEvent.DsrReviewHeld.class,
              onlyOn(RegisterEvent.DsrReviewHeld::new, RegisterEvent.DsrReviewHeld::on)),
          Union.variant("cetr-planned", RegisterEvent.CetrPlanned.class, CETR_PLANNED),
          Union.variant(
              "cetr-held",
              RegisterEvent.CetrHeld.class,
              single(
                  "record",
                  CETR_RECORD,
                  RegisterEvent.CetrHeld::new,
                  RegisterEvent.CetrHeld::record)),
          Union.variant(
              "cetr-refused",
              RegisterEvent.CetrRefused.class,
              single(
                  "refusal",
                  CETR_REFUSAL,
                  RegisterEvent.CetrRefused::new,
                  RegisterEvent.CetrRefused::refusal)),
          Union.variant(
              "admitted",
              RegisterEvent.Admitted.class,
              stay(
                  RegisterEvent.Admitted::new,
                  RegisterEvent.Admitted::on,
                  RegisterEvent.Admitted::hospitalId,
                  RegisterEvent.Admitted::secure)),
          Union.variant(
              "hospital-moved",
              RegisterEvent.HospitalMoved.class,
              stay(
                  RegisterEvent.HospitalMoved::new,
                  RegisterEvent.HospitalMoved::on,
                  RegisterEvent.HospitalMoved::hospitalId,
                  RegisterEvent.HospitalMoved::secure)),
          Union.variant(
              "discharged",
              RegisterEvent.Discharged.class,
              onlyOn(RegisterEvent.Discharged::new, RegisterEvent.Discharged::on)),
          Union.variant("entry-closed", RegisterEvent.EntryClosed.class, ENTRY_CLOSED));

  static final ObjectCodec<RecordedEvent> RECORDED_EVENT =
      ObjectCodec.of(
          (event, out) -> {
            put(out, "entryId", event.entryId(), ENTRY_ID);
            out.put("version", event.version());
            out.put("actor", event.actor());
            put(out, "at", event.at(), Codecs.INSTANT);
            out.put("why", event.why());
            put(out, "change", event.change(), REGISTER_EVENT);
          },
          in -> {
            EntryId entryId = in.required("entryId", ENTRY_ID);
            Long version = in.required("version", LONG);
            String actor = in.required("actor", STRING);
            Instant at = in.required("at", Codecs.INSTANT);
            String why = in.required("why", STRING);
            RegisterEvent change = in.required("change", REGISTER_EVENT);
            return in.build(() -> new RecordedEvent(entryId, version, actor, at, why, change));
          });

  // ------------------------------------------------------------------ entry view

  static final ObjectCodec<Closure> CLOSURE =
      ObjectCodec.of(
          (closure, out) -> {
            put(out, "on", closure.on(), DATE);
            put(out, "reason", closure.reason(), Codecs.enumeration(CloseReason.class));
          },
          in -> {
            LocalDate on = in.required("on", DATE);
            CloseReason reason = in.required("reason", Codecs.enumeration(CloseReason.class));
            return in.build(() -> new Closure(on, reason));
          });

  static final ObjectCodec<InpatientStay> INPATIENT_STAY =
      ObjectCodec.of(
          (stay, out) -> {
            put(out, "admittedOn", stay.admittedOn(), DATE);
            out.put("hospitalId", stay.hospitalId().value());
            out.put("secure", stay.secure());
            put(out, "dischargedOn", stay.dischargedOn(), DATE);
          },
          in -> {
            LocalDate admittedOn = in.required("admittedOn", DATE);
            String hospitalId = in.required("hospitalId", STRING);
            Boolean secure = in.required("secure", BOOLEAN);
            Optional<LocalDate> dischargedOn = in.optional("dischargedOn", DATE);
            return in.build(() -> new InpatientStay(admittedOn, hospitalId, secure, dischargedOn));
          });

  static final ObjectCodec<RatingRecord> RATING_RECORD =
      ObjectCodec.of(
          (record, out) -> {
            put(out, "on", record.on(), DATE);
            put(out, "recorded", record.recorded(), RatingCodecs.RECORDED_RATING);
            put(out, "change", record.change(), Codecs.enumeration(RatingChange.class));
          },
          in -> {
            LocalDate on = in.required("on", DATE);
            RecordedRating recorded = in.required("recorded", RatingCodecs.RECORDED_RATING);
            RatingChange change = in.required("change", Codecs.enumeration(RatingChange.class));
            return in.build(() -> new RatingRecord(on, recorded, change));
          });

  /** An entry as derived from its events: the view a case-management system shows. */
  static final ObjectCodec<Entry> ENTRY =
      ObjectCodec.of(
          (e, out) -> {
            put(out, "id", e.id(), ENTRY_ID);
            out.put("episode", e.episode());
            put(out, "person", e.person(), PERSON_DETAILS);
            put(out, "referral", e.referral(), REFERRAL);
            put(out, "status", e.status(), Codecs.enumeration(EntryStatus.class));
            put(out, "acceptedOn", e.acceptedOn(), DATE);
            put(out, "declineReasons", e.declineReasons(), Codecs.list(STRING));
            put(out, "closure", e.closure(), CLOSURE);
            put(out, "firstContactOn", e.firstContactOn(), DATE);
            put(
                out,
                "consentRecords",
                e.consentRecords(),
                Codecs.list(ConsentCodecs.CONSENT_RECORD));
            put(out, "agencies", e.agencies(), Codecs.list(PersonCodecs.AGENCY));
            put(out, "professionals", e.professionals(), Codecs.list(PersonCodecs.PROFESSIONAL));
            put(out, "summary", e.summary(), CASE_SUMMARY);
            put(out, "actions", e.actions(), Codecs.list(ACTION));
            put(out, "ratings", e.ratings(), Codecs.list(RATING_RECORD));
            put(out, "reviewsHeld", e.reviewsHeld(), Codecs.list(DATE));
            put(out, "cetrs", e.cetrs(), Codecs.list(CETR_RECORD));
            put(out, "cetrRefusals", e.cetrRefusals(), Codecs.list(CETR_REFUSAL));
            put(out, "stays", e.stays(), Codecs.list(INPATIENT_STAY));
            out.put("knownToKeyworkerService", e.knownToKeyworkerService());
            put(out, "tasks", e.tasks(), Codecs.list(TASK));
            put(out, "cetrPlans", e.cetrPlans(), Codecs.map(CETR_PLAN, true));
            out.put("version", e.version());
          },
          in -> {
            EntryId id = in.required("id", ENTRY_ID);
            Integer episode = in.required("episode", INT);
            PersonDetails person = in.required("person", PERSON_DETAILS);
            Referral referral = in.required("referral", REFERRAL);
            EntryStatus status = in.required("status", Codecs.enumeration(EntryStatus.class));
            Optional<LocalDate> acceptedOn = in.optional("acceptedOn", DATE);
            List<String> declineReasons = in.required("declineReasons", Codecs.list(STRING));
            Optional<Closure> closure = in.optional("closure", CLOSURE);
            Optional<LocalDate> firstContactOn = in.optional("firstContactOn", DATE);
            List<ConsentRecord> consentRecords =
                in.required("consentRecords", Codecs.list(ConsentCodecs.CONSENT_RECORD));
            List<Agency> agencies = in.required("agencies", Codecs.list(PersonCodecs.AGENCY));
            List<Professional> professionals =
                in.required("professionals", Codecs.list(PersonCodecs.PROFESSIONAL));
            CaseSummary summary = in.required("summary", CASE_SUMMARY);
            List<Action> actions = in.required("actions", Codecs.list(ACTION));
            List<RatingRecord> ratings = in.required("ratings", Codecs.list(RATING_RECORD));
            List<LocalDate> reviewsHeld = in.required("reviewsHeld", Codecs.list(DATE));
            List<CetrRecord> cetrs = in.required("cetrs", Codecs.list(CETR_RECORD));
            List<CetrRefusal> refusals = in.required("cetrRefusals", Codecs.list(CETR_REFUSAL));
            List<InpatientStay> stays = in.required("stays", Codecs.list(INPATIENT_STAY));
            Boolean keyworker = in.required("knownToKeyworkerService", BOOLEAN);
            List<Task> tasks = in.required("tasks", Codecs.list(TASK));
            Long version = in.required("version", LONG);
            // Absent from entries written before plans were recorded.
            Map<String, CetrPlan> plans =
                in.optional("cetrPlans", Codecs.map(CETR_PLAN, true)).orElse(Map.of());
            return in.build(
                () ->
                    new Entry(
                        id,
                        episode,
                        person,
                        referral,
                        new Lifecycle(status, acceptedOn, declineReasons, closure, firstContactOn),
                        consentRecords,
                        new CareTeam(agencies, professionals, keyworker),
                        summary,
                        new RatingHistory(ratings, reviewsHeld),
                        new CetrHistory(cetrs, refusals, plans),
                        stays,
                        new WorkPlan(actions, tasks),
                        version));
          });

  // ------------------------------------------------------------------ policy

  static final ObjectCodec<CetrTimescales> CETR_TIMESCALES =
      ObjectCodec.of(
          (t, out) -> {
            put(out, "postAdmissionAdult", t.postAdmissionAdult(), PERIOD);
            put(out, "postAdmissionChild", t.postAdmissionChild(), PERIOD);
            put(out, "repeatAdultNonSecure", t.repeatAdultNonSecure(), PERIOD);
            put(out, "repeatAdultSecure", t.repeatAdultSecure(), PERIOD);
            put(out, "repeatChild", t.repeatChild(), PERIOD);
            put(out, "placeLeadAwareness", t.placeLeadAwareness(), PERIOD);
            put(out, "communityCetrForRed", t.communityCetrForRed(), PERIOD);
            put(out, "communityCetrForRedChild", t.communityCetrForRedChild(), PERIOD);
          },
          in -> {
            Period postAdult = in.required("postAdmissionAdult", PERIOD);
            Period postChild = in.required("postAdmissionChild", PERIOD);
            Period repeatNonSecure = in.required("repeatAdultNonSecure", PERIOD);
            Period repeatSecure = in.required("repeatAdultSecure", PERIOD);
            Period repeatChild = in.required("repeatChild", PERIOD);
            Period placeLead = in.required("placeLeadAwareness", PERIOD);
            Period communityRed = in.required("communityCetrForRed", PERIOD);
            // Added in format version 1 without raising it: a document written before the
            // children's timescale was separate gives children the national week, or its one
            // timescale if shorter (CetrTimescales.childDefault).
            Optional<Period> communityRedChild = in.optional("communityCetrForRedChild", PERIOD);
            return in.build(
                () ->
                    new CetrTimescales(
                        postAdult,
                        postChild,
                        repeatNonSecure,
                        repeatSecure,
                        repeatChild,
                        placeLead,
                        communityRed,
                        communityRedChild.orElseGet(
                            () -> CetrTimescales.childDefault(communityRed))));
          });

  static final ObjectCodec<LocalPolicy> LOCAL_POLICY =
      ObjectCodec.of(
          (p, out) -> {
            out.put("firstContactWorkingDays", p.firstContactWorkingDays());
            out.put("suspectedAutismAllowed", p.suspectedAutismAllowed());
            put(out, "reviewIntervals", p.reviewIntervals(), Codecs.enumMap(Rating.class, PERIOD));
            put(out, "firstRiskReviewWithin", p.firstRiskReviewWithin(), PERIOD);
            out.put("rerateWithinWorkingDays", p.rerateWithinWorkingDays());
            put(out, "cetrTimescales", p.cetrTimescales(), CETR_TIMESCALES);
            put(out, "consentPolicy", p.consentPolicy(), ConsentCodecs.CONSENT_POLICY);
            put(out, "ratingPolicy", p.ratingPolicy(), RatingCodecs.RATING_POLICY);
            out.put("dueSoonDays", p.dueSoonDays());
          },
          in -> {
            Integer firstContact = in.required("firstContactWorkingDays", INT);
            Boolean suspected = in.required("suspectedAutismAllowed", BOOLEAN);
            Map<Rating, Period> intervals =
                in.required("reviewIntervals", Codecs.enumMap(Rating.class, PERIOD));
            Period firstRiskReview = in.required("firstRiskReviewWithin", PERIOD);
            Integer rerate = in.required("rerateWithinWorkingDays", INT);
            CetrTimescales timescales = in.required("cetrTimescales", CETR_TIMESCALES);
            ConsentPolicy consent = in.required("consentPolicy", ConsentCodecs.CONSENT_POLICY);
            RatingPolicy rating = in.required("ratingPolicy", RatingCodecs.RATING_POLICY);
            Integer dueSoon = in.required("dueSoonDays", INT);
            return in.build(
                () ->
                    new LocalPolicy(
                        firstContact,
                        suspected,
                        intervals,
                        firstRiskReview,
                        rerate,
                        timescales,
                        consent,
                        rating,
                        dueSoon));
          });
}
