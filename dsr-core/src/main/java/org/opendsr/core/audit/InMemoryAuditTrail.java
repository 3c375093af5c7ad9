package org.opendsr.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** An audit trail in memory, for tests and small embedders. Thread-safe. */
public final class InMemoryAuditTrail implements AuditTrail {

  private final List<AuditRecord> records = new ArrayList<>();

  /** Creates an empty trail. */
  public InMemoryAuditTrail() {}

  @Override
  public synchronized void append(AuditRecord record) {
    records.add(Objects.requireNonNull(record, "record"));
  }

  @Override
  public List<AuditRecord> forEntry(String entryId) {
    Objects.requireNonNull(entryId, "entryId");
    return select(r -> r.entryId().filter(entryId::equals).isPresent());
  }

  @Override
  public List<AuditRecord> byActor(String userId) {
    Objects.requireNonNull(userId, "userId");
    return select(r -> r.userId().equals(userId));
  }

  @Override
  public List<AuditRecord> all() {
    return select(r -> true);
  }

  private synchronized List<AuditRecord> select(Predicate<AuditRecord> filter) {
    return records.stream().filter(filter).toList();
  }
}
