package org.opendsr.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.person.NhsNumber;
import org.opendsr.core.store.Append;
import org.opendsr.core.store.DueCursor;
import org.opendsr.core.store.EntrySummary;
import org.opendsr.core.store.IndexedRegisterStore;
import org.opendsr.core.store.PagedWorklistStore;
import org.opendsr.core.store.WorkDue;

/**
 * An indexed store whose worklist queries are timed as {@code opendsr.worklist.query}, tagged by
 * query ({@code work-due}, {@code due-for-review}, {@code due-page}). Everything else passes
 * straight through. It pages worklists ({@link #paged()}) exactly when the store it wraps does.
 */
public final class TimedRegisterStore implements PagedWorklistStore {

  private final IndexedRegisterStore delegate;
  private final Timer workDue;
  private final Timer dueForReview;
  private final Timer duePage;

  /**
   * Wraps a store.
   *
   * @param delegate the store
   * @param registry where the timings go
   */
  public TimedRegisterStore(IndexedRegisterStore delegate, MeterRegistry registry) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    Objects.requireNonNull(registry, "registry");
    this.workDue = registry.timer("opendsr.worklist.query", "query", "work-due");
    this.dueForReview = registry.timer("opendsr.worklist.query", "query", "due-for-review");
    this.duePage = registry.timer("opendsr.worklist.query", "query", "due-page");
  }

  @Override
  public EntryId newEntryId() {
    return delegate.newEntryId();
  }

  @Override
  public void append(EntryId entryId, long expectedVersion, List<RecordedEvent> events) {
    delegate.append(entryId, expectedVersion, events);
  }

  @Override
  public void append(
      EntryId entryId, long expectedVersion, List<RecordedEvent> events, EntrySummary after) {
    delegate.append(entryId, expectedVersion, events, after);
  }

  @Override
  public void appendAll(List<Append> appends) {
    delegate.appendAll(appends);
  }

  @Override
  public List<RecordedEvent> load(EntryId entryId) {
    return delegate.load(entryId);
  }

  @Override
  public List<EntryId> entryIds() {
    return delegate.entryIds();
  }

  @Override
  public List<EntryId> entryIdsFor(NhsNumber nhsNumber) {
    return delegate.entryIdsFor(nhsNumber);
  }

  @Override
  public List<EntrySummary> dueForReviewBy(LocalDate date) {
    return dueForReview.record(() -> delegate.dueForReviewBy(date));
  }

  @Override
  public List<EntryId> withWorkDueBy(LocalDate date) {
    return workDue.record(() -> delegate.withWorkDueBy(date));
  }

  /**
   * This store, when the store it wraps pages worklists; otherwise empty, and the register pages by
   * replaying entries.
   *
   * @return this store, or empty
   */
  @Override
  public Optional<PagedWorklistStore> paged() {
    return delegate.paged().isPresent() ? Optional.of(this) : Optional.empty();
  }

  /**
   * A page from the wrapped store, timed.
   *
   * @throws UnsupportedOperationException if the wrapped store does not page ({@link #paged()} is
   *     then empty, so the register does not ask)
   */
  @Override
  public List<EntrySummary> dueBy(
      WorkDue column, LocalDate by, Optional<DueCursor> after, int limit) {
    PagedWorklistStore pages =
        delegate
            .paged()
            .orElseThrow(
                () -> new UnsupportedOperationException("the wrapped store does not page"));
    return duePage.record(() -> pages.dueBy(column, by, after, limit));
  }
}
