package org.opendsr.spring.boot;

import java.time.Clock;
import org.opendsr.core.calendar.WorkingDayCalendar;
import org.opendsr.jdbc.DsrDatabase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code dsr} health indicator, where Spring Boot's health support is on the class path and the
 * register lives in a database. Backs off when the application defines a bean of the same name.
 */
@AutoConfiguration(
    after = {OpenDsrStoreAutoConfiguration.class, OpenDsrRegisterAutoConfiguration.class})
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(DsrDatabase.class)
public class OpenDsrHealthAutoConfiguration {

  /** Created by Spring. */
  public OpenDsrHealthAutoConfiguration() {}

  /**
   * The register's health indicator.
   *
   * @param database the register's database
   * @param calendar the working-day calendar
   * @param clock the register's clock
   * @return the indicator
   */
  @Bean
  @ConditionalOnMissingBean(name = "dsrHealthIndicator")
  public RegisterHealthIndicator dsrHealthIndicator(
      DsrDatabase database, WorkingDayCalendar calendar, Clock clock) {
    return new RegisterHealthIndicator(database, calendar, clock);
  }
}
