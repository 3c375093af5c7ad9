package org.opendsr.problem;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;

/** The architecture rules that apply to the shared problem type. */
class ProblemArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.productionClasses("org.opendsr.problem");

  @Test
  void the_problem_type_depends_on_no_other_module() {
    ArchitectureRules.problemIsSelfContained().check(CLASSES);
  }

  @Test
  void the_problem_type_is_free_of_infrastructure() {
    ArchitectureRules.domainIsFreeOfInfrastructure(ArchitectureRules.PROBLEM).check(CLASSES);
  }
}
