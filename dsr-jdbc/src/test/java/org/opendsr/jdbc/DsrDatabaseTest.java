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
}
