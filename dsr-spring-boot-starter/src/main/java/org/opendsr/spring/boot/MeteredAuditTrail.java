package org.opendsr.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.opendsr.core.Violation;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.AuditTrail;

/**
 * An audit trail that also counts what it records: {@code opendsr.calls} by operation, access and
 * outcome, and {@code opendsr.refusals} by operation and the rule that refused. Every call a user
 * makes through the access-controlled register is audited, so these are the register's commands and
 * reads by kind and outcome. Tags hold only the library's own names: never an identifier, a value
 * or anything personal; numbers in a field path (an import's row) are folded to {@code #}.
 */
public final class MeteredAuditTrail implements AuditTrail {

  private static final int LONGEST_TAG = 120;

  private final AuditTrail delegate;
  private final MeterRegistry registry;

  /**
   * Wraps an audit trail.
   *
   * @param delegate where records are kept
   * @param registry where the counts go
   */
  public MeteredAuditTrail(AuditTrail delegate, MeterRegistry registry) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void append(AuditRecord record) {
    delegate.append(record);
    count(record);
  }

  @Override
  public void appendAll(List<AuditRecord> records) {
    delegate.appendAll(records);
    records.forEach(this::count);
  }

  @Override
  public List<AuditRecord> forEntry(String entryId) {
    return delegate.forEntry(entryId);
  }

  @Override
  public List<AuditRecord> byActor(String userId) {
    return delegate.byActor(userId);
  }

  @Override
  public List<AuditRecord> all() {
    return delegate.all();
  }

  private void count(AuditRecord record) {
    String operation = name(record.operation());
    registry
        .counter(
            "opendsr.calls",
            "operation",
            operation,
            "access",
            name(record.access()),
            "outcome",
            name(record.outcome()))
        .increment();
    for (Violation refusal : record.refusedBy()) {
      registry
          .counter(
              "opendsr.refusals",
              "operation",
              operation,
              "field",
              tag(refusal.field()),
              "rule",
              tag(refusal.rule()))
          .increment();
    }
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** A tag from the library's own wording, with any number folded so tags stay few. */
  static String tag(String text) {
    String folded = text.replaceAll("[0-9]+", "#");
    return folded.length() <= LONGEST_TAG ? folded : folded.substring(0, LONGEST_TAG);
  }
}
