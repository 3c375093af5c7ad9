package org.opendsr.core;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;

/** The architecture rules (docs/where-things-are.md, "Modules") that apply to this module. */
class CoreArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.productionClasses("org.opendsr.core");

  @Test
  void core_depends_only_on_rating_and_consent() {
    ArchitectureRules.coreDependsOnlyInward().check(CLASSES);
  }

  @Test
  void core_is_free_of_infrastructure() {
    ArchitectureRules.domainIsFreeOfInfrastructure(ArchitectureRules.CORE).check(CLASSES);
  }

  @Test
  void core_never_reads_the_wall_clock() {
    ArchitectureRules.doesNotReadTheWallClock(ArchitectureRules.CORE).check(CLASSES);
  }

  @Test
  void core_never_writes_to_the_console() {
    ArchitectureRules.doesNotWriteToTheConsole(ArchitectureRules.CORE).check(CLASSES);
  }

  @Test
  void no_package_of_the_register_depends_on_another_that_depends_back_on_it() {
    ArchitectureRules.corePackagesAreFreeOfCycles().check(CLASSES);
  }
}
