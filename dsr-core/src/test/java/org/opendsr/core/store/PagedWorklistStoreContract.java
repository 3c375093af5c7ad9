package org.opendsr.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.entry.EntryStatus;
import org.opendsr.core.event.RecordedEvent;
import org.opendsr.core.event.RegisterEvent;

/**
 * The contract of a {@link PagedWorklistStore}: everything an {@link IndexedRegisterStore}
 * promises, and its worklists a page at a time by keyset, in the order of the whole list, with no
 * row twice and none missed. A database adapter extends it with its own store.
 */
public abstract class PagedWorklistStoreContract extends IndexedRegisterStoreContract {

  private static final Instant AT = Instant.parse("2026-05-11T09:00:00Z");
  private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

  private PagedWorklistStore paged;

  /**
   * A new, empty paging store.
   *
   * @return the store under test
   */
  @Override
  protected abstract PagedWorklistStore newStore();

  @BeforeEach
  void emptyPagedStore() {
    paged = newStore();
  }

  private EntryId entry(int reviewInDays, int workInDays) {
    EntryId id = paged.newEntryId();
    write(id, 0, reviewInDays, workInDays);
    return id;
  }

  private void write(EntryId id, long version, int reviewInDays, int workInDays) {
    RecordedEvent held =
        new RecordedEvent(
            id,
            version + 1,
            "coordinator-1",
            AT,
            "test",
            new RegisterEvent.DsrReviewHeld(MAY_1.minusDays(1)));
    paged.append(
        id,
        version,
        List.of(held),
        new EntrySummary(
            id,
            version + 1,
            EntryStatus.ACTIVE,
            reviewInDays < 0 ? Optional.empty() : Optional.of(MAY_1.plusDays(reviewInDays)),
            Optional.of(MAY_1.plusDays(workInDays))));
  }

  /** Every page of a worklist, each of at most {@code size} rows, followed cursor by cursor. */
  private List<List<EntryId>> pages(WorkDue column, LocalDate by, int size) {
    List<List<EntryId>> pages = new ArrayList<>();
    Optional<DueCursor> after = Optional.empty();
    while (true) {
      List<EntrySummary> page = paged.dueBy(column, by, after, size);
      assertThat(page).hasSizeLessThanOrEqualTo(size);
      if (page.isEmpty()) {
        return pages;
      }
      pages.add(page.stream().map(EntrySummary::entryId).toList());
      after = Optional.of(DueCursor.after(column, page.get(page.size() - 1)));
    }
  }

  @Test
  void the_store_finds_itself_as_a_paging_store() {
    assertThat(paged.paged()).containsSame(paged);
  }

  @Test
  void the_due_review_worklist_comes_a_page_at_a_time_in_the_order_of_the_whole_list() {
    EntryId a = entry(5, 1);
    EntryId b = entry(2, 2);
    EntryId c = entry(5, 5);
    EntryId d = entry(2, 0);
    EntryId e = entry(9, 9);
    EntryId f = entry(5, 3);
    entry(40, 40);
    entry(-1, 0);

    List<List<EntryId>> pages = pages(WorkDue.REVIEW, MAY_1.plusDays(30), 2);

    assertThat(pages).containsExactly(List.of(b, d), List.of(a, c), List.of(f, e));
    assertThat(pages.stream().flatMap(List::stream).toList())
        .isEqualTo(
            paged.dueForReviewBy(MAY_1.plusDays(30)).stream().map(EntrySummary::entryId).toList());
  }

  @Test
  void the_whole_worklist_pages_by_the_next_work_of_any_kind() {
    EntryId reviewLater = entry(20, 4);
    EntryId noReview = entry(-1, 1);
    EntryId sameDay = entry(-1, 4);
    entry(-1, 15);

    assertThat(pages(WorkDue.ANY, MAY_1.plusDays(14), 2))
        .containsExactly(List.of(noReview, reviewLater), List.of(sameDay));
  }

  @Test
  void a_first_page_stops_at_the_limit_and_a_page_past_the_end_is_empty() {
    EntryId first = entry(1, 1);
    EntryId second = entry(1, 1);
    EntryId third = entry(1, 1);

    List<EntrySummary> page = paged.dueBy(WorkDue.REVIEW, MAY_1.plusDays(1), Optional.empty(), 2);
    assertThat(page).extracting(EntrySummary::entryId).containsExactly(first, second);
    assertThat(
            paged.dueBy(
                WorkDue.REVIEW,
                MAY_1.plusDays(1),
                Optional.of(new DueCursor(MAY_1.plusDays(1), third)),
                2))
        .isEmpty();
  }

  @Test
  void work_rescheduled_before_the_cursor_between_pages_is_not_shown_twice() {
    EntryId early = entry(1, 1);
    EntryId middle = entry(3, 3);
    EntryId late = entry(5, 5);
    List<EntrySummary> first = paged.dueBy(WorkDue.REVIEW, MAY_1.plusDays(9), Optional.empty(), 2);
    assertThat(first).extracting(EntrySummary::entryId).containsExactly(early, middle);

    // Between the pages, the early entry's review moves to after the late one's.
    write(early, 1, 7, 7);
    List<EntrySummary> next =
        paged.dueBy(
            WorkDue.REVIEW,
            MAY_1.plusDays(9),
            Optional.of(DueCursor.after(WorkDue.REVIEW, first.get(1))),
            2);

    assertThat(next).extracting(EntrySummary::entryId).containsExactly(late, early);
  }

  @Test
  void a_cursor_naming_an_entry_the_store_does_not_hold_starts_after_its_day() {
    entry(2, 2);
    EntryId nextDay = entry(3, 3);

    assertThat(
            paged.dueBy(
                WorkDue.REVIEW,
                MAY_1.plusDays(9),
                Optional.of(new DueCursor(MAY_1.plusDays(2), EntryId.numbered(999_999))),
                5))
        .extracting(EntrySummary::entryId)
        .containsExactly(nextDay);
  }

  @Test
  void a_page_of_no_rows_is_refused() {
    assertThatThrownBy(() -> paged.dueBy(WorkDue.REVIEW, MAY_1, Optional.empty(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }
}
