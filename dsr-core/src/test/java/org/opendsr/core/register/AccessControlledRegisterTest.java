package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.ConsentGiven;
import org.opendsr.consent.ParentalConsent;
import org.opendsr.consent.ParentalConsent.ChildsView;
import org.opendsr.consent.Purpose;
import org.opendsr.consent.Withdrawal;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.ValidationException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.BreakGlassReasons;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.InMemoryAuditTrail;
import org.opendsr.core.entry.CaseSummary;
import org.opendsr.core.entry.CloseReason;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.HospitalCode;
import org.opendsr.core.entry.PlannedAction;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.ContactDetails;
import org.opendsr.core.person.PersonName;
import org.opendsr.core.person.Professional;
import org.opendsr.core.reporting.NationalDataOptOut;
import org.opendsr.core.reporting.ReportingPeriod;
import org.opendsr.core.reporting.ThemeCodes;
import org.opendsr.core.store.WorkDue;
import org.opendsr.rating.Rating;

/**
 * Who may call what on the register: every public operation of {@link AccessControlledRegister} for
 * every role, allowed and denied, with every call in the audit trail.
 *
 * <p>The story: Maya (14) is on the register with her mother's consent. CAMHS is involved and Maya
 * and her mother agreed to share with CAMHS. Her school is involved too, but no one has agreed to
 * share with the school. A C(E)TR panel member is on the roster for her planned review.
 */
class AccessControlledRegisterTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final String CAMHS = "CAMHS";
  private static final String SCHOOL = "SCHOOL";
  private static final String MAYA_NHS = People.maya().nhsNumber().value();

  private final Casework desk = Casework.openOn(TODAY);
  private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
  private final AccessControlledRegister register =
      AccessControlledRegister.of(desk.register, audit, desk.clock, id -> Set.of("panel-9"));
  private final EntryId maya;

  AccessControlledRegisterTest() {
    maya =
        desk.refer(
            People.maya(),
            People.bySchoolNurse(TODAY),
            ParentalConsent.withChildsView(
                Purpose.inclusion(), TODAY, "mother-1", ChildsView.AGREES, Casework.COORDINATOR),
            ParentalConsent.withChildsView(
                Purpose.sharingWith(CAMHS), TODAY, "mother-1", ChildsView.AGREES, "c"));
    desk.register.handle(
        new Command.AddProfessional(
            Casework.COORDINATOR,
            maya,
            desk.version(maya),
            new Agency(CAMHS, "Example CAMHS", Agency.Kind.HEALTH),
            professional("nurse-1", CAMHS)));
    desk.register.handle(
        new Command.AddProfessional(
            Casework.COORDINATOR,
            maya,
            desk.version(maya),
            new Agency(SCHOOL, "Example Academy", Agency.Kind.EDUCATION),
            professional("teacher-1", SCHOOL)));
  }

  private static Professional professional(String id, String agency) {
    return new Professional(
        id, PersonName.of("Alex", "Example"), "key worker", agency, ContactDetails.email("a@b.uk"));
  }

  /** The actor for each role whose position lets them reach Maya's entry if their role may. */
  private static Actor insider(Role role) {
    return switch (role) {
      case DSR_COORDINATOR -> Actor.professional(Casework.COORDINATOR, role, "ICB");
      case CLINICIAN, SOCIAL_CARE_PRACTITIONER, EDUCATION_REPRESENTATIVE ->
          Actor.professional("user-" + role.ordinal(), role, CAMHS);
      case PANEL_MEMBER -> Actor.professional("panel-9", role, "ICB");
      case COMMISSIONER_ANALYST, AUDITOR ->
          Actor.professional("user-" + role.ordinal(), role, "ICB");
      case PERSON_OR_REPRESENTATIVE -> Actor.person("maya-login", MAYA_NHS);
    };
  }

  private static AccessPurpose purposeOf(Role role) {
    return switch (role) {
      case DSR_COORDINATOR -> AccessPurpose.REGISTER_ADMINISTRATION;
      case CLINICIAN, SOCIAL_CARE_PRACTITIONER, EDUCATION_REPRESENTATIVE ->
          AccessPurpose.DIRECT_CARE;
      case PANEL_MEMBER -> AccessPurpose.CETR_PANEL;
      case COMMISSIONER_ANALYST -> AccessPurpose.COMMISSIONING;
      case AUDITOR -> AccessPurpose.AUDIT;
      case PERSON_OR_REPRESENTATIVE -> AccessPurpose.SUBJECT_ACCESS;
    };
  }

  /** One real call of the facade for each operation, made by the given actor. */
  private Map<Operation, Consumer<Actor>> calls(AccessPurpose purpose) {
    Map<Operation, Consumer<Actor>> calls = new EnumMap<>(Operation.class);
    calls.put(Operation.VIEW_ENTRY, a -> register.entry(a, purpose, maya));
    calls.put(
        Operation.REFER,
        a ->
            register.handle(
                a,
                purpose,
                new Command.Refer(
                    a.userId(),
                    People.david(),
                    People.byFamily(TODAY),
                    List.of(ConsentGiven.of(Purpose.inclusion(), TODAY, a.userId())))));
    calls.put(
        Operation.CARRY_OVER,
        a ->
            register.handle(
                a,
                purpose,
                new Command.CarryOver(
                    a.userId(),
                    People.jo(),
                    People.byFamily(TODAY),
                    List.of(ConsentGiven.of(Purpose.inclusion(), TODAY, a.userId())),
                    Optional.empty(),
                    CaseSummary.empty())));
    calls.put(
        Operation.RECORD_CONSENT,
        a ->
            register.handle(
                a,
                purpose,
                new Command.RecordConsent(
                    a.userId(),
                    maya,
                    desk.version(maya),
                    ParentalConsent.withChildsView(
                        Purpose.keyworkerReferral(),
                        TODAY,
                        "mother-1",
                        ChildsView.AGREES,
                        a.userId()))));
    calls.put(
        Operation.RECORD_RATING,
        a ->
            register.handle(
                a,
                purpose,
                new Command.RecordRating(
                    a.userId(),
                    maya,
                    desk.version(maya),
                    Ratings.rated(People.maya(), TODAY, Rating.AMBER))));
    calls.put(
        Operation.RECORD_REVIEW,
        a ->
            register.handle(
                a,
                purpose,
                new Command.RecordDsrReview(a.userId(), maya, desk.version(maya), TODAY)));
    calls.put(
        Operation.RECORD_CETR,
        a ->
            register.handle(
                a,
                purpose,
                new Command.PlanCetr(a.userId(), maya, desk.version(maya), TODAY.plusWeeks(2))));
    calls.put(
        Operation.RECORD_ADMISSION,
        a ->
            register.handle(
                a,
                purpose,
                new Command.RecordAdmission(
                    a.userId(), maya, desk.version(maya), TODAY, HospitalCode.of("HOSP1"), false)));
    calls.put(
        Operation.UPDATE_PERSON_DETAILS,
        a ->
            register.handle(
                a,
                purpose,
                new Command.UpdatePersonDetails(
                    a.userId(),
                    maya,
                    desk.version(maya),
                    People.maya().withEducationHealthAndCarePlan(false))));
    calls.put(
        Operation.UPDATE_ACTION_PLAN,
        a ->
            register.handle(
                a,
                purpose,
                new Command.AddAction(
                    a.userId(),
                    maya,
                    desk.version(maya),
                    PlannedAction.of("Short break", "sw-1", CAMHS, TODAY.plusDays(10)))));
    calls.put(
        Operation.CLOSE_ENTRY,
        a ->
            register.handle(
                a,
                purpose,
                new Command.CloseEntry(
                    a.userId(), maya, desk.version(maya), TODAY, CloseReason.NO_LONGER_AT_RISK)));
    calls.put(Operation.VIEW_WORKLIST, a -> register.worklist(a, purpose, TODAY, 30));
    calls.put(
        Operation.VIEW_REPORT,
        a ->
            register.reports(
                a,
                purpose,
                TODAY,
                ReportingPeriod.of(TODAY.minusMonths(1), TODAY),
                NationalDataOptOut.nobody(),
                ThemeCodes.defaults()));
    calls.put(Operation.VIEW_AUDIT, a -> register.auditOfEntry(a, purpose, maya));
    calls.put(
        Operation.EXPORT_SUBJECT_ACCESS,
        a -> register.subjectAccess(a, purpose, People.maya().nhsNumber()));
    return calls;
  }

  /**
   * The other public reads of the facade, each with the operation it is checked as: together with
   * {@link #calls} they cover every public method.
   */
  private Map<String, Map.Entry<Operation, Consumer<Actor>>> otherReads(AccessPurpose purpose) {
    return Map.of(
        "history",
        Map.entry(Operation.VIEW_ENTRY, a -> register.history(a, purpose, maya)),
        "escalatedSince",
        Map.entry(Operation.VIEW_WORKLIST, a -> register.escalatedSince(a, purpose, TODAY)),
        "auditOfActor",
        Map.entry(Operation.VIEW_AUDIT, a -> register.auditOfActor(a, purpose, "nurse-1")),
        "audit",
        Map.entry(Operation.VIEW_AUDIT, a -> register.audit(a, purpose)));
  }

  @Test
  void every_other_public_read_is_allowed_for_exactly_the_roles_whose_operation_covers_it() {
    for (Role role : Role.values()) {
      for (Map.Entry<String, Map.Entry<Operation, Consumer<Actor>>> read :
          otherReads(purposeOf(role)).entrySet()) {
        AccessControlledRegisterTest fresh = new AccessControlledRegisterTest();
        Operation op = read.getValue().getKey();
        boolean allowed =
            succeeds(
                fresh.otherReads(purposeOf(role)).get(read.getKey()).getValue(), insider(role));
        assertThat(allowed).as("%s by %s", read.getKey(), role).isEqualTo(role.allows(op));
        assertThat(fresh.audit.byActor(insider(role).userId()))
            .last()
            .extracting(AuditRecord::operation)
            .isEqualTo(op);
      }
    }
  }

  @Test
  void break_glass_is_open_to_clinicians_and_social_care_only() {
    for (Role role : Role.values()) {
      AccessControlledRegisterTest fresh = new AccessControlledRegisterTest();
      Actor outsider =
          role == Role.PERSON_OR_REPRESENTATIVE
              ? Actor.person("p-x", "someone-else")
              : Actor.professional("bg-" + role, role, "ELSEWHERE");
      boolean allowed =
          succeeds(
              a -> fresh.register.breakGlass(a, fresh.maya, "emergency: in crisis at A&E"),
              outsider);
      assertThat(allowed).as("break-glass by %s", role).isEqualTo(role.mayBreakGlass());
    }
  }

  private static boolean succeeds(Consumer<Actor> call, Actor actor) {
    try {
      call.accept(actor);
      return true;
    } catch (AccessDeniedException denied) {
      return false;
    }
  }

  @Test
  void every_operation_is_allowed_for_exactly_the_roles_that_may_perform_it() {
    for (Operation op : Operation.values()) {
      for (Role role : Role.values()) {
        AccessControlledRegisterTest fresh = new AccessControlledRegisterTest();
        Actor actor = insider(role);
        boolean allowed = succeeds(fresh.calls(purposeOf(role)).get(op), actor);
        assertThat(allowed).as("%s by %s", op, role).isEqualTo(role.allows(op));
        AuditRecord last = fresh.audit.all().get(fresh.audit.all().size() - 1);
        assertThat(last.userId()).isEqualTo(actor.userId());
        assertThat(last.operation()).isEqualTo(op);
        assertThat(last.access())
            .isEqualTo(allowed ? AuditRecord.Access.ALLOWED : AuditRecord.Access.DENIED);
      }
    }
  }

  @Test
  void an_involved_agency_without_consent_to_share_is_denied_every_entry_operation() {
    for (Role role :
        List.of(Role.CLINICIAN, Role.SOCIAL_CARE_PRACTITIONER, Role.EDUCATION_REPRESENTATIVE)) {
      Actor teacher = Actor.professional("teacher-1", role, SCHOOL);
      for (Operation op : Operation.values()) {
        if (!op.isOnAnEntry() || !role.allows(op)) {
          continue;
        }
        AccessControlledRegisterTest fresh = new AccessControlledRegisterTest();
        Entry before = fresh.desk.entry(fresh.maya);
        assertThat(succeeds(fresh.calls(AccessPurpose.DIRECT_CARE).get(op), teacher))
            .as("%s by %s at the school", op, role)
            .isFalse();
        assertThat(fresh.desk.entry(fresh.maya)).isEqualTo(before);
        assertThat(fresh.audit.byActor("teacher-1"))
            .last()
            .extracting(AuditRecord::access, AuditRecord::detail)
            .containsExactly(
                AuditRecord.Access.DENIED,
                "sharing with agency " + SCHOOL + " has no permitted basis on this date");
      }
    }
  }

  @Test
  void an_agency_whose_sharing_consent_was_withdrawn_loses_access_from_that_day() {
    Actor nurse = Actor.professional("nurse-1", Role.CLINICIAN, CAMHS);
    assertThat(register.entry(nurse, AccessPurpose.DIRECT_CARE, maya).id()).isEqualTo(maya);
    assertThat(register.worklist(nurse, AccessPurpose.DIRECT_CARE, TODAY, 30).items()).isNotEmpty();

    desk.today(TODAY.plusDays(3));
    desk.record(
        maya, Withdrawal.of(Purpose.sharingWith(CAMHS), TODAY.plusDays(3), "mother-1", "c"));

    assertThatThrownBy(() -> register.entry(nurse, AccessPurpose.DIRECT_CARE, maya))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("no permitted basis");
    assertThat(register.worklist(nurse, AccessPurpose.DIRECT_CARE, TODAY, 30).items()).isEmpty();
    assertThat(audit.byActor("nurse-1"))
        .extracting(AuditRecord::access)
        .containsExactly(
            AuditRecord.Access.ALLOWED,
            AuditRecord.Access.ALLOWED,
            AuditRecord.Access.DENIED,
            AuditRecord.Access.ALLOWED);
  }

  @Test
  void a_page_of_the_worklist_shows_only_entries_the_agency_may_see_each_audited_as_viewed() {
    Actor nurse = Actor.professional("nurse-1", Role.CLINICIAN, CAMHS);
    Actor stranger = Actor.professional("sw-9", Role.SOCIAL_CARE_PRACTITIONER, "ELSEWHERE");
    LocalDate by = TODAY.plusDays(365);

    DuePage nurses =
        register.worklistPage(
            nurse, AccessPurpose.DIRECT_CARE, WorkDue.ANY, by, Optional.empty(), 20, e -> true);
    DuePage strangers =
        register.worklistPage(
            stranger, AccessPurpose.DIRECT_CARE, WorkDue.ANY, by, Optional.empty(), 20, e -> true);

    assertThat(nurses.entries()).extracting(Entry::id).containsExactly(maya);
    assertThat(nurses.next()).isEmpty();
    assertThat(strangers.entries()).isEmpty();
    assertThat(audit.byActor("nurse-1"))
        .extracting(AuditRecord::operation, r -> r.entryId().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Operation.VIEW_WORKLIST, ""),
            org.assertj.core.groups.Tuple.tuple(Operation.VIEW_ENTRY, maya.value()));
    assertThatThrownBy(
            () ->
                register.worklistPage(
                    Actor.professional("analyst-1", Role.COMMISSIONER_ANALYST, "ICB"),
                    AccessPurpose.DIRECT_CARE,
                    WorkDue.ANY,
                    by,
                    Optional.empty(),
                    20,
                    e -> true))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void an_agency_not_involved_at_all_is_denied() {
    Actor stranger = Actor.professional("sw-9", Role.SOCIAL_CARE_PRACTITIONER, "ELSEWHERE");
    assertThatThrownBy(() -> register.history(stranger, AccessPurpose.DIRECT_CARE, maya))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("not involved");
  }

  @Test
  void break_glass_lets_a_clinician_read_with_a_reason_and_is_flagged() {
    Actor duty = Actor.professional("duty-1", Role.CLINICIAN, "A_AND_E");
    Entry seen = register.breakGlass(duty, maya, "attending A&E at night, in crisis");
    assertThat(seen.id()).isEqualTo(maya);
    assertThat(audit.forEntry(maya.value()))
        .last()
        .satisfies(
            r -> {
              assertThat(r.breakGlass()).isTrue();
              assertThat(r.purpose()).isEqualTo(AccessPurpose.BREAK_GLASS);
            });
    assertThatThrownBy(() -> register.breakGlass(duty, maya, " "))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(BreakGlassReasons.FIELD);
  }

  @Test
  void a_command_carrying_someone_elses_actor_id_is_denied_and_audited() {
    Actor nurse = Actor.professional("nurse-1", Role.CLINICIAN, CAMHS);
    assertThatThrownBy(
            () ->
                register.handle(
                    nurse,
                    AccessPurpose.DIRECT_CARE,
                    new Command.RecordDsrReview("someone-else", maya, desk.version(maya), TODAY)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(audit.byActor("nurse-1"))
        .last()
        .extracting(AuditRecord::access)
        .isEqualTo(AuditRecord.Access.DENIED);
  }

  @Test
  void an_unknown_entry_is_not_found_and_the_attempt_is_audited() {
    Actor coordinator = insider(Role.DSR_COORDINATOR);
    EntryId nobody = EntryId.of("E-999999");
    assertThatThrownBy(
            () -> register.entry(coordinator, AccessPurpose.REGISTER_ADMINISTRATION, nobody))
        .isInstanceOf(NotFoundException.class);
    assertThat(audit.forEntry("E-999999"))
        .singleElement()
        .extracting(AuditRecord::access)
        .isEqualTo(AuditRecord.Access.DENIED);
  }

  @Test
  void the_person_gets_everything_held_about_them_and_nobody_else_does() {
    Actor mayaHerself = Actor.person("maya-login", MAYA_NHS);
    SubjectAccessExport export =
        register.subjectAccess(
            mayaHerself, AccessPurpose.SUBJECT_ACCESS, People.maya().nhsNumber());
    String text = export.toText();
    assertThat(text)
        .contains("Maya Okafor")
        .contains("943 476 5919")
        .contains("2011-09-14")
        .contains("12 Mill Lane")
        .contains("Example CAMHS")
        .contains("History of changes")
        .contains("referral received");
    assertThat(export.toString()).doesNotContain("Maya").doesNotContain("5919");

    Actor someoneElse = Actor.person("david-login", People.david().nhsNumber().value());
    assertThatThrownBy(
            () ->
                register.subjectAccess(
                    someoneElse, AccessPurpose.SUBJECT_ACCESS, People.maya().nhsNumber()))
        .isInstanceOf(AccessDeniedException.class);
    // Maya may not see David's record, so she is not told whether he is on the register.
    assertThatThrownBy(
            () ->
                register.subjectAccess(
                    mayaHerself, AccessPurpose.SUBJECT_ACCESS, People.david().nhsNumber()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void every_denied_call_appears_in_the_audit_trail() {
    List<Actor> outsiders = new ArrayList<>();
    for (Role role : Role.values()) {
      outsiders.add(
          role == Role.PERSON_OR_REPRESENTATIVE
              ? Actor.person("x-" + role, "someone-else")
              : Actor.professional("x-" + role, role, "ELSEWHERE"));
    }
    int denied = 0;
    for (Actor outsider : outsiders) {
      for (Operation op : Operation.values()) {
        AccessControlledRegisterTest fresh = new AccessControlledRegisterTest();
        boolean ok = succeeds(fresh.calls(purposeOf(outsider.role())).get(op), outsider);
        List<AuditRecord> mine = fresh.audit.byActor(outsider.userId());
        assertThat(mine).as("audit of %s by %s", op, outsider.role()).isNotEmpty();
        assertThat(mine)
            .last()
            .extracting(AuditRecord::access)
            .isEqualTo(ok ? AuditRecord.Access.ALLOWED : AuditRecord.Access.DENIED);
        if (!ok) {
          denied++;
          assertThat(
                  fresh.audit.all().stream().filter(r -> r.access() == AuditRecord.Access.DENIED))
              .hasSize(1);
        }
      }
    }
    assertThat(denied).isGreaterThan(50);
  }

  @Test
  void audit_details_carry_identifiers_only() {
    Actor nurse = Actor.professional("nurse-1", Role.CLINICIAN, CAMHS);
    register.entry(nurse, AccessPurpose.DIRECT_CARE, maya);
    Actor teacher = Actor.professional("teacher-1", Role.EDUCATION_REPRESENTATIVE, SCHOOL);
    assertThatThrownBy(() -> register.entry(teacher, AccessPurpose.DIRECT_CARE, maya))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(audit.all())
        .allSatisfy(
            r ->
                assertThat(r.toString() + r.detail())
                    .doesNotContain("Maya")
                    .doesNotContain("Okafor")
                    .doesNotContain("5919")
                    .doesNotContain("2011-09-14"));
    assertThat(Optional.of(register.factsOf(desk.entry(maya))).get().involvedAgencies())
        .containsExactlyInAnyOrder(CAMHS, SCHOOL);
  }
}
