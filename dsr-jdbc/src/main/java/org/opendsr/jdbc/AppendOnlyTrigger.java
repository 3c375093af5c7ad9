package org.opendsr.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that refuses every UPDATE and DELETE on the register's history tables, so history
 * stays append-only even for code that bypasses the library. PostgreSQL does the same with a
 * PL/pgSQL trigger (migration {@code V2__append_only.sql}).
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
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    String operation = newRow == null ? "DELETE" : "UPDATE";
    throw new SQLException(
        "dsr: " + operation + " on " + table + " is not allowed: history is append-only", "42501");
  }
}
