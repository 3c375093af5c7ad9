package org.opendsr.benchmarks;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.opendsr.architecture.ArchitectureRules;

/** The architecture rules (docs/where-things-are.md, "Modules") that apply to this module. */
class BenchmarksArchitectureTest {

  private static final JavaClasses CLASSES =
      ArchitectureRules.productionClasses("org.opendsr.benchmarks");

  @Test
  void benchmarks_never_write_to_the_console() {
    ArchitectureRules.doesNotWriteToTheConsole("org.opendsr.benchmarks..").check(CLASSES);
  }
}
