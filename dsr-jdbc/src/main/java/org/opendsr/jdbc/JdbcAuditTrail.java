package org.opendsr.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.DsrException;
import org.opendsr.core.Violation;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Operation;
import org.opendsr.core.access.Role;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.AuditTrail;

/**
 * The audit trail in table {@code dsr_audit}, which the database keeps append-only (migration
 * {@code V2__append_only.sql}). Each append is its own statement in auto-commit, so a denied call
 * is recorded even when nothing else is written.
 *
 * <p>Rows written before migration {@code V4_17} recorded only whether access was allowed, not what
 * came of the call: they read back with {@link AuditRecord.Outcome#NOT_RECORDED}.
 */
public final class JdbcAuditTrail implements AuditTrail {

  private static final String COLUMNS =
      "occurred_at, actor, actor_role, agency_id, purpose, operation, entry_id, access, outcome,"
          + " refused_by, break_glass, break_glass_reason, detail";

  /** Records sent to the database in one JDBC batch by {@link #appendAll}. */
  private static final int RECORDS_PER_JDBC_BATCH = 1_000;

  private final DsrDatabase database;

  /**
   * Creates the trail over a migrated database.
   *
   * @param database the database
   */
  public JdbcAuditTrail(DsrDatabase database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  private static final String INSERT =
      "INSERT INTO dsr_audit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Override
  public void append(AuditRecord record) {
    Objects.requireNonNull(record, "record");
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(INSERT)) {
      set(ps, record);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw DatabaseException.of("could not append to the audit trail", e);
    }
  }

  /** Writes the records as JDBC batches in one transaction: all of them or none. */
  @Override
  public void appendAll(List<AuditRecord> records) {
    Objects.requireNonNull(records, "records");
    if (records.isEmpty()) {
      return;
    }
    try (Connection c = database.dataSource().getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(INSERT)) {
        int batched = 0;
        for (AuditRecord record : records) {
          set(ps, Objects.requireNonNull(record, "record"));
          ps.addBatch();
          if (++batched % RECORDS_PER_JDBC_BATCH == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
        c.commit();
      } catch (SQLException | RuntimeException e) {
        Rollbacks.rollback(c).ifPresent(e::addSuppressed);
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw DatabaseException.of("could not append to the audit trail", e);
    }
  }

  private static void set(PreparedStatement ps, AuditRecord record) throws SQLException {
    ps.setTimestamp(1, Timestamp.from(record.at()));
    ps.setString(2, record.userId());
    ps.setString(3, record.role().name());
    setOptional(ps, 4, record.agencyId());
    ps.setString(5, record.purpose().name());
    ps.setString(6, record.operation().name());
    setOptional(ps, 7, record.entryId());
    ps.setString(8, record.access().name());
    ps.setString(9, record.outcome().name());
    setOptional(
        ps, 10, record.refusedBy().isEmpty() ? Optional.empty() : Optional.of(encode(record)));
    ps.setBoolean(11, record.breakGlass());
    setOptional(ps, 12, record.breakGlassReason());
    ps.setString(13, record.detail());
  }

  /** One "field TAB rule" a line, with backslash, tab and line breaks escaped. */
  private static String encode(AuditRecord record) {
    StringBuilder out = new StringBuilder();
    for (Violation v : record.refusedBy()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(escape(v.field())).append('\t').append(escape(v.rule()));
    }
    return out.toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static List<Violation> decode(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new DsrException("an audit row's refused_by is not one field and rule a line");
      }
      out.add(Violation.of(unescape(line.substring(0, tab)), unescape(line.substring(tab + 1))));
    }
    return out;
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(
            switch (next) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              default -> next;
            });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @Override
  public List<AuditRecord> forEntry(String entryId) {
    Objects.requireNonNull(entryId, "entryId");
    return query("WHERE entry_id = ?", entryId);
  }

  @Override
  public List<AuditRecord> byActor(String userId) {
    Objects.requireNonNull(userId, "userId");
    return query("WHERE actor = ?", userId);
  }

  @Override
  public List<AuditRecord> all() {
    return query("", null);
  }

  private List<AuditRecord> query(String where, String parameter) {
    String sql = "SELECT " + COLUMNS + " FROM dsr_audit " + where + " ORDER BY audit_id";
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (parameter != null) {
        ps.setString(1, parameter);
      }
      List<AuditRecord> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return List.copyOf(out);
    } catch (SQLException e) {
      throw DatabaseException.of("could not read the audit trail", e);
    }
  }

  private static AuditRecord read(ResultSet rs) throws SQLException {
    return new AuditRecord(
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor"),
        Role.valueOf(rs.getString("actor_role")),
        Optional.ofNullable(rs.getString("agency_id")),
        AccessPurpose.valueOf(rs.getString("purpose")),
        Operation.valueOf(rs.getString("operation")),
        Optional.ofNullable(rs.getString("entry_id")),
        AuditRecord.Access.valueOf(rs.getString("access")),
        AuditRecord.Outcome.valueOf(rs.getString("outcome")),
        decode(rs.getString("refused_by")),
        rs.getBoolean("break_glass"),
        Optional.ofNullable(rs.getString("break_glass_reason")),
        Optional.ofNullable(rs.getString("detail")).orElse(""));
  }

  private static void setOptional(PreparedStatement ps, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      ps.setString(index, value.get());
    } else {
      ps.setNull(index, Types.VARCHAR);
    }
  }
}
