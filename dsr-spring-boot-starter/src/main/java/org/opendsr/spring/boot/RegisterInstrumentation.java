package org.opendsr.spring.boot;

import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.store.RegisterStore;

/**
 * Wraps the register's store and audit trail before the register is built over them, to measure
 * them. The starter's metrics auto-configuration supplies one when Micrometer is present; an
 * application may supply its own.
 */
public interface RegisterInstrumentation {

  /**
   * The store the register will use.
   *
   * @param store the configured store
   * @return it, or a wrapper around it with the same capabilities
   */
  RegisterStore store(RegisterStore store);

  /**
   * The audit trail the access-controlled register will use.
   *
   * @param audit the configured trail
   * @return it, or a wrapper around it
   */
  AuditTrail audit(AuditTrail audit);
}
