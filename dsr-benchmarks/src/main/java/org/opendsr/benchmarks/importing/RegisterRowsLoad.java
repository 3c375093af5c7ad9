package org.opendsr.benchmarks.importing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.opendsr.jdbc.DsrDatabase;

/**
 * The second baseline: the rows an import writes to the register's own tables, written with plain
 * JDBC batches of 1,000 in one transaction into a newly migrated register, with nothing read from a
 * file and nothing decided. For every person the import carried over it writes their entry row
 * (with its status and worklist dates, so every index of the entry table is written as the import
 * writes it), one event of the same length as theirs and one audit record. It is the least that
 * keeping the register in H2 costs, whatever the import does before it writes.
 *
 * <p>The rows are taken from one real import ({@link #of}): the entry rows as they are, each event
 * as its status's first event with the person's own entry id and NHS number put in, so every
 * event's length is that of a real one, and the audit record as the import wrote it.
 */
final class RegisterRowsLoad {

  private static final int BATCH = 1_000;

  /** The entry rows of one import, column by column, and a sample event and audit record. */
  record Rows(
      String[] entryIds,
      String[] nhsNumbers,
      String[] statuses,
      LocalDate[] reviewDue,
      LocalDate[] workDue,
      Map<String, String[]> sampleEventByStatus,
      Object[] sampleAudit) {

    int size() {
      return entryIds.length;
    }
  }

  private RegisterRowsLoad() {}

  /**
   * Reads the rows an import wrote.
   *
   * @param url the register the import wrote to
   * @return its rows
   * @throws SQLException if it cannot be read
   */
  static Rows of(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      List<String[]> entries = new ArrayList<>();
      List<LocalDate[]> dates = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT entry_id, nhs_number, status, next_review_due, next_work_due, version"
                  + " FROM dsr_entry ORDER BY created_seq")) {
        while (rs.next()) {
          if (rs.getInt(6) != 1) {
            throw new IllegalStateException("the import wrote more than one event for an entry");
          }
          entries.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
          dates.add(
              new LocalDate[] {rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)});
        }
      }
      Map<String, String[]> samples = new HashMap<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT n.status, e.entry_id, n.nhs_number, e.event_type, e.actor, e.why, e.payload"
                  + " FROM dsr_event e JOIN dsr_entry n ON n.entry_id = e.entry_id"
                  + " WHERE n.created_seq IN (SELECT MIN(created_seq) FROM dsr_entry GROUP BY"
                  + " status)")) {
        while (rs.next()) {
          samples.put(
              rs.getString(1),
              new String[] {
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7)
              });
        }
      }
      Object[] audit = new Object[10];
      try (ResultSet rs =
          s.executeQuery(
              "SELECT actor, actor_role, agency_id, purpose, operation, access, outcome,"
                  + " refused_by, break_glass, detail FROM dsr_audit ORDER BY audit_id DESC"
                  + " LIMIT 1")) {
        rs.next();
        for (int i = 0; i < audit.length; i++) {
          audit[i] = rs.getObject(i + 1);
        }
      }
      int n = entries.size();
      Rows rows =
          new Rows(
              new String[n],
              new String[n],
              new String[n],
              new LocalDate[n],
              new LocalDate[n],
              samples,
              audit);
      for (int i = 0; i < n; i++) {
        rows.entryIds()[i] = entries.get(i)[0];
        rows.nhsNumbers()[i] = entries.get(i)[1];
        rows.statuses()[i] = entries.get(i)[2];
        rows.reviewDue()[i] = dates.get(i)[0];
        rows.workDue()[i] = dates.get(i)[1];
      }
      return rows;
    }
  }

  /**
   * Migrates a new register and writes the rows into it.
   *
   * @param rows what to write
   * @param at when the events and audit records say they happened (the import's clock)
   * @param url the new register
   * @return rows written to the entry table
   * @throws SQLException if a write fails
   */
  static long load(Rows rows, Instant at, String url) throws SQLException {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(url);
    // Held open for the whole load, as the command line holds its own.
    try (Connection c = source.getConnection()) {
      DsrDatabase.migrate(source);
      c.setAutoCommit(false);
      OffsetDateTime occurred = at.atOffset(ZoneOffset.UTC);
      Timestamp audited = Timestamp.from(at);
      try (PreparedStatement entry =
              c.prepareStatement(
                  "INSERT INTO dsr_entry (version, nhs_number, status, next_review_due,"
                      + " next_work_due, entry_id) VALUES (1, ?, ?, ?, ?, ?)");
          PreparedStatement event =
              c.prepareStatement(
                  "INSERT INTO dsr_event (entry_id, version, event_type, occurred_at, actor, why,"
                      + " payload) VALUES (?, 1, ?, ?, ?, ?, ?)");
          PreparedStatement audit =
              c.prepareStatement(
                  "INSERT INTO dsr_audit (occurred_at, actor, actor_role, agency_id, purpose,"
                      + " operation, access, outcome, refused_by, break_glass, detail, entry_id)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < rows.size(); i++) {
          String id = rows.entryIds()[i];
          String nhs = rows.nhsNumbers()[i];
          entry.setString(1, nhs);
          entry.setString(2, rows.statuses()[i]);
          entry.setObject(3, rows.reviewDue()[i]);
          entry.setObject(4, rows.workDue()[i]);
          entry.setString(5, id);
          entry.addBatch();
          String[] sample = rows.sampleEventByStatus().get(rows.statuses()[i]);
          event.setString(1, id);
          event.setString(2, sample[2]);
          event.setObject(3, occurred);
          event.setString(4, sample[3]);
          event.setString(5, sample[4]);
          event.setString(6, sample[5].replace(sample[0], id).replace(sample[1], nhs));
          event.addBatch();
          audit.setTimestamp(1, audited);
          for (int k = 0; k < rows.sampleAudit().length; k++) {
            audit.setObject(k + 2, rows.sampleAudit()[k]);
          }
          audit.setString(12, id);
          audit.addBatch();
          if ((i + 1) % BATCH == 0) {
            entry.executeBatch();
            event.executeBatch();
            audit.executeBatch();
          }
        }
        entry.executeBatch();
        event.executeBatch();
        audit.executeBatch();
      }
      c.commit();
      return rows.size();
    }
  }
}
