/**
 * The facade: {@link org.opendsr.core.register.DynamicSupportRegister} takes {@link
 * org.opendsr.core.register.Command}s, checks each (entry exists, expected version, the {@link
 * org.opendsr.core.register.CommandGate}, consent, invariants), records the resulting events
 * through the {@link org.opendsr.core.store.RegisterStore} port and returns a {@link
 * org.opendsr.core.register.CommandResult}. Views (current, "as of a date", worklists) are derived
 * by replaying events. {@link org.opendsr.core.register.AccessControlledRegister} is the register
 * as users reach it: every call decided by the access policy and written to the audit trail.
 *
 * <p>Behind the facade, each use case has one package-private handler that decides its commands
 * into events: referral and carry-over ({@code ReferralHandler}); the entry's record, that is
 * person details, consent, first contact, case summary, professionals, actions, tasks and closing
 * ({@code EntryRecordHandler}); ratings and reviews ({@code RatingHandler}); C(E)TRs ({@code
 * CetrHandler}); inpatient stays ({@code InpatientHandler}). {@code CommandRoutes} gives every kind
 * of command its handler and its {@link org.opendsr.core.access.Operation}, and {@code
 * EntryProjection} gives every kind of event its change to the entry; both tables are checked
 * against their sealed families when they load, so a new command or event without a row fails at
 * start-up and in the tests, never on a person's record. A handler collects the rules a command
 * breaks in {@code Violations} and throws them all as one {@link
 * org.opendsr.core.ValidationException}; the wording of every task the register opens is in {@code
 * TaskWording}.
 */
package org.opendsr.core.register;
