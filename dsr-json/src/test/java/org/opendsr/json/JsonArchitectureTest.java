package org.opendsr.json;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;

/** The architecture rules (docs/where-things-are.md, "Modules") that apply to this module. */
class JsonArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.productionClasses("org.opendsr.json");

  @Test
  void json_does_not_use_other_adapters() {
    ArchitectureRules.adapterDoesNotUseOtherAdapters("org.opendsr.json..").check(CLASSES);
  }

  @Test
  void json_never_reads_the_wall_clock() {
    ArchitectureRules.doesNotReadTheWallClock("org.opendsr.json..").check(CLASSES);
  }

  @Test
  void json_never_writes_to_the_console() {
    ArchitectureRules.doesNotWriteToTheConsole("org.opendsr.json..").check(CLASSES);
  }
}
