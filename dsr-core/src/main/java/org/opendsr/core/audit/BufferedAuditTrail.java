package org.opendsr.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An audit trail for bulk loads: records are kept in memory and written to the underlying trail by
 * {@link #flush()} as one {@link AuditTrail#appendAll} batch, alongside a {@link
 * org.opendsr.core.store.BatchingRegisterStore}. Every read flushes first, so nothing recorded is
 * ever missing from an answer.
 *
 * <p>For one writer, such as an import: not thread-safe.
 */
public final class BufferedAuditTrail implements AuditTrail {

  private final AuditTrail trail;
  private final List<AuditRecord> buffered = new ArrayList<>();

  /**
   * Buffers records for a trail.
   *
   * @param trail the trail the records are written to
   */
  public BufferedAuditTrail(AuditTrail trail) {
    this.trail = Objects.requireNonNull(trail, "trail");
  }

  /**
   * Writes the buffered records to the trail, and empties the buffer (also when the write fails).
   */
  public void flush() {
    if (buffered.isEmpty()) {
      return;
    }
    List<AuditRecord> batch = List.copyOf(buffered);
    buffered.clear();
    trail.appendAll(batch);
  }

  @Override
  public void append(AuditRecord record) {
    buffered.add(Objects.requireNonNull(record, "record"));
  }

  @Override
  public List<AuditRecord> forEntry(String entryId) {
    flush();
    return trail.forEntry(entryId);
  }

  @Override
  public List<AuditRecord> byActor(String userId) {
    flush();
    return trail.byActor(userId);
  }

  @Override
  public List<AuditRecord> all() {
    flush();
    return trail.all();
  }
}
