package org.opendsr.spring.boot;

import java.time.Clock;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.core.policy.LocalPolicy;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.core.store.RegisterStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The register's rules and time: a {@link Clock}, the England and Wales working-day calendar, the
 * {@link LocalPolicy} from {@code opendsr.policy.*}, and, over the application's {@link
 * RegisterStore}, the {@link DynamicSupportRegister}. Each bean backs off when the application has
 * its own.
 *
 * <p>The {@code DynamicSupportRegister} bean checks no access and audits nothing: it is for the
 * application's own system tasks. Users' calls go through the {@code AccessControlledRegister} of
 * {@link OpenDsrAccessAutoConfiguration}.
 */
@AutoConfiguration(after = OpenDsrStoreAutoConfiguration.class)
@EnableConfigurationProperties(OpenDsrPolicyProperties.class)
public class OpenDsrRegisterAutoConfiguration {

  /** Created by Spring. */
  public OpenDsrRegisterAutoConfiguration() {}

  /**
   * The system clock in the default time zone, when the application has no clock of its own.
   *
   * @return the clock
   */
  @Bean
  @ConditionalOnMissingBean
  public Clock clock() {
    return Clock.systemDefaultZone();
  }

  /**
   * The working days of England and Wales.
   *
   * @return the calendar
   */
  @Bean
  @ConditionalOnMissingBean
  public WorkingDayCalendar workingDayCalendar() {
    return WorkingDayCalendar.englandAndWales();
  }

  /**
   * The local policy: the documented defaults with the {@code opendsr.policy.*} values given.
   *
   * @param properties the bound properties
   * @return the policy
   */
  @Bean
  @ConditionalOnMissingBean
  public LocalPolicy localPolicy(OpenDsrPolicyProperties properties) {
    return properties.toLocalPolicy();
  }

  /** The register itself, where a store is there to keep it. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnSingleCandidate(RegisterStore.class)
  static class RegisterConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DynamicSupportRegister dynamicSupportRegister(
        RegisterStore store,
        Clock clock,
        WorkingDayCalendar calendar,
        LocalPolicy policy,
        ObjectProvider<RegisterInstrumentation> instrumentation) {
      RegisterStore measured =
          instrumentation.stream().reduce(store, (s, i) -> i.store(s), (a, b) -> b);
      return DynamicSupportRegister.create(measured, clock, calendar, policy);
    }
  }
}
