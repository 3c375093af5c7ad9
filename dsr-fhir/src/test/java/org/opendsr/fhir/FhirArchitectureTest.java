package org.opendsr.fhir;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;

/** The architecture rules (docs/where-things-are.md, "Modules") that apply to this module. */
class FhirArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.productionClasses("org.opendsr.fhir");

  @Test
  void fhir_does_not_use_other_adapters() {
    ArchitectureRules.adapterDoesNotUseOtherAdapters("org.opendsr.fhir..").check(CLASSES);
  }

  @Test
  void fhir_never_reads_the_wall_clock() {
    ArchitectureRules.doesNotReadTheWallClock("org.opendsr.fhir..").check(CLASSES);
  }

  @Test
  void fhir_never_writes_to_the_console() {
    ArchitectureRules.doesNotWriteToTheConsole("org.opendsr.fhir..").check(CLASSES);
  }
}
