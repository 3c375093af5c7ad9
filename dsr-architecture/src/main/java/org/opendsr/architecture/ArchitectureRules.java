package org.opendsr.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The executable architecture of OpenDSR (docs/where-things-are.md, "Modules").
 *
 * <p>Dependencies point inward only: adapters ({@code json}, {@code jdbc}, {@code fhir}, {@code
 * examples}, {@code benchmarks}) depend on {@code core}, and {@code core} depends on {@code rating}
 * and {@code consent}, which depend on nothing of ours. The domain modules are free of
 * infrastructure (Jackson, JDBC, H2, PostgreSQL, Flyway, HAPI FHIR), never read the wall clock, and
 * no library module writes to the console.
 *
 * <p>Each module's tests import its own production classes with {@link #productionClasses(String)}
 * and check the rules that apply to it; this module's own tests prove that every rule catches a
 * planted violation.
 */
public final class ArchitectureRules {

  /** Root package of the project. */
  public static final String ROOT = "org.opendsr";

  /** The one problem type every module's errors share; depends on nothing of ours. */
  public static final String PROBLEM = ROOT + ".problem..";

  /** The packages of our modules, innermost first. */
  public static final String RATING = ROOT + ".rating..";

  /** Consent, capacity and best interests. */
  public static final String CONSENT = ROOT + ".consent..";

  /** The register. */
  public static final String CORE = ROOT + ".core..";

  /** Adapter packages: nothing in the domain may depend on them. */
  public static final List<String> ADAPTERS =
      List.of(
          ROOT + ".json..",
          ROOT + ".jdbc..",
          ROOT + ".fhir..",
          ROOT + ".importing..",
          ROOT + ".validation..",
          ROOT + ".easyread..",
          ROOT + ".easyread.render..",
          ROOT + ".spring..",
          ROOT + ".examples..",
          ROOT + ".benchmarks..");

  /** Infrastructure that the three domain modules must not import. */
  public static final List<String> INFRASTRUCTURE =
      List.of(
          "com.fasterxml.jackson..",
          "java.sql..",
          "javax.sql..",
          "org.h2..",
          "org.postgresql..",
          "org.flywaydb..",
          "ca.uhn.fhir..",
          "org.hl7.fhir..");

  private static final Set<String> CLOCK_TYPES =
      Set.of(
          "java.time.Instant",
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.ZonedDateTime",
          "java.time.OffsetDateTime",
          "java.time.OffsetTime",
          "java.time.Year",
          "java.time.YearMonth",
          "java.time.MonthDay");

  private ArchitectureRules() {}

  /**
   * Imports the production classes (not tests, not jars) below a package of ours.
   *
   * @param packageName for example {@code org.opendsr.rating}
   * @return the imported classes, never empty
   * @throws IllegalStateException if no class is found: every rule would pass on nothing
   */
  public static JavaClasses productionClasses(String packageName) {
    Objects.requireNonNull(packageName, "packageName");
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(packageName);
    if (classes.isEmpty()) {
      // A rule checked against nothing passes: an empty import is a broken test, not a pass.
      throw new IllegalStateException("no production classes found in " + packageName);
    }
    return classes;
  }

  /**
   * Classes in {@code packagePattern} depend on none of {@code forbidden}.
   *
   * @param packagePattern the ArchUnit package pattern of the module under test
   * @param forbidden package patterns it must not use
   * @return the rule
   */
  public static ArchRule mayNotDependOn(String packagePattern, List<String> forbidden) {
    return noClasses()
        .that()
        .resideInAPackage(packagePattern)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(forbidden.toArray(String[]::new))
        .because("dependencies point inward only (docs/where-things-are.md)");
  }

  /** {@code problem} depends on no other module of ours: every module depends on it. */
  public static ArchRule problemIsSelfContained() {
    return mayNotDependOn(PROBLEM, withAdapters(RATING, CONSENT, CORE));
  }

  /**
   * No cycle between the packages of the register ({@code org.opendsr.core.(*)..}): a package that
   * needs another is understood, changed and tested after it, never together with it.
   *
   * @return the rule
   */
  public static ArchRule corePackagesAreFreeOfCycles() {
    return SlicesRuleDefinition.slices()
        .matching(ROOT + ".core.(*)..")
        .should()
        .beFreeOfCycles()
        .because("a package that needs another is understood and changed after it");
  }

  /** {@code rating} depends on no other module of ours (only the shared problem type). */
  public static ArchRule ratingIsSelfContained() {
    return mayNotDependOn(RATING, withAdapters(CONSENT, CORE));
  }

  /** {@code consent} depends on no other module of ours. */
  public static ArchRule consentIsSelfContained() {
    return mayNotDependOn(CONSENT, withAdapters(RATING, CORE));
  }

  /** {@code core} depends on rating and consent only, never on an adapter. */
  public static ArchRule coreDependsOnlyInward() {
    return mayNotDependOn(CORE, ADAPTERS);
  }

  /**
   * An adapter does not depend on another adapter (the examples and benchmarks may use all).
   *
   * @param adapterPattern the package pattern of the adapter, e.g. {@code org.opendsr.json..}
   * @return the rule
   */
  public static ArchRule adapterDoesNotUseOtherAdapters(String adapterPattern) {
    List<String> others = ADAPTERS.stream().filter(p -> !p.equals(adapterPattern)).toList();
    return mayNotDependOn(adapterPattern, others);
  }

  /**
   * The domain stays free of infrastructure libraries.
   *
   * @param domainPattern package pattern of a domain module
   * @return the rule
   */
  public static ArchRule domainIsFreeOfInfrastructure(String domainPattern) {
    return noClasses()
        .that()
        .resideInAPackage(domainPattern)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(INFRASTRUCTURE.toArray(String[]::new))
        .because("the domain modules depend only on the JDK, SLF4J and Bean Validation");
  }

  /**
   * Nothing reads the wall clock: time comes from an injected {@link java.time.Clock}.
   *
   * @param packagePattern package pattern checked
   * @return the rule
   */
  public static ArchRule doesNotReadTheWallClock(String packagePattern) {
    return noClasses()
        .that()
        .resideInAPackage(packagePattern)
        .should()
        .callMethodWhere(readsWallClock())
        .orShould()
        .callConstructor(java.util.Date.class)
        .because("time comes from an injected java.time.Clock");
  }

  /**
   * Library code does not write to {@code System.out} or {@code System.err} and does not print
   * stack traces; it logs with SLF4J (never personal data) or returns values.
   *
   * @param packagePattern package pattern checked
   * @return the rule
   */
  public static ArchRule doesNotWriteToTheConsole(String packagePattern) {
    return noClasses()
        .that()
        .resideInAPackage(packagePattern)
        .should()
        .accessFieldWhere(standardStreams())
        .orShould()
        .callMethod(Throwable.class, "printStackTrace")
        .because("a library logs through SLF4J; only dsr-examples talks to a terminal");
  }

  private static List<String> withAdapters(String... more) {
    var all = new java.util.ArrayList<String>(List.of(more));
    all.addAll(ADAPTERS);
    return List.copyOf(all);
  }

  private static DescribedPredicate<JavaMethodCall> readsWallClock() {
    return new DescribedPredicate<>("reads the wall clock") {
      @Override
      public boolean test(JavaMethodCall call) {
        String owner = call.getTargetOwner().getName();
        String name = call.getName();
        if (CLOCK_TYPES.contains(owner) && name.equals("now")) {
          // now(Clock) is the injected clock and allowed; now() and now(ZoneId) read the wall
          // clock.
          var params = call.getTarget().getRawParameterTypes();
          return params.size() != 1 || !params.get(0).getName().equals("java.time.Clock");
        }
        if (owner.equals("java.lang.System")) {
          return name.equals("currentTimeMillis");
        }
        if (owner.equals("java.time.Clock")) {
          return name.equals("systemUTC") || name.equals("systemDefaultZone");
        }
        return false;
      }
    };
  }

  private static DescribedPredicate<JavaFieldAccess> standardStreams() {
    return new DescribedPredicate<>("is System.out or System.err") {
      @Override
      public boolean test(JavaFieldAccess access) {
        return isStandardStream(access);
      }
    };
  }

  private static boolean isStandardStream(JavaAccess<?> access) {
    return access.getTargetOwner().getName().equals("java.lang.System")
        && (access.getName().equals("out") || access.getName().equals("err"));
  }
}
