package org.opendsr.examples;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;

/**
 * The examples may use every module and the terminal; only the entry point chooses the system
 * clock, everything behind it takes the clock it is given.
 */
class ExamplesArchitectureTest {

  private static final JavaClasses BEHIND_THE_ENTRY_POINT =
      ArchitectureRules.productionClasses("org.opendsr.examples")
          .that(not(equivalentTo(Dsr.class)));

  @Test
  void only_the_entry_point_reads_the_wall_clock() {
    ArchitectureRules.doesNotReadTheWallClock("org.opendsr.examples..")
        .allowEmptyShould(true)
        .check(BEHIND_THE_ENTRY_POINT);
  }
}
