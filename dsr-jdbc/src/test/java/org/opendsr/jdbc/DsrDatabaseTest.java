package org.opendsr.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendsr.json.JsonEventCodec;

/** Opening a register to read it creates nothing; migrating creates or updates the schema. */
class DsrDatabaseTest {

  static Stream<DataSource> databases() {
    return TestDatabases.all().stream();
  }

  private static int tables(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        ResultSet rs =
            c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
      int n = 0;
      while (rs.next()) {
        n++;
      }
      return n;
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void opening_an_empty_database_says_it_holds_no_register_and_creates_no_table(DataSource ds)
      throws SQLException {
    assertThatThrownBy(() -> DsrDatabase.open(ds))
        .isExactlyInstanceOf(NoRegisterException.class)
        .hasMessageContaining("holds no register");
    assertThat(tables(ds)).isZero();
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_migrated_register_can_be_opened_without_migrating(DataSource ds) {
    DsrDatabase.migrate(ds);

    DsrDatabase opened = DsrDatabase.open(ds);

    JdbcRegisterStore store = new JdbcRegisterStore(opened, JsonEventCodec.standard());
    assertThat(store.entryIds()).isEmpty();
    assertThat(store.newEntryId().value()).isEqualTo("E-000001");
  }

  @ParameterizedTest
  @MethodSource("databases")
  void a_register_whose_schema_is_older_than_the_library_is_not_opened_until_migrated(DataSource ds)
      throws SQLException {
    DsrDatabase.migrate(ds);
    // As if the latest migration had not yet been run on this register.
    try (Connection c = ds.getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.execute(
          "DELETE FROM \"dsr_schema_history\" WHERE \"installed_rank\" ="
              + " (SELECT MAX(\"installed_rank\") FROM \"dsr_schema_history\")");
    }

    assertThatThrownBy(() -> DsrDatabase.open(ds))
        .isInstanceOf(org.opendsr.core.DsrException.class)
        .hasMessageContaining("must be migrated first");
  }

  @org.junit.jupiter.api.Test
  void an_embedded_h2_database_has_no_roles_to_grant() {
    DsrDatabase h2 = DsrDatabase.migrate(TestDatabases.freshH2());

    assertThatThrownBy(() -> h2.grantApplicationRole("dsr_app"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
