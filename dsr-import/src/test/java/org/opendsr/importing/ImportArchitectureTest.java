package org.opendsr.importing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;

/** The architecture rules of DESIGN.md that apply to this module. */
class ImportArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.productionClasses("org.opendsr.importing");

  @Test
  void the_import_does_not_use_other_adapters() {
    ArchitectureRules.adapterDoesNotUseOtherAdapters("org.opendsr.importing..")
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  @Test
  void the_import_never_reads_the_wall_clock() {
    ArchitectureRules.doesNotReadTheWallClock("org.opendsr.importing..")
        .allowEmptyShould(true)
        .check(CLASSES);
  }

  @Test
  void the_import_never_writes_to_the_console() {
    ArchitectureRules.doesNotWriteToTheConsole("org.opendsr.importing..")
        .allowEmptyShould(true)
        .check(CLASSES);
  }
}
