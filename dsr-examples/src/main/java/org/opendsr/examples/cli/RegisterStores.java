package org.opendsr.examples.cli;

import org.opendsr.core.store.RegisterStore;
import org.opendsr.examples.importing.LegacyImport;
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
  static RegisterStore open(DsrDatabase database) {
    return new JdbcRegisterStore(database, JsonEventCodec.standard());
  }

  /**
   * The unit of work an import runs in.
   *
   * @param store the store
   * @return a unit of work
   */
  static LegacyImport.UnitOfWork unitOfWork(RegisterStore store) {
    // The JDBC store commits each command in its own transaction; the import checks every row
    // (format, rules, repeated and already-registered NHS numbers) before it writes any.
    return LegacyImport.UnitOfWork.autoCommit();
  }
}
