package org.opendsr.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendsr.core.ValidationException;

class AccessPolicyTest {

  private static final String CAMHS = "CAMHS";
  private static final String SCHOOL = "SCHOOL";
  private static final String COUNCIL = "COUNCIL";

  /** Sam's entry: CAMHS and the school are involved; Sam agreed to share with CAMHS only. */
  private static final EntryAccessFacts SAMS_ENTRY =
      new EntryAccessFacts("person-sam", Set.of(CAMHS, SCHOOL), Set.of(CAMHS), Set.of("panel-1"));

  private static Actor actorFor(Role role) {
    return switch (role) {
      case PERSON_OR_REPRESENTATIVE -> Actor.person("sam-login", "person-sam");
      case PANEL_MEMBER -> Actor.professional("panel-1", role, "ICB");
      case DSR_COORDINATOR, COMMISSIONER_ANALYST, AUDITOR -> Actor.professional("u", role, "ICB");
      case CLINICIAN, SOCIAL_CARE_PRACTITIONER, EDUCATION_REPRESENTATIVE ->
          Actor.professional("u", role, CAMHS);
    };
  }

  private static AccessPurpose usualPurpose(Role role) {
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

  private static AccessDecision decide(Role role, Operation op) {
    return AccessPolicy.decide(
        actorFor(role), op, usualPurpose(role), Optional.of(SAMS_ENTRY), Optional.empty());
  }

  @Test
  void every_role_is_granted_exactly_the_operations_of_its_role_on_an_entry_it_may_see() {
    for (Role role : Role.values()) {
      for (Operation op : Operation.values()) {
        assertThat(decide(role, op).granted()).as("%s %s", role, op).isEqualTo(role.allows(op));
      }
    }
  }

  @Test
  void the_coordinator_may_do_everything() {
    assertThat(EnumSet.allOf(Operation.class))
        .allMatch(op -> decide(Role.DSR_COORDINATOR, op).granted());
  }

  @Test
  void an_analyst_sees_aggregates_only_and_never_an_entry() {
    assertThat(decide(Role.COMMISSIONER_ANALYST, Operation.VIEW_REPORT).granted()).isTrue();
    assertThat(decide(Role.COMMISSIONER_ANALYST, Operation.VIEW_ENTRY).granted()).isFalse();
    assertThat(decide(Role.COMMISSIONER_ANALYST, Operation.EXPORT_SUBJECT_ACCESS).granted())
        .isFalse();
  }

  @Test
  void an_auditor_sees_the_audit_trail_only() {
    assertThat(EnumSet.allOf(Operation.class))
        .filteredOn(op -> decide(Role.AUDITOR, op).granted())
        .containsExactly(Operation.VIEW_AUDIT);
  }

  @Test
  void a_practitioner_whose_agency_is_involved_and_sharing_permitted_sees_the_entry() {
    Actor nurse = Actor.professional("nurse", Role.CLINICIAN, CAMHS);
    assertThat(AccessPolicy.maySee(nurse, SAMS_ENTRY)).isTrue();
  }

  @Test
  void an_involved_agency_without_consent_to_share_is_denied() {
    Actor teacher = Actor.professional("teacher", Role.EDUCATION_REPRESENTATIVE, SCHOOL);
    AccessDecision d =
        AccessPolicy.decide(
            teacher, Operation.VIEW_ENTRY, AccessPurpose.DIRECT_CARE, Optional.of(SAMS_ENTRY));
    assertThat(d).isInstanceOf(AccessDecision.Denied.class);
    assertThat(d.reason()).contains("no permitted basis");
  }

  @Test
  void an_agency_whose_sharing_consent_was_withdrawn_is_denied_from_that_moment() {
    Actor nurse = Actor.professional("nurse", Role.CLINICIAN, CAMHS);
    EntryAccessFacts afterWithdrawal =
        new EntryAccessFacts("person-sam", Set.of(CAMHS, SCHOOL), Set.of(), Set.of());
    assertThat(AccessPolicy.maySee(nurse, SAMS_ENTRY)).isTrue();
    assertThat(AccessPolicy.maySee(nurse, afterWithdrawal)).isFalse();
    assertThat(
            AccessPolicy.decide(
                    nurse,
                    Operation.RECORD_RATING,
                    AccessPurpose.DIRECT_CARE,
                    Optional.of(afterWithdrawal))
                .granted())
        .isFalse();
  }

  @Test
  void an_agency_not_involved_is_denied_even_with_consent_elsewhere() {
    Actor socialWorker = Actor.professional("sw", Role.SOCIAL_CARE_PRACTITIONER, COUNCIL);
    AccessDecision d =
        AccessPolicy.decide(
            socialWorker, Operation.VIEW_ENTRY, AccessPurpose.DIRECT_CARE, Optional.of(SAMS_ENTRY));
    assertThat(d.granted()).isFalse();
    assertThat(d.reason()).contains("not involved");
  }

  @Test
  void the_person_sees_their_own_record_and_no_one_elses() {
    assertThat(AccessPolicy.maySee(Actor.person("sam-login", "person-sam"), SAMS_ENTRY)).isTrue();
    assertThat(AccessPolicy.maySee(Actor.person("alex-login", "person-alex"), SAMS_ENTRY))
        .isFalse();
  }

  @Test
  void a_panel_member_sees_only_entries_whose_panel_they_sit_on() {
    Actor onPanel = Actor.professional("panel-1", Role.PANEL_MEMBER, "ICB");
    Actor notOnPanel = Actor.professional("panel-2", Role.PANEL_MEMBER, "ICB");
    assertThat(AccessPolicy.maySee(onPanel, SAMS_ENTRY)).isTrue();
    assertThat(AccessPolicy.maySee(notOnPanel, SAMS_ENTRY)).isFalse();
  }

  @Test
  void a_purpose_the_role_may_not_claim_is_denied() {
    Actor nurse = Actor.professional("nurse", Role.CLINICIAN, CAMHS);
    AccessDecision d =
        AccessPolicy.decide(
            nurse, Operation.VIEW_ENTRY, AccessPurpose.COMMISSIONING, Optional.of(SAMS_ENTRY));
    assertThat(d.granted()).isFalse();
    assertThat(d.reason()).contains("purpose");
  }

  @Test
  void an_operation_on_an_entry_without_an_entry_is_denied() {
    Actor nurse = Actor.professional("nurse", Role.CLINICIAN, CAMHS);
    assertThat(
            AccessPolicy.decide(
                    nurse, Operation.VIEW_ENTRY, AccessPurpose.DIRECT_CARE, Optional.empty())
                .granted())
        .isFalse();
  }

  @Test
  void break_glass_reads_with_a_reason_and_is_flagged() {
    Actor duty = Actor.professional("duty", Role.CLINICIAN, COUNCIL);
    AccessDecision d =
        AccessPolicy.decide(
            duty,
            Operation.VIEW_ENTRY,
            AccessPurpose.BREAK_GLASS,
            Optional.of(SAMS_ENTRY),
            Optional.of("attending A&E out of hours"));
    assertThat(d).isEqualTo(new AccessDecision.Granted("break-glass with a recorded reason", true));
  }

  @Test
  void break_glass_without_a_reason_or_to_write_or_by_an_analyst_is_denied() {
    Actor duty = Actor.professional("duty", Role.CLINICIAN, COUNCIL);
    Optional<EntryAccessFacts> entry = Optional.of(SAMS_ENTRY);
    assertThat(
            AccessPolicy.decide(
                    duty, Operation.VIEW_ENTRY, AccessPurpose.BREAK_GLASS, entry, Optional.of(" "))
                .reason())
        .contains("needs a reason");
    assertThat(
            AccessPolicy.decide(
                    duty,
                    Operation.RECORD_RATING,
                    AccessPurpose.BREAK_GLASS,
                    entry,
                    Optional.of("urgent"))
                .granted())
        .isFalse();
    Actor teacher = Actor.professional("t", Role.EDUCATION_REPRESENTATIVE, SCHOOL);
    assertThat(
            AccessPolicy.decide(
                    teacher,
                    Operation.VIEW_ENTRY,
                    AccessPurpose.BREAK_GLASS,
                    entry,
                    Optional.of("urgent"))
                .granted())
        .isFalse();
  }

  @Test
  void break_glass_is_refused_for_roles_that_may_not_break_the_glass() {
    Actor panel = Actor.professional("panel-9", Role.PANEL_MEMBER, "ICB");
    assertThat(Role.PANEL_MEMBER.mayBreakGlass()).isFalse();
    assertThat(
            AccessPolicy.decide(
                    panel,
                    Operation.VIEW_ENTRY,
                    AccessPurpose.CETR_PANEL,
                    Optional.of(SAMS_ENTRY),
                    Optional.of("x"))
                .granted())
        .isFalse();
  }

  @Test
  void nothing_is_granted_to_a_role_for_an_operation_outside_it_whatever_the_purpose() {
    // The whole space is small (roles x operations x purposes), so check all of it.
    for (Role role : Role.values()) {
      for (Operation op : Operation.values()) {
        for (AccessPurpose purpose : AccessPurpose.values()) {
          boolean granted =
              AccessPolicy.decide(
                      actorFor(role), op, purpose, Optional.of(SAMS_ENTRY), Optional.of("reason"))
                  .granted();
          if (!role.allows(op)) {
            assertThat(granted).as("%s %s %s", role, op, purpose).isFalse();
          }
        }
      }
    }
  }

  @Test
  void actors_need_an_agency_or_a_person_key() {
    assertThatThrownBy(() -> new Actor("u", Role.CLINICIAN, Optional.empty(), Optional.empty()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("actor.agencyId");
    assertThatThrownBy(
            () -> new Actor("u", Role.PERSON_OR_REPRESENTATIVE, Optional.empty(), Optional.empty()))
        .hasMessageContaining("actor.personKey");
    assertThatThrownBy(() -> Actor.professional(" ", Role.AUDITOR, "ICB"))
        .hasMessageContaining("actor.userId");
  }

  @Test
  void reads_do_not_write_and_writes_do() {
    assertThat(Operation.VIEW_ENTRY.writes()).isFalse();
    assertThat(Operation.RECORD_RATING.writes()).isTrue();
  }
}
