package org.opendsr.jdbc;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;

/** The architecture rules (docs/where-things-are.md, "Modules") that apply to this module. */
class JdbcArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.productionClasses("org.opendsr.jdbc");

  @Test
  void jdbc_does_not_use_other_adapters() {
    ArchitectureRules.adapterDoesNotUseOtherAdapters("org.opendsr.jdbc..").check(CLASSES);
  }

  @Test
  void jdbc_never_reads_the_wall_clock() {
    ArchitectureRules.doesNotReadTheWallClock("org.opendsr.jdbc..").check(CLASSES);
  }

  @Test
  void jdbc_never_writes_to_the_console() {
    ArchitectureRules.doesNotWriteToTheConsole("org.opendsr.jdbc..").check(CLASSES);
  }
}
