package org.opendsr.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opendsr.core.DsrException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.Command;
import org.opendsr.core.register.DuePage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The register's metrics: calls by kind and outcome, refusals by rule, worklist query time. */
class OpenDsrMetricsTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  OpenDsrStoreAutoConfiguration.class,
                  OpenDsrMetricsAutoConfiguration.class,
                  OpenDsrRegisterAutoConfiguration.class,
                  OpenDsrAccessAutoConfiguration.class))
          .withBean(DataSource.class, Fixtures::freshH2)
          .withBean(Clock.class, () -> Fixtures.CLOCK);

  @Test
  void calls_are_counted_by_operation_access_and_outcome_and_refusals_by_rule() {
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              MeterRegistry meters = context.getBean(MeterRegistry.class);
              AccessControlledRegister register = context.getBean(AccessControlledRegister.class);
              EntryId entry = Fixtures.referAnAdult(register);
              long version =
                  context
                      .getBean(AccessControlledRegister.class)
                      .entry(Fixtures.COORDINATOR, AccessPurpose.REGISTER_ADMINISTRATION, entry)
                      .version();
              assertThatThrownBy(
                      () ->
                          register.handle(
                              Fixtures.COORDINATOR,
                              AccessPurpose.REGISTER_ADMINISTRATION,
                              new Command.RecordFirstContact(
                                  Fixtures.COORDINATOR.userId(),
                                  entry,
                                  version,
                                  LocalDate.now(Fixtures.CLOCK).minusYears(1))))
                  .isInstanceOf(DsrException.class);
              register.worklist(
                  Fixtures.COORDINATOR,
                  AccessPurpose.REGISTER_ADMINISTRATION,
                  LocalDate.now(Fixtures.CLOCK),
                  14);

              assertThat(
                      meters
                          .counter(
                              "opendsr.calls",
                              "operation",
                              "refer",
                              "access",
                              "allowed",
                              "outcome",
                              "done")
                          .count())
                  .isEqualTo(1.0);
              assertThat(
                      meters.find("opendsr.calls").tag("outcome", "refused").counters().stream()
                          .mapToDouble(c -> c.count())
                          .sum())
                  .as("the first contact dated before the referral, refused by a rule")
                  .isEqualTo(1.0);
              assertThat(meters.find("opendsr.refusals").counters())
                  .isNotEmpty()
                  .allSatisfy(c -> assertThat(c.getId().getTag("rule")).isNotBlank());
              assertThat(meters.find("opendsr.worklist.query").timers())
                  .anySatisfy(timer -> assertThat(timer.count()).isPositive());
            });
  }

  @Test
  void the_timed_store_still_pages_the_worklist_in_the_database_and_times_each_page() {
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              MeterRegistry meters = context.getBean(MeterRegistry.class);
              AccessControlledRegister register = context.getBean(AccessControlledRegister.class);
              EntryId entry = Fixtures.referAnAdult(register);

              DuePage page =
                  register.worklistPage(
                      Fixtures.COORDINATOR,
                      AccessPurpose.REGISTER_ADMINISTRATION,
                      org.opendsr.core.store.WorkDue.ANY,
                      LocalDate.now(Fixtures.CLOCK).plusYears(1),
                      java.util.Optional.empty(),
                      20,
                      e -> true);

              assertThat(page.entries()).extracting(e -> e.id()).containsExactly(entry);
              // The register asked the timed store for the page, which asked the database.
              assertThat(meters.find("opendsr.worklist.query").tag("query", "due-page").timer())
                  .isNotNull()
                  .satisfies(timer -> assertThat(timer.count()).isPositive());
            });
  }

  @Test
  void no_tag_holds_anything_personal() {
    runner
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(
            context -> {
              Fixtures.referAnAdult(context.getBean(AccessControlledRegister.class));
              for (Meter meter : context.getBean(MeterRegistry.class).getMeters()) {
                for (Tag tag : meter.getId().getTags()) {
                  assertThat(tag.getValue())
                      .doesNotContain("9990000018")
                      .doesNotContain("999 000 0018")
                      .doesNotContain("Sam")
                      .doesNotContain("Fictional")
                      .doesNotContain("E-0");
                }
              }
            });
  }

  @Test
  void without_micrometer_nothing_is_measured_and_the_register_still_works() {
    runner
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(RegisterInstrumentation.class);
              assertThat(Fixtures.referAnAdult(context.getBean(AccessControlledRegister.class)))
                  .isNotNull();
            });
  }

  @Test
  void without_a_meter_registry_the_store_and_trail_are_left_as_they_are() {
    runner.run(
        context -> {
          RegisterInstrumentation instrumentation = context.getBean(RegisterInstrumentation.class);
          org.opendsr.core.audit.AuditTrail audit =
              context.getBean(org.opendsr.core.audit.AuditTrail.class);
          assertThat(instrumentation.audit(audit)).isSameAs(audit);
        });
  }

  @Test
  void numbers_in_a_field_path_are_folded_so_tags_stay_few() {
    assertThat(MeteredAuditTrail.tag("row 12: dateOfBirth")).isEqualTo("row #: dateOfBirth");
    assertThat(MeteredAuditTrail.tag("x".repeat(500))).hasSize(120);
  }
}
