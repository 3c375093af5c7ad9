package org.opendsr.easyread;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;

/** The Easy Read model is pure: no adapter, no infrastructure, no clock, no console. */
class EasyReadArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.productionClasses("org.opendsr.easyread");

  @Test
  void the_rules_see_this_modules_classes() {
    assertThat(CLASSES).isNotEmpty();
  }

  @Test
  void easy_read_uses_no_adapter() {
    ArchitectureRules.adapterDoesNotUseOtherAdapters("org.opendsr.easyread..").check(CLASSES);
  }

  @Test
  void easy_read_is_free_of_infrastructure() {
    ArchitectureRules.domainIsFreeOfInfrastructure("org.opendsr.easyread..").check(CLASSES);
  }

  @Test
  void easy_read_never_reads_the_wall_clock_or_writes_to_the_console() {
    ArchitectureRules.doesNotReadTheWallClock("org.opendsr.easyread..").check(CLASSES);
    ArchitectureRules.doesNotWriteToTheConsole("org.opendsr.easyread..").check(CLASSES);
  }
}
