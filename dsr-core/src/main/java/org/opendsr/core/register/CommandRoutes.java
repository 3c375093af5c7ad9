package org.opendsr.core.register;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.opendsr.core.access.Operation;

/**
 * Every kind of command, with the {@link Operation} it performs (for access rules and the audit
 * trail) and the use case that decides it: one row each, so a command's route is read in one place.
 * The table is checked against the sealed {@link Command} family when the class loads: a command
 * without a row stops the register from starting, never a call at run time.
 */
final class CommandRoutes {

  /** Decides one kind of command into the changes of its entry. */
  @FunctionalInterface
  interface Decider<C extends Command> {
    void decide(UseCases cases, C command, Changes changes, LocalDate today);
  }

  private record Route<C extends Command>(Class<C> type, Operation operation, Decider<C> decider) {
    void decide(UseCases cases, Command command, Changes changes, LocalDate today) {
      decider.decide(cases, type.cast(command), changes, today);
    }
  }

  private static final Map<Class<?>, Route<?>> ROUTES =
      table(
          route(
              Command.Refer.class,
              Operation.REFER,
              (u, c, changes, today) -> u.referrals().refer(c, changes, today)),
          route(
              Command.CarryOver.class,
              Operation.CARRY_OVER,
              (u, c, changes, today) -> u.referrals().carryOver(c, changes, today)),
          route(
              Command.UpdatePersonDetails.class,
              Operation.UPDATE_PERSON_DETAILS,
              (u, c, changes, today) -> u.record().updatePersonDetails(c, changes, today)),
          route(
              Command.RecordConsent.class,
              Operation.RECORD_CONSENT,
              (u, c, changes, today) -> u.record().recordConsent(c, changes, today)),
          route(
              Command.RecordFirstContact.class,
              Operation.UPDATE_ACTION_PLAN,
              (u, c, changes, today) -> u.record().recordFirstContact(c, changes, today)),
          route(
              Command.UpdateCaseSummary.class,
              Operation.UPDATE_ACTION_PLAN,
              (u, c, changes, today) -> u.record().updateCaseSummary(c, changes, today)),
          route(
              Command.AddProfessional.class,
              Operation.UPDATE_ACTION_PLAN,
              (u, c, changes, today) -> u.record().addProfessional(c, changes, today)),
          route(
              Command.AddAction.class,
              Operation.UPDATE_ACTION_PLAN,
              (u, c, changes, today) -> u.record().addAction(c, changes, today)),
          route(
              Command.UpdateActionStatus.class,
              Operation.UPDATE_ACTION_PLAN,
              (u, c, changes, today) -> u.record().updateActionStatus(c, changes, today)),
          route(
              Command.CompleteTask.class,
              Operation.UPDATE_ACTION_PLAN,
              (u, c, changes, today) -> u.record().completeTask(c, changes, today)),
          route(
              Command.CloseEntry.class,
              Operation.CLOSE_ENTRY,
              (u, c, changes, today) -> u.record().closeEntry(c, changes, today)),
          route(
              Command.RecordRating.class,
              Operation.RECORD_RATING,
              (u, c, changes, today) -> u.ratings().recordRating(c, changes, today)),
          route(
              Command.RecordDsrReview.class,
              Operation.RECORD_REVIEW,
              (u, c, changes, today) -> u.ratings().recordDsrReview(c, changes, today)),
          route(
              Command.PlanCetr.class,
              Operation.RECORD_CETR,
              (u, c, changes, today) -> u.cetrs().planCetr(c, changes, today)),
          route(
              Command.HoldCetr.class,
              Operation.RECORD_CETR,
              (u, c, changes, today) -> u.cetrs().holdCetr(c, changes, today)),
          route(
              Command.RecordCetrRefused.class,
              Operation.RECORD_CETR,
              (u, c, changes, today) -> u.cetrs().recordCetrRefused(c, changes, today)),
          route(
              Command.RecordAdmission.class,
              Operation.RECORD_ADMISSION,
              (u, c, changes, today) -> u.stays().recordAdmission(c, changes, today)),
          route(
              Command.RecordStayWithoutAdmissionDate.class,
              Operation.RECORD_ADMISSION,
              (u, c, changes, today) ->
                  u.stays().recordStayWithoutAdmissionDate(c, changes, today)),
          route(
              Command.RecordHospitalMove.class,
              Operation.RECORD_ADMISSION,
              (u, c, changes, today) -> u.stays().recordHospitalMove(c, changes, today)),
          route(
              Command.RecordDischarge.class,
              Operation.RECORD_ADMISSION,
              (u, c, changes, today) -> u.stays().recordDischarge(c, changes, today)));

  private CommandRoutes() {}

  /**
   * Decides a command into the changes of its entry (empty changes for a command that opens one).
   */
  static void decide(UseCases cases, Command command, Changes changes, LocalDate today) {
    route(command.getClass()).decide(cases, command, changes, today);
  }

  /** The operation a kind of command performs. */
  static Operation operationOf(Class<? extends Command> type) {
    return route(type).operation();
  }

  /** The operation of a command type, if the type has a route (for tests of completeness). */
  static Optional<Operation> routed(Class<?> type) {
    return Optional.ofNullable(ROUTES.get(type)).map(Route::operation);
  }

  private static Route<?> route(Class<?> type) {
    Route<?> route = ROUTES.get(type);
    if (route == null) {
      throw new IllegalStateException("no route for " + type.getSimpleName());
    }
    return route;
  }

  private static <C extends Command> Route<C> route(
      Class<C> type, Operation operation, Decider<C> decider) {
    return new Route<>(type, operation, decider);
  }

  private static Map<Class<?>, Route<?>> table(Route<?>... routes) {
    Map<Class<?>, Route<?>> table = new HashMap<>();
    for (Route<?> r : routes) {
      if (table.put(r.type(), r) != null) {
        throw new IllegalStateException("two routes for " + r.type().getSimpleName());
      }
    }
    SealedTypes.requireEvery(Command.class, table.keySet(), "a route");
    return Map.copyOf(table);
  }
}
