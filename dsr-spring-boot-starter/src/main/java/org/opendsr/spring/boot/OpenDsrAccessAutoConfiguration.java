package org.opendsr.spring.boot;

import java.time.Clock;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.DynamicSupportRegister;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;

/**
 * The register as users meet it: every call checked by the library's access rules and recorded in
 * the audit trail, allowed or not. Backs off when the application has its own.
 */
@AutoConfiguration(after = OpenDsrRegisterAutoConfiguration.class)
@ConditionalOnSingleCandidate(DynamicSupportRegister.class)
public class OpenDsrAccessAutoConfiguration {

  /** Created by Spring. */
  public OpenDsrAccessAutoConfiguration() {}

  /**
   * The access-controlled, audited register.
   *
   * @param register the register
   * @param audit where every call is recorded
   * @param clock the register's clock
   * @param instrumentation what measures the audit trail, if anything
   * @return the register for users' calls
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnSingleCandidate(AuditTrail.class)
  public AccessControlledRegister accessControlledRegister(
      DynamicSupportRegister register,
      AuditTrail audit,
      Clock clock,
      ObjectProvider<RegisterInstrumentation> instrumentation) {
    AuditTrail measured = instrumentation.stream().reduce(audit, (a, i) -> i.audit(a), (a, b) -> b);
    return AccessControlledRegister.of(register, measured, clock);
  }
}
