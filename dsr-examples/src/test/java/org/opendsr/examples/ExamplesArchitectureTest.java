package org.opendsr.examples;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;
import org.opendsr.examples.embedding.CaseManagementSystemExample;

/**
 * The examples may use every module and the terminal; only the entry point chooses the system
 * clock, everything behind it takes the clock it is given. The embedding example's main class is
 * the entry point of its own program, so it may choose the system clock too; what it runs takes
 * that clock as an argument, and its test passes a fixed one.
 */
class ExamplesArchitectureTest {

  private static final JavaClasses BEHIND_THE_ENTRY_POINT =
      ArchitectureRules.productionClasses("org.opendsr.examples")
          .that(not(equivalentTo(Dsr.class).or(equivalentTo(CaseManagementSystemExample.class))));

  @Test
  void only_the_entry_point_reads_the_wall_clock() {
    ArchitectureRules.doesNotReadTheWallClock("org.opendsr.examples..")
        .check(BEHIND_THE_ENTRY_POINT);
  }
}
