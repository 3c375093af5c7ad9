package org.opendsr.jdbc;

import static org.assertj.core.api.Assumptions.assumeThat;

import org.junit.jupiter.api.Nested;
import org.opendsr.core.store.IndexedRegisterStore;
import org.opendsr.core.store.IndexedRegisterStoreContract;
import org.opendsr.json.JsonEventCodec;

/** The register store contract, with its worklist index, on every supported database. */
class JdbcRegisterStoreTest {

  @Nested
  class OnH2 extends IndexedRegisterStoreContract {
    @Override
    protected IndexedRegisterStore newStore() {
      return new JdbcRegisterStore(
          DsrDatabase.migrate(TestDatabases.freshH2()), JsonEventCodec.standard());
    }
  }

  @Nested
  class OnPostgres extends IndexedRegisterStoreContract {
    @Override
    protected IndexedRegisterStore newStore() {
      assumeThat(TestDatabases.postgresConfigured()).as("DSR_PG_URL set").isTrue();
      return new JdbcRegisterStore(
          DsrDatabase.migrate(TestDatabases.freshPostgres()), JsonEventCodec.standard());
    }
  }
}
