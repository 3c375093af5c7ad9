package org.opendsr.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.core.event.RegisterEvent;

/**
 * Every command the register can be given has a use case that decides it and an operation for the
 * access rules and the audit trail, and every event it records has a fold in the projection: a new
 * member of either sealed family fails here, not at run time on a person's record.
 */
class DispatchIsCompleteTest {

  @Test
  void every_kind_of_command_has_a_use_case_and_an_operation() {
    List<Class<?>> commands = SealedTypes.leaves(Command.class);

    assertThat(commands)
        .as("the sealed family is read down to its records")
        .contains(Command.Refer.class, Command.CarryOver.class, Command.CloseEntry.class)
        .allMatch(Class::isRecord)
        .hasSize(
            Command.class.getPermittedSubclasses().length
                - 1
                + Command.EntryCommand.class.getPermittedSubclasses().length);
    assertThat(commands)
        .allSatisfy(
            type ->
                assertThat(CommandRoutes.routed(type))
                    .as("route and operation of %s", type.getSimpleName())
                    .isPresent());
  }

  @Test
  void every_kind_of_event_changes_the_entry_by_a_fold_of_its_own() {
    List<Class<?>> events = SealedTypes.leaves(RegisterEvent.class);

    assertThat(events)
        .as("the sealed family is read down to its records")
        .contains(RegisterEvent.Referred.class, RegisterEvent.CarriedOver.class)
        .allMatch(Class::isRecord)
        .hasSize(RegisterEvent.class.getPermittedSubclasses().length);
    assertThat(events)
        .allSatisfy(
            type ->
                assertThat(EntryProjection.projects(type))
                    .as("fold of %s", type.getSimpleName())
                    .isTrue());
  }

  @Test
  void a_table_that_misses_a_member_of_its_family_names_what_is_missing() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                SealedTypes.requireEvery(
                    Command.class,
                    java.util.Set.of(Command.Refer.class, Command.CarryOver.class),
                    "a route"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("UpdatePersonDetails")
        .hasMessageContaining("CloseEntry")
        .hasMessageNotContaining("CarryOver");
  }
}
