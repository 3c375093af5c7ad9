package org.opendsr.core.audit;

/** The audit trail contract, in memory. */
class InMemoryAuditTrailTest extends AuditTrailContract {

  @Override
  protected AuditTrail newTrail() {
    return new InMemoryAuditTrail();
  }
}
