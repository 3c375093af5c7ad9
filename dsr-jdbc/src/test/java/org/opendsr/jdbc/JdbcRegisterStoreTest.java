package org.opendsr.jdbc;

import static org.assertj.core.api.Assumptions.assumeThat;

import org.junit.jupiter.api.Nested;
import org.opendsr.core.store.PagedWorklistStore;
import org.opendsr.core.store.PagedWorklistStoreContract;
import org.opendsr.json.JsonEventCodec;

/** The register store contract, with its worklist index and pages, on every supported database. */
class JdbcRegisterStoreTest {

  @Nested
  class OnH2 extends PagedWorklistStoreContract {
    @Override
    protected PagedWorklistStore newStore() {
      return new JdbcRegisterStore(
          DsrDatabase.migrate(TestDatabases.freshH2()), JsonEventCodec.standard());
    }
  }

  @Nested
  class OnPostgres extends PagedWorklistStoreContract {
    @Override
    protected PagedWorklistStore newStore() {
      assumeThat(TestDatabases.postgresConfigured()).as("DSR_PG_URL set").isTrue();
      return new JdbcRegisterStore(
          DsrDatabase.migrate(TestDatabases.freshPostgres()), JsonEventCodec.standard());
    }
  }
}
