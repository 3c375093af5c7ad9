package org.opendsr.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;

/** The architecture rules (docs/where-things-are.md, "Modules") that apply to this module. */
class ImportArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.productionClasses("org.opendsr.importing");

  @Test
  void the_rules_see_the_import_classes() {
    assertThat(CLASSES).isNotEmpty();
  }

  @Test
  void the_import_does_not_use_other_adapters() {
    ArchitectureRules.adapterDoesNotUseOtherAdapters("org.opendsr.importing..").check(CLASSES);
  }

  @Test
  void the_import_never_reads_the_wall_clock() {
    ArchitectureRules.doesNotReadTheWallClock("org.opendsr.importing..").check(CLASSES);
  }

  @Test
  void the_import_never_writes_to_the_console() {
    ArchitectureRules.doesNotWriteToTheConsole("org.opendsr.importing..").check(CLASSES);
  }
}
