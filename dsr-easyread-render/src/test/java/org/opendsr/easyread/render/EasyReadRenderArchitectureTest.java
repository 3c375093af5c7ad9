package org.opendsr.easyread.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;

/** Rendering reads no wall clock and writes nothing to the console. */
class EasyReadRenderArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.productionClasses("org.opendsr.easyread.render");

  @Test
  void the_rules_see_this_modules_classes() {
    assertThat(CLASSES).isNotEmpty();
  }

  @Test
  void rendering_never_reads_the_wall_clock_or_writes_to_the_console() {
    ArchitectureRules.doesNotReadTheWallClock("org.opendsr.easyread.render..").check(CLASSES);
    ArchitectureRules.doesNotWriteToTheConsole("org.opendsr.easyread.render..").check(CLASSES);
  }
}
