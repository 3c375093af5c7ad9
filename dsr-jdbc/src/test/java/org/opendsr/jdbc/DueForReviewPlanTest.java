package org.opendsr.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.opendsr.core.store.WorkDue;
import org.opendsr.json.JsonEventCodec;

/**
 * PostgreSQL answers the due-review worklist, whole or a page at a time, from its index, not by
 * reading every entry.
 */
class DueForReviewPlanTest {

  private static final int ENTRIES = 200_000;

  @Test
  void the_due_review_query_uses_the_review_due_index_on_a_large_register() throws Exception {
    assumeThat(TestDatabases.postgresConfigured()).as("DSR_PG_URL set").isTrue();
    DataSource pg = TestDatabases.freshPostgres();
    JdbcRegisterStore store =
        new JdbcRegisterStore(DsrDatabase.migrate(pg), JsonEventCodec.standard());
    try (Connection c = pg.getConnection();
        Statement s = c.createStatement()) {
      // Two years of due dates; a third of entries closed, so owing nothing.
      s.executeUpdate(
          "INSERT INTO dsr_entry (entry_id, version, status, next_review_due, next_work_due)"
              + " SELECT 'E-' || lpad(g::text, 7, '0'), 3,"
              + " CASE WHEN g % 3 = 0 THEN 'CLOSED' ELSE 'ACTIVE' END,"
              + " CASE WHEN g % 3 = 0 THEN NULL ELSE DATE '2026-01-01' + (g % 730) END,"
              + " CASE WHEN g % 3 = 0 THEN NULL ELSE DATE '2026-01-01' + (g % 730) END"
              + " FROM generate_series(1, "
              + ENTRIES
              + ") AS g");
      s.execute("ANALYZE dsr_entry");
    }
    LocalDate by = LocalDate.of(2026, 1, 15);

    StringBuilder plan = new StringBuilder();
    try (Connection c = pg.getConnection();
        PreparedStatement ps = c.prepareStatement("EXPLAIN " + JdbcRegisterStore.DUE_FOR_REVIEW)) {
      ps.setObject(1, by);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
    }

    assertThat(plan.toString())
        .as("plan:%n%s", plan)
        .contains("Index")
        .contains("dsr_entry_review_due")
        .doesNotContain("Seq Scan");
    assertThat(store.dueForReviewBy(by))
        .isNotEmpty()
        .allSatisfy(summary -> assertThat(summary.reviewDueBy(by)).isTrue());

    // A page after a cursor reads each column's index from the cursor on, with no sort.
    for (WorkDue column : WorkDue.values()) {
      String page = plan(pg, JdbcRegisterStore.duePageSql(column, true), by);
      assertThat(page)
          .as("plan:%n%s", page)
          .contains(column == WorkDue.REVIEW ? "dsr_entry_review_due" : "dsr_entry_work_due")
          .contains("Limit")
          .doesNotContain("Sort")
          .doesNotContain("Seq Scan");
    }
  }

  private static String plan(DataSource pg, String sql, LocalDate by) throws Exception {
    StringBuilder plan = new StringBuilder();
    try (Connection c = pg.getConnection();
        PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
      ps.setObject(1, by);
      ps.setObject(2, by.minusDays(7));
      ps.setString(3, "E-0001000");
      ps.setInt(4, 20);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
    }
    return plan.toString();
  }
}
