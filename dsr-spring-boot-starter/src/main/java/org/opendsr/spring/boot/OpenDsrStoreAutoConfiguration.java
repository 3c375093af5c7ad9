package org.opendsr.spring.boot;

import javax.sql.DataSource;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.store.RegisterStore;
import org.opendsr.jdbc.DsrDatabase;
import org.opendsr.jdbc.JdbcAuditTrail;
import org.opendsr.jdbc.JdbcRegisterStore;
import org.opendsr.json.JsonEventCodec;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * The register's storage on the application's {@link DataSource}: the schema migrated by dsr-jdbc's
 * Flyway migrations when the application starts, the JDBC event store and the append-only audit
 * trail. Off with {@code opendsr.store=memory}; each bean backs off when the application has its
 * own.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass({JdbcRegisterStore.class, DataSource.class})
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnProperty(name = "opendsr.store", havingValue = "jdbc", matchIfMissing = true)
public class OpenDsrStoreAutoConfiguration {

  /** Created by Spring. */
  public OpenDsrStoreAutoConfiguration() {}

  /**
   * The register's database, its schema brought up to date.
   *
   * @param dataSource the application's data source
   * @return the migrated database
   */
  @Bean
  @ConditionalOnMissingBean
  public DsrDatabase dsrDatabase(DataSource dataSource) {
    return DsrDatabase.migrate(dataSource);
  }

  /**
   * The event store, with the standard JSON wire format for events.
   *
   * @param database the register's database
   * @return the store
   */
  @Bean
  @ConditionalOnMissingBean(RegisterStore.class)
  public JdbcRegisterStore registerStore(DsrDatabase database) {
    return new JdbcRegisterStore(database, JsonEventCodec.standard());
  }

  /**
   * The audit trail, in a table that refuses changes and deletions.
   *
   * @param database the register's database
   * @return the audit trail
   */
  @Bean
  @ConditionalOnMissingBean(AuditTrail.class)
  public JdbcAuditTrail auditTrail(DsrDatabase database) {
    return new JdbcAuditTrail(database);
  }
}
