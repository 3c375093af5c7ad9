package org.opendsr.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;

/** The architecture rules that apply to this module. */
class ValidationArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.productionClasses("org.opendsr.validation");

  @Test
  void the_rules_see_this_modules_classes() {
    assertThat(CLASSES).isNotEmpty();
  }

  @Test
  void validation_does_not_use_other_adapters() {
    ArchitectureRules.adapterDoesNotUseOtherAdapters("org.opendsr.validation..").check(CLASSES);
  }

  @Test
  void validation_never_reads_the_wall_clock() {
    ArchitectureRules.doesNotReadTheWallClock("org.opendsr.validation..").check(CLASSES);
  }

  @Test
  void validation_never_writes_to_the_console() {
    ArchitectureRules.doesNotWriteToTheConsole("org.opendsr.validation..").check(CLASSES);
  }
}
