package org.opendsr.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.opendsr.consent.planted.ConsentThatUsesRating;
import org.opendsr.core.planted.CoreThatUsesJson;
import org.opendsr.core.planted.DomainUsingInfrastructure;
import org.opendsr.core.planted.ReadsTheWallClock;
import org.opendsr.core.planted.RegisterType;
import org.opendsr.core.planted.UsesInjectedClock;
import org.opendsr.core.planted.WritesToTheConsole;
import org.opendsr.core.plantedloopa.LoopA;
import org.opendsr.core.plantedloopa.UsesLeaf;
import org.opendsr.core.plantedloopb.Leaf;
import org.opendsr.core.plantedloopb.LoopB;
import org.opendsr.json.planted.JsonAdapterType;
import org.opendsr.problem.planted.ProblemThatUsesRating;
import org.opendsr.rating.planted.RatingThatUsesTheRegister;

/** Every architecture rule must fail on a planted violation, or it proves nothing. */
class ArchitectureRulesCatchPlantedViolationsTest {

  private static JavaClasses classes(Class<?>... types) {
    return new ClassFileImporter().importClasses(types);
  }

  @Test
  void rating_reaching_into_the_register_is_caught() {
    assertThatThrownBy(
            () ->
                ArchitectureRules.ratingIsSelfContained()
                    .check(classes(RatingThatUsesTheRegister.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("RatingThatUsesTheRegister");
  }

  @Test
  void the_problem_type_depending_on_a_module_that_uses_it_is_caught() {
    assertThatThrownBy(
            () ->
                ArchitectureRules.problemIsSelfContained()
                    .check(classes(ProblemThatUsesRating.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ProblemThatUsesRating");
  }

  @Test
  void a_cycle_between_two_packages_of_the_register_is_caught() {
    assertThatThrownBy(
            () ->
                ArchitectureRules.corePackagesAreFreeOfCycles()
                    .check(classes(LoopA.class, LoopB.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("plantedloopa")
        .hasMessageContaining("plantedloopb");
  }

  @Test
  void packages_of_the_register_that_depend_one_way_are_allowed() {
    assertThatCode(
            () ->
                ArchitectureRules.corePackagesAreFreeOfCycles()
                    .check(classes(UsesLeaf.class, Leaf.class)))
        .doesNotThrowAnyException();
  }

  @Test
  void an_import_that_finds_no_class_is_refused_rather_than_passed() {
    assertThatThrownBy(() -> ArchitectureRules.productionClasses("org.opendsr.nosuchpackage"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no production classes");
  }

  @Test
  void consent_depending_on_rating_is_caught() {
    assertThatThrownBy(
            () ->
                ArchitectureRules.consentIsSelfContained()
                    .check(classes(ConsentThatUsesRating.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ConsentThatUsesRating");
  }

  @Test
  void core_depending_on_an_adapter_is_caught() {
    assertThatThrownBy(
            () -> ArchitectureRules.coreDependsOnlyInward().check(classes(CoreThatUsesJson.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("JsonAdapterType");
  }

  @Test
  void core_depending_on_rating_and_consent_is_allowed() {
    assertThatCode(
            () -> ArchitectureRules.coreDependsOnlyInward().check(classes(RegisterType.class)))
        .doesNotThrowAnyException();
  }

  @Test
  void an_adapter_using_another_adapter_is_caught() {
    assertThatThrownBy(
            () ->
                ArchitectureRules.adapterDoesNotUseOtherAdapters(ArchitectureRules.ROOT + ".json..")
                    .check(classes(JsonAdapterType.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("JdbcAdapterType");
  }

  @Test
  void domain_importing_jdbc_is_caught() {
    assertThatThrownBy(
            () ->
                ArchitectureRules.domainIsFreeOfInfrastructure(ArchitectureRules.CORE)
                    .check(classes(DomainUsingInfrastructure.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("java.sql.Connection");
  }

  @Test
  void reading_the_wall_clock_is_caught_for_each_way_of_doing_it() {
    assertThatThrownBy(
            () ->
                ArchitectureRules.doesNotReadTheWallClock(ArchitectureRules.CORE)
                    .check(classes(ReadsTheWallClock.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LocalDate.now()")
        .hasMessageContaining("System.currentTimeMillis()")
        .hasMessageContaining("Instant.now()")
        .hasMessageContaining("LocalDate.now(java.time.ZoneId)")
        .hasMessageNotContaining("LocalDate.now(java.time.Clock)");
  }

  @Test
  void an_injected_clock_is_allowed() {
    assertThatCode(
            () ->
                ArchitectureRules.doesNotReadTheWallClock(ArchitectureRules.CORE)
                    .check(classes(UsesInjectedClock.class)))
        .doesNotThrowAnyException();
  }

  @Test
  void writing_to_the_console_is_caught() {
    assertThatThrownBy(
            () ->
                ArchitectureRules.doesNotWriteToTheConsole(ArchitectureRules.CORE)
                    .check(classes(WritesToTheConsole.class)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("System.out")
        .hasMessageContaining("printStackTrace");
  }
}
