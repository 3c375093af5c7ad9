package org.opendsr.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2 trigger that refuses every UPDATE and DELETE on the register's history tables, so history
 * stays append-only even for code that bypasses the library, and every DELETE on the entry table,
 * where an entry is closed, never deleted. PostgreSQL does the same with PL/pgSQL triggers
 * (migrations {@code V2__append_only.sql} and {@code V3_4__one_open_entry_per_person.sql}).
 */
public final class AppendOnlyTrigger implements Trigger {

  private String table = "history";

  /** Creates the trigger; H2 calls this by reflection. */
  public AppendOnlyTrigger() {}

  @Override
  public void init(
      Connection conn,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    this.table = tableName.toLowerCase(Locale.ROOT);
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    String operation = newRow == null ? "DELETE" : "UPDATE";
    String why =
        table.equals("dsr_entry") ? "an entry is closed, never deleted" : "history is append-only";
    throw new SQLException(
        "dsr: " + operation + " on " + table + " is not allowed: " + why, "42501");
  }
}
