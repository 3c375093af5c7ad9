package org.opendsr.core.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what, as one pure function. Deny by default: a call is granted only when
 *
 * <ol>
 *   <li>the actor's {@link Role} allows the {@link Operation};
 *   <li>the stated {@link AccessPurpose} is one the role may act for; and
 *   <li>for an operation on an entry: the actor is register-wide (the coordinator), or is the
 *       person themselves, or sits on the entry's C(E)TR panel (panel members), or acts for an
 *       agency that is <em>both</em> involved in the entry <em>and</em> has a permitted basis for
 *       sharing (the person's consent to share with that agency, or a best-interests decision).
 * </ol>
 *
 * <p>Break-glass: a clinician or social care practitioner who would otherwise be denied may read an
 * entry with purpose {@link AccessPurpose#BREAK_GLASS} and a reason; the grant is flagged so the
 * audit trail shows it for review. Break-glass never allows a write.
 */
public final class AccessPolicy {

  private static final Map<Role, Set<AccessPurpose>> PURPOSES =
      Map.of(
          Role.DSR_COORDINATOR,
          EnumSet.of(
              AccessPurpose.DIRECT_CARE,
              AccessPurpose.REGISTER_ADMINISTRATION,
              AccessPurpose.CETR_PANEL,
              AccessPurpose.COMMISSIONING),
          Role.CLINICIAN,
          EnumSet.of(AccessPurpose.DIRECT_CARE, AccessPurpose.BREAK_GLASS),
          Role.SOCIAL_CARE_PRACTITIONER,
          EnumSet.of(AccessPurpose.DIRECT_CARE, AccessPurpose.BREAK_GLASS),
          Role.EDUCATION_REPRESENTATIVE,
          EnumSet.of(AccessPurpose.DIRECT_CARE),
          Role.PANEL_MEMBER,
          EnumSet.of(AccessPurpose.CETR_PANEL),
          Role.COMMISSIONER_ANALYST,
          EnumSet.of(AccessPurpose.COMMISSIONING),
          Role.AUDITOR,
          EnumSet.of(AccessPurpose.AUDIT),
          Role.PERSON_OR_REPRESENTATIVE,
          EnumSet.of(AccessPurpose.SUBJECT_ACCESS));

  private AccessPolicy() {}

  /**
   * Decides one call.
   *
   * @param actor who is calling
   * @param operation what they ask to do
   * @param purpose why
   * @param entry facts about the entry, for operations on an entry
   * @param breakGlassReason the reason given for break-glass access, if any
   * @return granted or denied, with the rule
   */
  public static AccessDecision decide(
      Actor actor,
      Operation operation,
      AccessPurpose purpose,
      Optional<EntryAccessFacts> entry,
      Optional<String> breakGlassReason) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(breakGlassReason, "breakGlassReason");
    Role role = actor.role();
    if (!role.allows(operation)) {
      return new AccessDecision.Denied("role " + role + " may not " + operation);
    }
    if (!PURPOSES.get(role).contains(purpose)) {
      return new AccessDecision.Denied("role " + role + " may not act for purpose " + purpose);
    }
    if (purpose == AccessPurpose.BREAK_GLASS) {
      return breakGlass(actor, operation, breakGlassReason);
    }
    if (!operation.isOnAnEntry()) {
      return new AccessDecision.Granted("role " + role + " may " + operation, false);
    }
    if (entry.isEmpty()) {
      return new AccessDecision.Denied("no entry was named for " + operation);
    }
    return entryRule(actor, entry.get());
  }

  /**
   * Decides a call that needs no break-glass: the usual form.
   *
   * @param actor who is calling
   * @param operation what they ask to do
   * @param purpose why
   * @param entry facts about the entry, if the operation is on one
   * @return granted or denied
   */
  public static AccessDecision decide(
      Actor actor, Operation operation, AccessPurpose purpose, Optional<EntryAccessFacts> entry) {
    return decide(actor, operation, purpose, entry, Optional.empty());
  }

  /**
   * Whether the actor may see the entry at all, for filtering lists such as worklists.
   *
   * @param actor who is looking
   * @param entry the entry's facts
   * @return true if {@link Operation#VIEW_ENTRY} would be granted without break-glass
   */
  public static boolean maySee(Actor actor, EntryAccessFacts entry) {
    return actor.role().allows(Operation.VIEW_ENTRY) && entryRule(actor, entry).granted();
  }

  private static AccessDecision breakGlass(
      Actor actor, Operation operation, Optional<String> reason) {
    if (!actor.role().mayBreakGlass()) {
      return new AccessDecision.Denied("role " + actor.role() + " may not break the glass");
    }
    if (operation != Operation.VIEW_ENTRY) {
      return new AccessDecision.Denied("break-glass allows reading an entry only");
    }
    if (reason.map(String::isBlank).orElse(true)) {
      return new AccessDecision.Denied("break-glass needs a reason");
    }
    return new AccessDecision.Granted("break-glass with a recorded reason", true);
  }

  private static AccessDecision entryRule(Actor actor, EntryAccessFacts entry) {
    Role role = actor.role();
    if (role.isRegisterWide()) {
      return new AccessDecision.Granted("role " + role + " keeps the whole register", false);
    }
    if (role == Role.PERSON_OR_REPRESENTATIVE) {
      return actor.personKey().filter(entry.personKey()::equals).isPresent()
          ? new AccessDecision.Granted("the person's own record", false)
          : new AccessDecision.Denied("not the person's own record");
    }
    if (role == Role.PANEL_MEMBER) {
      return entry.panelMembers().contains(actor.userId())
          ? new AccessDecision.Granted("member of this entry's C(E)TR panel", false)
          : new AccessDecision.Denied("not on a C(E)TR panel for this entry");
    }
    String agency = actor.agencyId().orElseThrow();
    if (!entry.involvedAgencies().contains(agency)) {
      return new AccessDecision.Denied("agency " + agency + " is not involved in this entry");
    }
    if (!entry.sharingPermittedAgencies().contains(agency)) {
      return new AccessDecision.Denied(
          "sharing with agency " + agency + " has no permitted basis on this date");
    }
    return new AccessDecision.Granted(
        "agency " + agency + " is involved and sharing is permitted", false);
  }
}
