package org.opendsr.core.audit;

import java.util.List;

/**
 * The audit trail port: append-only, queryable by entry (for the person) and by actor. dsr-core
 * ships {@link InMemoryAuditTrail}; dsr-jdbc stores it in a table that refuses UPDATE and DELETE.
 */
public interface AuditTrail {

  /**
   * Appends one record. There is no way to change or remove one.
   *
   * @param record the record
   */
  void append(AuditRecord record);

  /**
   * Every record about one entry, oldest first.
   *
   * @param entryId the entry
   * @return the records
   */
  List<AuditRecord> forEntry(String entryId);

  /**
   * Every record of one actor's calls, oldest first.
   *
   * @param userId the actor's user id
   * @return the records
   */
  List<AuditRecord> byActor(String userId);

  /**
   * Every record, oldest first.
   *
   * @return the records
   */
  List<AuditRecord> all();

  /**
   * Records many decisions: for a bulk load, where one write for many records costs far less than
   * one each. The JDBC trail writes them all in one transaction; this default appends one after
   * another.
   *
   * @param records the records, in the order they were made
   */
  default void appendAll(List<AuditRecord> records) {
    for (AuditRecord record : records) {
      append(record);
    }
  }
}
