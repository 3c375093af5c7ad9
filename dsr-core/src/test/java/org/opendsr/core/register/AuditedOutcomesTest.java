package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.Purpose;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.DsrException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.BreakGlassReasons;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.InMemoryAuditTrail;
import org.opendsr.core.entry.ActionId;
import org.opendsr.core.entry.ActionStatus;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.schedule.TaskId;
import org.opendsr.rating.Rating;

/**
 * The audit trail states what happened: a command the register refuses is audited as refused, with
 * the rule, never as done; people who come onto the register are audited with the entry that
 * brought them; a break-glass reason is kept as given; and subject access tells no one who may not
 * see a person whether they are on the register.
 */
class AuditedOutcomesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final String ICB = "ICB";
  private static final Actor COORDINATOR =
      Actor.professional(Casework.COORDINATOR, Role.DSR_COORDINATOR, ICB);
  private static final AccessPurpose ADMIN = AccessPurpose.REGISTER_ADMINISTRATION;

  private final Casework desk = Casework.openOn(TODAY);
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final AccessControlledRegister register =
      AccessControlledRegister.of(desk.register, audit, desk.clock);

  /** Everything the register holds: each entry and the number of its events. */
  private Map<EntryId, Integer> everything() {
    Map<EntryId, Integer> held = new LinkedHashMap<>();
    for (EntryId id : desk.store.entryIds()) {
      held.put(id, desk.register.history(id).size());
    }
    return held;
  }

  private AuditRecord lastAudit() {
    List<AuditRecord> all = audit.all();
    return all.get(all.size() - 1);
  }

  @Test
  void a_change_to_a_persons_details_is_audited_as_a_change_to_their_details() {
    EntryId sam =
        register
            .handle(
                COORDINATOR,
                ADMIN,
                new Command.Refer(
                    Casework.COORDINATOR, People.sam(), People.bySelf(TODAY), List.of()))
            .entryId();

    register.handle(
        COORDINATOR,
        ADMIN,
        new Command.UpdatePersonDetails(
            Casework.COORDINATOR,
            sam,
            desk.version(sam),
            People.sam()
                .withEducationHealthAndCarePlan(!People.sam().educationHealthAndCarePlan())));

    AuditRecord row = lastAudit();
    assertThat(row.operation()).isEqualTo(Operation.UPDATE_PERSON_DETAILS);
    assertThat(row.entryId()).contains(sam.value());
    assertThat(row.outcome()).isEqualTo(AuditRecord.Outcome.DONE);
  }

  @Test
  void a_rating_refused_by_a_rule_is_audited_as_refused_with_the_rule() {
    // Referred without a basis for inclusion: the entry waits, and cannot be rated yet.
    EntryId sam =
        register
            .handle(
                COORDINATOR,
                ADMIN,
                new Command.Refer(
                    Casework.COORDINATOR, People.sam(), People.bySelf(TODAY), List.of()))
            .entryId();
    Map<EntryId, Integer> before = everything();
    int rows = audit.all().size();

    assertThatThrownBy(
            () ->
                register.handle(
                    COORDINATOR,
                    ADMIN,
                    new Command.RecordRating(
                        Casework.COORDINATOR,
                        sam,
                        desk.version(sam),
                        Ratings.rated(People.sam(), TODAY, Rating.RED))))
        .isInstanceOf(ValidationException.class);

    assertThat(everything()).isEqualTo(before);
    assertThat(audit.all()).hasSize(rows + 1);
    AuditRecord row = lastAudit();
    assertThat(row.operation()).isEqualTo(Operation.RECORD_RATING);
    assertThat(row.entryId()).contains(sam.value());
    assertThat(row.access()).isEqualTo(AuditRecord.Access.ALLOWED);
    assertThat(row.outcome()).isEqualTo(AuditRecord.Outcome.REFUSED);
    assertThat(row.refusedBy())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("entry.status");
              assertThat(v.rule()).contains("must be ACTIVE");
            });
  }

  @Test
  void a_command_the_register_carries_out_is_audited_as_done() {
    EntryId sam = referSam();
    AuditRecord row = lastAudit();
    assertThat(row.access()).isEqualTo(AuditRecord.Access.ALLOWED);
    assertThat(row.outcome()).isEqualTo(AuditRecord.Outcome.DONE);
    assertThat(row.refusedBy()).isEmpty();
    assertThat(row.entryId()).contains(sam.value());
  }

  @Test
  void a_command_that_fails_for_a_reason_no_rule_explains_is_audited_as_failed() {
    org.opendsr.core.store.InMemoryRegisterStore store =
        new org.opendsr.core.store.InMemoryRegisterStore();
    // A store whose disk is full: it answers reads and fails every write.
    org.opendsr.core.store.RegisterStore full =
        (org.opendsr.core.store.RegisterStore)
            java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {org.opendsr.core.store.RegisterStore.class},
                (proxy, method, args) -> {
                  if (method.getName().startsWith("append")) {
                    throw new IllegalStateException("the disk is full");
                  }
                  return method.invoke(store, args);
                });
    DynamicSupportRegister broken =
        DynamicSupportRegister.create(
            full,
            desk.clock,
            org.opendsr.core.calendar.WorkingDayCalendar.englandAndWales(),
            desk.register.policy());
    AccessControlledRegister users = AccessControlledRegister.of(broken, audit, desk.clock);

    assertThatThrownBy(
            () ->
                users.handle(
                    COORDINATOR,
                    ADMIN,
                    new Command.Refer(
                        Casework.COORDINATOR, People.sam(), People.bySelf(TODAY), List.of())))
        .isInstanceOf(IllegalStateException.class);

    assertThat(audit.all())
        .singleElement()
        .extracting(AuditRecord::access, AuditRecord::outcome)
        .containsExactly(AuditRecord.Access.ALLOWED, AuditRecord.Outcome.FAILED);
  }

  private EntryId referSam() {
    return register
        .handle(
            COORDINATOR,
            ADMIN,
            new Command.Refer(
                Casework.COORDINATOR,
                People.sam(),
                People.bySelf(TODAY),
                List.of(ConsentGiven.of(Purpose.inclusion(), TODAY, Casework.COORDINATOR))))
        .entryId();
  }

  /** Every kind of command, each of which a register rule refuses in the setting given. */
  private Map<Class<?>, Function<Long, Command>> refusedCommands(EntryId closed) {
    String me = Casework.COORDINATOR;
    Map<Class<?>, Function<Long, Command>> commands = new LinkedHashMap<>();
    // David already has an open entry: a second referral or carry-over is refused.
    commands.put(
        Command.Refer.class,
        v ->
            new Command.Refer(
                me,
                People.david(),
                People.byFamily(TODAY),
                List.of(ConsentGiven.of(Purpose.inclusion(), TODAY, me))));
    commands.put(
        Command.CarryOver.class,
        v ->
            new Command.CarryOver(
                me,
                People.david(),
                People.byFamily(TODAY),
                List.of(ConsentGiven.of(Purpose.inclusion(), TODAY, me)),
                Optional.empty(),
                CaseSummary.empty()));
    // Every command on an entry is refused once the entry is closed.
    commands.put(
        Command.UpdatePersonDetails.class,
        v -> new Command.UpdatePersonDetails(me, closed, v, People.sam()));
    commands.put(
        Command.RecordConsent.class,
        v ->
            new Command.RecordConsent(
                me, closed, v, ConsentGiven.of(Purpose.keyworkerReferral(), TODAY, me)));
    commands.put(
        Command.RecordFirstContact.class,
        v -> new Command.RecordFirstContact(me, closed, v, TODAY));
    commands.put(
        Command.UpdateCaseSummary.class,
        v -> new Command.UpdateCaseSummary(me, closed, v, new CaseSummary("Settled", "", "", "")));
    commands.put(
        Command.AddProfessional.class,
        v ->
            new Command.AddProfessional(
                me,
                closed,
                v,
                new Agency("CAMHS", "Example CAMHS", Agency.Kind.HEALTH),
                new Professional(
                    "nurse-1",
                    PersonName.of("Alex", "Example"),
                    "key worker",
                    "CAMHS",
                    ContactDetails.email("a@b.uk"))));
    commands.put(
        Command.AddAction.class,
        v ->
            new Command.AddAction(
                me, closed, v, PlannedAction.of("Short break", "sw-1", "CAMHS", TODAY)));
    commands.put(
        Command.UpdateActionStatus.class,
        v ->
            new Command.UpdateActionStatus(
                me, closed, v, ActionId.of("A-1"), ActionStatus.DONE, TODAY));
    commands.put(
        Command.RecordRating.class,
        v ->
            new Command.RecordRating(
                me, closed, v, Ratings.rated(People.sam(), TODAY, Rating.AMBER)));
    commands.put(
        Command.RecordDsrReview.class, v -> new Command.RecordDsrReview(me, closed, v, TODAY));
    commands.put(
        Command.PlanCetr.class, v -> new Command.PlanCetr(me, closed, v, TODAY.plusDays(14)));
    commands.put(
        Command.HoldCetr.class,
        v ->
            new Command.HoldCetr(
                me,
                closed,
                v,
                "T-1",
                TODAY,
                Casework.fullPanel(),
                Casework.ALL_FIVE_FINDINGS,
                List.of()));
    commands.put(
        Command.RecordCetrRefused.class,
        v -> new Command.RecordCetrRefused(me, closed, v, "T-1", TODAY));
    commands.put(
        Command.CompleteTask.class,
        v -> new Command.CompleteTask(me, closed, v, TaskId.of("T-1"), TODAY));
    commands.put(
        Command.RecordAdmission.class,
        v -> new Command.RecordAdmission(me, closed, v, TODAY, HospitalCode.of("HOSP1"), false));
    commands.put(
        Command.RecordHospitalMove.class,
        v -> new Command.RecordHospitalMove(me, closed, v, TODAY, HospitalCode.of("HOSP2"), false));
    commands.put(
        Command.RecordDischarge.class, v -> new Command.RecordDischarge(me, closed, v, TODAY));
    commands.put(
        Command.CloseEntry.class,
        v -> new Command.CloseEntry(me, closed, v, TODAY, CloseReason.NO_LONGER_AT_RISK));
    return commands;
  }

  /** The concrete kinds of command: the leaves of the sealed {@link Command} family. */
  private static Set<Class<?>> everyCommandKind() {
    Set<Class<?>> kinds = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(Command.class));
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (c.isSealed()) {
        todo.addAll(List.of(c.getPermittedSubclasses()));
      } else {
        kinds.add(c);
      }
    }
    return kinds;
  }

  @Test
  void every_command_kind_refused_by_a_rule_is_audited_as_refused_and_writes_nothing() {
    EntryId closed = referSam();
    desk.register.handle(
        new Command.CloseEntry(
            Casework.COORDINATOR,
            closed,
            desk.version(closed),
            TODAY,
            CloseReason.NO_LONGER_AT_RISK));
    register.handle(
        COORDINATOR,
        ADMIN,
        new Command.Refer(
            Casework.COORDINATOR,
            People.david(),
            People.byFamily(TODAY),
            List.of(ConsentGiven.of(Purpose.inclusion(), TODAY, Casework.COORDINATOR))));
    Map<Class<?>, Function<Long, Command>> commands = refusedCommands(closed);
    assertThat(commands.keySet()).isEqualTo(everyCommandKind());

    for (Map.Entry<Class<?>, Function<Long, Command>> kind : commands.entrySet()) {
      Command command = kind.getValue().apply(desk.version(closed));
      Map<EntryId, Integer> before = everything();
      int rows = audit.all().size();

      Throwable refused = catchThrowable(() -> register.handle(COORDINATOR, ADMIN, command));

      String name = kind.getKey().getSimpleName();
      assertThat(refused).as(name).isInstanceOf(DsrException.class);
      assertThat(everything()).as("%s wrote nothing", name).isEqualTo(before);
      assertThat(audit.all()).as("%s is audited once", name).hasSize(rows + 1);
      AuditRecord row = lastAudit();
      assertThat(row.operation()).as(name).isEqualTo(AccessControlledRegister.operationOf(command));
      assertThat(row.access()).as(name).isEqualTo(AuditRecord.Access.ALLOWED);
      assertThat(row.outcome()).as(name).isEqualTo(AuditRecord.Outcome.REFUSED);
      assertThat(row.refusedBy()).as(name).isNotEmpty();
      if (refused instanceof ValidationException v) {
        assertThat(row.refusedBy()).as(name).isEqualTo(v.violations());
      }
    }
  }

  @Test
  void a_referred_person_is_audited_with_the_entry_the_referral_created() {
    EntryId sam = referSam();
    assertThat(audit.forEntry(sam.value()))
        .singleElement()
        .extracting(AuditRecord::operation, AuditRecord::outcome)
        .containsExactly(Operation.REFER, AuditRecord.Outcome.DONE);
  }

  @Test
  void a_carried_over_person_is_audited_with_the_entry_the_carry_over_created() {
    EntryId jo =
        register
            .handle(
                COORDINATOR,
                ADMIN,
                new Command.CarryOver(
                    Casework.COORDINATOR,
                    People.jo(),
                    People.byFamily(TODAY),
                    List.of(ConsentGiven.of(Purpose.inclusion(), TODAY, Casework.COORDINATOR)),
                    Optional.empty(),
                    CaseSummary.empty()))
            .entryId();
    assertThat(audit.forEntry(jo.value()))
        .singleElement()
        .extracting(AuditRecord::operation, AuditRecord::outcome)
        .containsExactly(Operation.CARRY_OVER, AuditRecord.Outcome.DONE);
  }

  @Test
  void a_break_glass_access_records_the_reason_given() {
    EntryId sam = referSam();
    Actor duty = Actor.professional("duty-1", Role.CLINICIAN, "A_AND_E");
    String reason = "Sam Reid in A&E at night, in crisis, no one else on call";

    register.breakGlass(duty, sam, reason);

    AuditRecord row = lastAudit();
    assertThat(row.breakGlass()).isTrue();
    assertThat(row.breakGlassReason()).contains(reason);
    assertThat(row.toString()).doesNotContain("Sam").doesNotContain("crisis");
  }

  @Test
  void a_break_glass_reason_of_one_character_is_refused() {
    EntryId sam = referSam();
    Actor duty = Actor.professional("duty-1", Role.CLINICIAN, "A_AND_E");
    for (String reason : List.of(".", "x", "          ", "1234567890", "a.b.c.d.e")) {
      int rows = audit.all().size();
      ValidationException e =
          (ValidationException) catchThrowable(() -> register.breakGlass(duty, sam, reason));

      assertThat(e).as("reason %s", reason).isNotNull();
      assertThat(e.violations())
          .extracting(Violation::field)
          .containsExactly(BreakGlassReasons.FIELD);
      assertThat(audit.all()).hasSize(rows + 1);
      AuditRecord row = lastAudit();
      assertThat(row.access()).isEqualTo(AuditRecord.Access.DENIED);
      assertThat(row.breakGlass()).isFalse();
      assertThat(row.breakGlassReason()).contains(reason);
    }
    assertThat(register.breakGlass(duty, sam, "in crisis now").id()).isEqualTo(sam);
  }

  @Test
  void a_break_glass_reason_is_never_in_an_error_message() {
    EntryId sam = referSam();
    Actor teacher = Actor.professional("t-1", Role.EDUCATION_REPRESENTATIVE, "SCHOOL");
    String reason = "Sam Reid 485 777 3457 is at the school gate";
    Throwable tooShort =
        catchThrowable(
            () ->
                register.breakGlass(
                    Actor.professional("duty-1", Role.CLINICIAN, "A_AND_E"), sam, "Sam R"));
    Throwable denied = catchThrowable(() -> register.breakGlass(teacher, sam, reason));

    assertThat(tooShort).isInstanceOf(ValidationException.class);
    assertThat(denied).isInstanceOf(AccessDeniedException.class);
    assertThat(tooShort.getMessage() + denied.getMessage())
        .doesNotContain("Sam")
        .doesNotContain("3457")
        .doesNotContain("gate");
    assertThat(audit.all().toString()).doesNotContain("Sam").doesNotContain("3457");
    assertThat(lastAudit().breakGlassReason()).contains(reason);
  }

  @Test
  void the_break_glass_reason_rule_is_local_practice_and_configurable() {
    EntryId sam = referSam();
    Actor duty = Actor.professional("duty-1", Role.CLINICIAN, "A_AND_E");
    AccessControlledRegister strict = register.withBreakGlassReasons(new BreakGlassReasons(30, 20));
    assertThatThrownBy(() -> strict.breakGlass(duty, sam, "in crisis now"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(BreakGlassReasons.FIELD)
        .hasMessageContaining("30 characters");
    assertThatThrownBy(() -> new BreakGlassReasons(0, 0)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new BreakGlassReasons(5, 6)).isInstanceOf(ValidationException.class);
  }

  @Test
  void
      subject_access_answers_alike_for_a_person_not_on_the_register_and_one_the_caller_may_not_see() {
    referSam();
    List<Actor> mayNotSee =
        List.of(
            Actor.person("priya-login", People.priya().nhsNumber().value()),
            Actor.professional("nurse-9", Role.CLINICIAN, "ELSEWHERE"),
            Actor.professional("panel-9", Role.PANEL_MEMBER, ICB),
            Actor.professional("analyst-1", Role.COMMISSIONER_ANALYST, ICB));
    for (Actor caller : mayNotSee) {
      AccessPurpose purpose =
          caller.role() == Role.PERSON_OR_REPRESENTATIVE
              ? AccessPurpose.SUBJECT_ACCESS
              : AccessPurpose.DIRECT_CARE;
      Throwable onTheRegister =
          catchThrowable(() -> register.subjectAccess(caller, purpose, People.sam().nhsNumber()));
      AuditRecord onTheRegisterRow = lastAudit();
      Throwable notOnIt =
          catchThrowable(() -> register.subjectAccess(caller, purpose, People.david().nhsNumber()));
      AuditRecord notOnItRow = lastAudit();

      assertThat(notOnIt).as("%s", caller.role()).isInstanceOf(AccessDeniedException.class);
      assertThat(onTheRegister).as("%s", caller.role()).isInstanceOf(notOnIt.getClass());
      assertThat(onTheRegister).hasMessage(notOnIt.getMessage());
      assertThat(onTheRegisterRow)
          .usingRecursiveComparison()
          .ignoringFields("at")
          .isEqualTo(notOnItRow);
      assertThat(notOnItRow.access()).isEqualTo(AuditRecord.Access.DENIED);
    }
  }

  @Test
  void subject_access_tells_the_person_themselves_and_the_coordinator_that_there_is_nothing() {
    Actor david = Actor.person("david-login", People.david().nhsNumber().value());
    assertThatThrownBy(
            () ->
                register.subjectAccess(
                    david, AccessPurpose.SUBJECT_ACCESS, People.david().nhsNumber()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> register.subjectAccess(COORDINATOR, ADMIN, People.david().nhsNumber()))
        .isInstanceOf(NotFoundException.class);
    assertThat(audit.all())
        .extracting(AuditRecord::access)
        .containsExactly(AuditRecord.Access.DENIED, AuditRecord.Access.DENIED);
  }
}
