package org.opendsr.consent;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;

/** The architecture rules (docs/where-things-are.md, "Modules") that apply to this module. */
class ConsentArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.productionClasses("org.opendsr.consent");

  @Test
  void consent_depends_on_no_other_module() {
    ArchitectureRules.consentIsSelfContained().check(CLASSES);
  }

  @Test
  void consent_is_free_of_infrastructure() {
    ArchitectureRules.domainIsFreeOfInfrastructure(ArchitectureRules.CONSENT).check(CLASSES);
  }

  @Test
  void consent_never_reads_the_wall_clock() {
    ArchitectureRules.doesNotReadTheWallClock(ArchitectureRules.CONSENT).check(CLASSES);
  }

  @Test
  void consent_never_writes_to_the_console() {
    ArchitectureRules.doesNotWriteToTheConsole(ArchitectureRules.CONSENT).check(CLASSES);
  }
}
