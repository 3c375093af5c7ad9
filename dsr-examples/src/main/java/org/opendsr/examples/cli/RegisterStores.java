package org.opendsr.examples.cli;

import org.opendsr.core.store.IndexedRegisterStore;
import org.opendsr.jdbc.DsrDatabase;
import org.opendsr.jdbc.JdbcRegisterStore;
import org.opendsr.json.JsonEventCodec;

/**
 * The one place that decides where the command line keeps the register's events: in the register
 * database itself, through dsr-jdbc's store, each event kept as a versioned dsr-json document.
 */
final class RegisterStores {

  private RegisterStores() {}

  /**
   * The store for a database.
   *
   * @param database the migrated database
   * @return the store
   */
  static IndexedRegisterStore open(DsrDatabase database) {
    return new JdbcRegisterStore(database, JsonEventCodec.standard());
  }
}
