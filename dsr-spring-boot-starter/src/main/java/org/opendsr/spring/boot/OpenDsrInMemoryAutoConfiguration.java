package org.opendsr.spring.boot;

import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.audit.InMemoryAuditTrail;
import org.opendsr.core.store.InMemoryRegisterStore;
import org.opendsr.core.store.RegisterStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * A register kept in memory, with {@code opendsr.store=memory}: for trials and tests, never for
 * people's records, which are lost when the application stops.
 */
@AutoConfiguration(before = OpenDsrRegisterAutoConfiguration.class)
@ConditionalOnProperty(name = "opendsr.store", havingValue = "memory")
public class OpenDsrInMemoryAutoConfiguration {

  /** Created by Spring. */
  public OpenDsrInMemoryAutoConfiguration() {}

  /**
   * The in-memory event store.
   *
   * @return the store
   */
  @Bean
  @ConditionalOnMissingBean(RegisterStore.class)
  public InMemoryRegisterStore registerStore() {
    return new InMemoryRegisterStore();
  }

  /**
   * The in-memory audit trail.
   *
   * @return the audit trail
   */
  @Bean
  @ConditionalOnMissingBean(AuditTrail.class)
  public InMemoryAuditTrail auditTrail() {
    return new InMemoryAuditTrail();
  }
}
