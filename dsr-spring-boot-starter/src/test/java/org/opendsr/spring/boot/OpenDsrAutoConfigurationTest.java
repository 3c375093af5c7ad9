package org.opendsr.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Period;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.audit.InMemoryAuditTrail;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.store.InMemoryRegisterStore;
import org.opendsr.core.store.RegisterStore;
import org.opendsr.jdbc.DsrDatabase;
import org.opendsr.jdbc.JdbcAuditTrail;
import org.opendsr.jdbc.JdbcRegisterStore;
import org.opendsr.rating.Rating;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Every condition of the starter's auto-configuration, in a plain application context. */
class OpenDsrAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  OpenDsrStoreAutoConfiguration.class,
                  OpenDsrInMemoryAutoConfiguration.class,
                  OpenDsrRegisterAutoConfiguration.class,
                  OpenDsrAccessAutoConfiguration.class,
                  OpenDsrHealthAutoConfiguration.class));

  private ApplicationContextRunner withH2() {
    return runner
        .withBean(DataSource.class, Fixtures::freshH2)
        .withBean(Clock.class, () -> Fixtures.CLOCK);
  }

  @Test
  void a_data_source_gets_a_migrated_jdbc_register_that_audits_every_call() {
    withH2()
        .run(
            context -> {
              assertThat(context).hasSingleBean(DsrDatabase.class);
              assertThat(context.getBean(RegisterStore.class))
                  .isInstanceOf(JdbcRegisterStore.class);
              assertThat(context.getBean(AuditTrail.class)).isInstanceOf(JdbcAuditTrail.class);
              assertThat(context).hasSingleBean(DynamicSupportRegister.class);
              assertThat(context).hasSingleBean(WorkingDayCalendar.class);
              assertThat(context.getBean(LocalPolicy.class)).isEqualTo(LocalPolicy.defaults());

              EntryId entry =
                  Fixtures.referAnAdult(context.getBean(AccessControlledRegister.class));

              assertThat(context.getBean(DynamicSupportRegister.class).find(entry)).isPresent();
              assertThat(context.getBean(AuditTrail.class).byActor(Fixtures.COORDINATOR.userId()))
                  .isNotEmpty();
            });
  }

  @Test
  void without_a_data_source_or_a_store_no_register_is_defined() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(DsrDatabase.class);
          assertThat(context).doesNotHaveBean(RegisterStore.class);
          assertThat(context).doesNotHaveBean(DynamicSupportRegister.class);
          assertThat(context).doesNotHaveBean(AccessControlledRegister.class);
          assertThat(context).hasSingleBean(Clock.class);
        });
  }

  @Test
  void the_store_property_memory_keeps_the_register_in_memory_even_beside_a_data_source() {
    withH2()
        .withPropertyValues("opendsr.store=memory")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(DsrDatabase.class);
              assertThat(context.getBean(RegisterStore.class))
                  .isInstanceOf(InMemoryRegisterStore.class);
              assertThat(context.getBean(AuditTrail.class)).isInstanceOf(InMemoryAuditTrail.class);
              assertThat(context).hasSingleBean(AccessControlledRegister.class);
            });
  }

  @Test
  void without_the_jdbc_adapter_on_the_class_path_the_jdbc_store_backs_off() {
    withH2()
        .withClassLoader(new FilteredClassLoader(JdbcRegisterStore.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(DsrDatabase.class);
              assertThat(context).doesNotHaveBean(DynamicSupportRegister.class);
            });
  }

  @Test
  void an_applications_own_store_and_audit_trail_replace_the_jdbc_ones() {
    InMemoryRegisterStore store = new InMemoryRegisterStore();
    InMemoryAuditTrail audit = new InMemoryAuditTrail();
    withH2()
        .withBean(RegisterStore.class, () -> store)
        .withBean(AuditTrail.class, () -> audit)
        .run(
            context -> {
              assertThat(context.getBean(RegisterStore.class)).isSameAs(store);
              assertThat(context.getBean(AuditTrail.class)).isSameAs(audit);
              EntryId entry =
                  Fixtures.referAnAdult(context.getBean(AccessControlledRegister.class));
              assertThat(store.load(entry)).isNotEmpty();
              assertThat(audit.byActor(Fixtures.COORDINATOR.userId())).isNotEmpty();
            });
  }

  @Test
  void an_applications_own_clock_calendar_policy_and_registers_are_kept() {
    LocalPolicy policy = LocalPolicy.defaults().withFirstContactWorkingDays(3);
    WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
    withH2()
        .withBean(LocalPolicy.class, () -> policy)
        .withBean(WorkingDayCalendar.class, () -> calendar)
        .run(
            context -> {
              assertThat(context.getBean(Clock.class)).isSameAs(Fixtures.CLOCK);
              assertThat(context.getBean(LocalPolicy.class)).isSameAs(policy);
              assertThat(context.getBean(WorkingDayCalendar.class)).isSameAs(calendar);
              assertThat(context.getBean(DynamicSupportRegister.class).policy()).isSameAs(policy);
            });
    withH2()
        .withBean(
            "ownRegister",
            DynamicSupportRegister.class,
            () ->
                DynamicSupportRegister.create(
                    new InMemoryRegisterStore(),
                    Fixtures.CLOCK,
                    WorkingDayCalendar.englandAndWales(),
                    LocalPolicy.defaults()))
        .run(
            context -> {
              assertThat(context)
                  .getBeans(DynamicSupportRegister.class)
                  .containsOnlyKeys("ownRegister");
              assertThat(context).hasSingleBean(AccessControlledRegister.class);
            });
    withH2()
        .withBean(
            "ownAccess",
            AccessControlledRegister.class,
            () ->
                AccessControlledRegister.of(
                    DynamicSupportRegister.create(
                        new InMemoryRegisterStore(),
                        Fixtures.CLOCK,
                        WorkingDayCalendar.englandAndWales(),
                        LocalPolicy.defaults()),
                    new InMemoryAuditTrail(),
                    Fixtures.CLOCK))
        .run(
            context ->
                assertThat(context)
                    .getBeans(AccessControlledRegister.class)
                    .containsOnlyKeys("ownAccess"));
  }

  @Test
  void without_a_clock_of_its_own_the_application_gets_the_system_clock() {
    runner.run(context -> assertThat(context.getBean(Clock.class).getZone()).isNotNull());
  }

  @Test
  void local_policy_properties_replace_the_defaults_they_name_and_keep_the_rest() {
    withH2()
        .withPropertyValues(
            "opendsr.policy.first-contact-working-days=7",
            "opendsr.policy.suspected-autism-allowed=true",
            "opendsr.policy.review-intervals.red=P1W",
            "opendsr.policy.first-risk-review-within=P3W",
            "opendsr.policy.rerate-within-working-days=2",
            "opendsr.policy.due-soon-days=21")
        .run(
            context -> {
              LocalPolicy policy = context.getBean(LocalPolicy.class);
              LocalPolicy defaults = LocalPolicy.defaults();
              assertThat(policy.firstContactWorkingDays()).isEqualTo(7);
              assertThat(policy.suspectedAutismAllowed()).isTrue();
              assertThat(policy.reviewInterval(Rating.RED)).isEqualTo(Period.ofWeeks(1));
              assertThat(policy.reviewInterval(Rating.AMBER))
                  .isEqualTo(defaults.reviewInterval(Rating.AMBER));
              assertThat(policy.firstRiskReviewWithin()).isEqualTo(Period.ofWeeks(3));
              assertThat(policy.rerateWithinWorkingDays()).isEqualTo(2);
              assertThat(policy.dueSoonDays()).isEqualTo(21);
              assertThat(policy.cetrTimescales()).isEqualTo(defaults.cetrTimescales());
            });
  }

  @Test
  void a_policy_property_out_of_range_stops_start_up_naming_the_property() {
    withH2()
        .withPropertyValues("opendsr.policy.first-contact-working-days=0")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(rootMessages(context.getStartupFailure()))
                  .contains("opendsr.policy")
                  .contains("firstContactWorkingDays");
            });
  }

  @Test
  void a_policy_value_the_register_refuses_stops_start_up_naming_the_property_and_rule() {
    withH2()
        .withPropertyValues("opendsr.policy.review-intervals.green=P0D")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(rootMessages(context.getStartupFailure()))
                  .contains("opendsr.policy.reviewIntervals.GREEN")
                  .contains("positive");
            });
  }

  @Test
  void the_health_indicator_is_up_on_a_migrated_reachable_register() {
    withH2()
        .run(
            context -> {
              Health health = context.getBean("dsrHealthIndicator", HealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.UP);
              assertThat(health.getDetails())
                  .containsEntry("database", "reachable")
                  .containsEntry("schema", "current")
                  .containsEntry("calendar", "covers the next 12 months");
            });
  }

  @Test
  void the_health_indicator_is_down_when_a_migration_is_missing() {
    withH2()
        .run(
            context -> {
              DataSource dataSource = context.getBean(DataSource.class);
              forgetTheLatestMigration(dataSource);
              Health health = context.getBean("dsrHealthIndicator", HealthIndicator.class).health();
              assertThat(health.getStatus()).isEqualTo(Status.DOWN);
              assertThat(health.getDetails()).containsEntry("schema", "not current");
            });
  }

  @Test
  void the_health_indicator_backs_off_for_the_applications_own_and_without_health_support() {
    HealthIndicator own = () -> Health.up().build();
    withH2()
        .withBean("dsrHealthIndicator", HealthIndicator.class, () -> own)
        .run(context -> assertThat(context.getBean("dsrHealthIndicator")).isSameAs(own));
    withH2()
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(RegisterHealthIndicator.class);
              assertThat(context).hasSingleBean(AccessControlledRegister.class);
            });
    runner
        .withPropertyValues("opendsr.store=memory")
        .run(context -> assertThat(context).doesNotHaveBean(RegisterHealthIndicator.class));
  }

  private static void forgetTheLatestMigration(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "DELETE FROM \"dsr_schema_history\" WHERE \"installed_rank\" ="
              + " (SELECT MAX(\"installed_rank\") FROM \"dsr_schema_history\")");
    }
  }

  private static String rootMessages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
