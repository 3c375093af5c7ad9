package org.opendsr.core.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user does in the register, which bounds what they may do (the agencies that take part, BSW
 * ICB DSR page). Roles say what kind of operation is possible; whether a particular entry may be
 * seen also depends on the agency's involvement and the person's consent to share ({@link
 * AccessPolicy}).
 */
public enum Role {
  /** The ICB's DSR coordinator: keeps the whole register, worklists and reports. */
  DSR_COORDINATOR(EnumSet.allOf(Operation.class), true),
  /** A clinician in an involved agency: rates, records consent and capacity, reviews. */
  CLINICIAN(
      EnumSet.of(
          Operation.VIEW_ENTRY,
          Operation.REFER,
          Operation.RECORD_CONSENT,
          Operation.RECORD_RATING,
          Operation.RECORD_REVIEW,
          Operation.RECORD_CETR,
          Operation.RECORD_ADMISSION,
          Operation.UPDATE_PERSON_DETAILS,
          Operation.UPDATE_ACTION_PLAN,
          Operation.VIEW_WORKLIST),
      false),
  /** A social care practitioner in an involved agency. */
  SOCIAL_CARE_PRACTITIONER(
      EnumSet.of(
          Operation.VIEW_ENTRY,
          Operation.REFER,
          Operation.RECORD_CONSENT,
          Operation.RECORD_REVIEW,
          Operation.UPDATE_PERSON_DETAILS,
          Operation.UPDATE_ACTION_PLAN,
          Operation.VIEW_WORKLIST),
      false),
  /** A school, college or council education representative in an involved agency. */
  EDUCATION_REPRESENTATIVE(
      EnumSet.of(
          Operation.VIEW_ENTRY,
          Operation.REFER,
          Operation.UPDATE_PERSON_DETAILS,
          Operation.UPDATE_ACTION_PLAN,
          Operation.VIEW_WORKLIST),
      false),
  /** A C(E)TR panel member (chair, independent clinical expert, expert by experience). */
  PANEL_MEMBER(EnumSet.of(Operation.VIEW_ENTRY, Operation.RECORD_CETR), false),
  /** A commissioner or analyst: suppressed aggregate reports only, never a person's entry. */
  COMMISSIONER_ANALYST(EnumSet.of(Operation.VIEW_REPORT), true),
  /** An auditor: the audit trail only. */
  AUDITOR(EnumSet.of(Operation.VIEW_AUDIT), true),
  /** The person on the register, or their representative: their own record only. */
  PERSON_OR_REPRESENTATIVE(
      EnumSet.of(Operation.VIEW_ENTRY, Operation.EXPORT_SUBJECT_ACCESS, Operation.RECORD_CONSENT),
      false);

  private final Set<Operation> operations;
  private final boolean registerWide;

  Role(Set<Operation> operations, boolean registerWide) {
    this.operations = Set.copyOf(operations);
    this.registerWide = registerWide;
  }

  /**
   * Whether the role may ever perform the operation.
   *
   * @param operation the operation
   * @return true if the operation is within the role
   */
  public boolean allows(Operation operation) {
    return operations.contains(operation);
  }

  /**
   * Whether the role works across the whole register rather than on entries its agency is involved
   * in (coordinator; analysts and auditors, whose operations touch no single entry).
   *
   * @return true for register-wide roles
   */
  public boolean isRegisterWide() {
    return registerWide;
  }

  /**
   * Whether the role may use break-glass access to an entry it would otherwise not see: clinical
   * and social care roles acting in an emergency, never analysts, auditors or panel members.
   *
   * @return true for clinicians and social care practitioners
   */
  public boolean mayBreakGlass() {
    return this == CLINICIAN || this == SOCIAL_CARE_PRACTITIONER;
  }
}
