package org.opendsr.examples.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opendsr.core.store.InMemoryRegisterStore;
import org.opendsr.core.store.RegisterStore;
import org.opendsr.examples.importing.LegacyImport;
import org.opendsr.jdbc.DsrDatabase;

/**
 * The one place that decides where the command line keeps the register's events.
 *
 * <p>Until dsr-jdbc ships its register store, events are kept in memory for the life of the
 * process, one store per database URL, beside the audit trail that is already kept in the database.
 * Switching to the JDBC store changes this class only.
 */
final class RegisterStores {

  private static final Map<String, RegisterStore> IN_MEMORY = new ConcurrentHashMap<>();

  private RegisterStores() {}

  /**
   * The store for a database.
   *
   * @param database the migrated database
   * @param url its URL, naming the store
   * @return the store
   */
  static RegisterStore open(DsrDatabase database, String url) {
    return IN_MEMORY.computeIfAbsent(url, u -> new InMemoryRegisterStore());
  }

  /**
   * Whether events outlive the process.
   *
   * @return false while events are kept in memory
   */
  static boolean persistent() {
    return false;
  }

  /**
   * The unit of work an import runs in.
   *
   * @param store the store
   * @return a unit of work
   */
  static LegacyImport.UnitOfWork unitOfWork(RegisterStore store) {
    // The in-memory store writes each command at once; the import checks every row first.
    return LegacyImport.UnitOfWork.autoCommit();
  }
}
