package org.opendsr.rating;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;

/** The architecture rules (docs/where-things-are.md, "Modules") that apply to this module. */
class RatingArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.productionClasses("org.opendsr.rating");

  @Test
  void rating_depends_on_no_other_module() {
    ArchitectureRules.ratingIsSelfContained().check(CLASSES);
  }

  @Test
  void rating_is_free_of_infrastructure() {
    ArchitectureRules.domainIsFreeOfInfrastructure(ArchitectureRules.RATING).check(CLASSES);
  }

  @Test
  void rating_never_reads_the_wall_clock() {
    ArchitectureRules.doesNotReadTheWallClock(ArchitectureRules.RATING).check(CLASSES);
  }

  @Test
  void rating_never_writes_to_the_console() {
    ArchitectureRules.doesNotWriteToTheConsole(ArchitectureRules.RATING).check(CLASSES);
  }
}
