package org.opendsr.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A health check can tell whether the register's schema is at the version the library needs. */
class SchemaVersionTest {

  @Test
  void a_migrated_register_has_its_schema_current() {
    for (DataSource dataSource : TestDatabases.all()) {
      assertThat(DsrDatabase.migrate(dataSource).isSchemaCurrent()).isTrue();
    }
  }

  @Test
  void a_register_missing_its_latest_migration_is_not_current() throws SQLException {
    for (DataSource dataSource : TestDatabases.all()) {
      DsrDatabase database = DsrDatabase.migrate(dataSource);
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            "DELETE FROM \"dsr_schema_history\" WHERE \"installed_rank\" ="
                + " (SELECT MAX(\"installed_rank\") FROM \"dsr_schema_history\")");
      }
      assertThat(database.isSchemaCurrent()).isFalse();
    }
  }
}
