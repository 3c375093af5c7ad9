package org.opendsr.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.store.RegisterStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The register's metrics, where Micrometer is present: {@code opendsr.calls} (commands and reads by
 * operation, access and outcome), {@code opendsr.refusals} (by the rule that refused) and {@code
 * opendsr.worklist.query} (the time of the store's worklist queries). Nothing personal is ever a
 * tag. Without a {@link MeterRegistry} bean nothing is wrapped.
 */
@AutoConfiguration(before = OpenDsrRegisterAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
public class OpenDsrMetricsAutoConfiguration {

  /** Created by Spring. */
  public OpenDsrMetricsAutoConfiguration() {}

  /**
   * Wraps the store and audit trail to measure them, once a meter registry is there.
   *
   * @param registries the application's meter registry, if any
   * @return the instrumentation
   */
  @Bean
  @ConditionalOnMissingBean
  public RegisterInstrumentation registerInstrumentation(ObjectProvider<MeterRegistry> registries) {
    return new RegisterInstrumentation() {
      @Override
      public RegisterStore store(RegisterStore store) {
        MeterRegistry registry = registries.getIfAvailable();
        if (registry == null) {
          return store;
        }
        return store
            .indexed()
            .<RegisterStore>map(indexed -> new TimedRegisterStore(indexed, registry))
            .orElse(store);
      }

      @Override
      public AuditTrail audit(AuditTrail audit) {
        MeterRegistry registry = registries.getIfAvailable();
        return registry == null ? audit : new MeteredAuditTrail(audit, registry);
      }
    };
  }
}
