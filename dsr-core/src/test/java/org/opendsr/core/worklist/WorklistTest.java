package org.opendsr.core.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opendsr.core.schedule.TaskKind;

class WorklistTest {

  @Test
  void every_kind_of_task_has_a_column_and_actions_have_their_own() {
    Set<WorkCategory> used =
        Stream.of(TaskKind.values()).map(WorkCategory::of).collect(Collectors.toSet());
    assertThat(used).isEqualTo(EnumSet.complementOf(EnumSet.of(WorkCategory.ACTION)));
    assertThat(WorkCategory.of(TaskKind.RERATE)).isEqualTo(WorkCategory.REVIEW);
    assertThat(WorkCategory.of(TaskKind.KEYWORKER_REFERRAL)).isEqualTo(WorkCategory.LINKED_PROCESS);
  }
}
