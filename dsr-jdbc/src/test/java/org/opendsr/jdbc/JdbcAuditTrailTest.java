package org.opendsr.jdbc;

import static org.assertj.core.api.Assumptions.assumeThat;

import org.junit.jupiter.api.Nested;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.audit.AuditTrailContract;

/** The audit trail contract on every supported database. */
class JdbcAuditTrailTest {

  @Nested
  class OnH2 extends AuditTrailContract {
    @Override
    protected AuditTrail newTrail() {
      return new JdbcAuditTrail(DsrDatabase.migrate(TestDatabases.freshH2()));
    }
  }

  @Nested
  class OnPostgres extends AuditTrailContract {
    @Override
    protected AuditTrail newTrail() {
      assumeThat(TestDatabases.postgresConfigured()).as("DSR_PG_URL set").isTrue();
      return new JdbcAuditTrail(DsrDatabase.migrate(TestDatabases.freshPostgres()));
    }
  }
}
