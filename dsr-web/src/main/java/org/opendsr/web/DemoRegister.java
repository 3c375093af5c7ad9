package org.opendsr.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.opendsr.core.register.DynamicSupportRegister;
import org.opendsr.examples.demo.SyntheticRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The demo's synthetic register of fictional people, told into the application's register at
 * start-up unless {@code opendsr.web.demo=false}.
 */
@Configuration
@ConditionalOnProperty(name = "opendsr.web.demo", havingValue = "true", matchIfMissing = true)
public class DemoRegister {

  private static final Logger LOG = LoggerFactory.getLogger(DemoRegister.class);

  /** People besides the named stories, enough for the worklist to page. */
  static final int COHORT = 40;

  /** Created by Spring. */
  public DemoRegister() {}

  /**
   * The story's clock: it starts a year back while the story is told, then stands at today.
   *
   * @return the register's clock
   */
  @Bean
  public Clock clock() {
    ZoneId london = ZoneId.of("Europe/London");
    return SyntheticRegister.storyClock(LocalDate.now(london), london);
  }

  /**
   * Tells the story once the register is ready.
   *
   * @param register the register
   * @param clock the story's clock
   * @return the runner
   */
  @Bean
  public ApplicationRunner tellDemoStory(DynamicSupportRegister register, Clock clock) {
    return args -> {
      LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
      int named = SyntheticRegister.tell(register, clock, today, COHORT).size();
      LOG.info("Demo register ready: {} named stories and {} more people", named, COHORT);
    };
  }
}
