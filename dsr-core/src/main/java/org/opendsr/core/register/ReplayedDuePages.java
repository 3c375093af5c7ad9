package org.opendsr.core.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.store.DueCursor;
import org.opendsr.core.store.EntrySummary;
import org.opendsr.core.store.WorkDue;

/**
 * A keyset page of the worklist for a store that cannot page itself: every entry is replayed,
 * sorted by due date then creation order, and the page taken after the cursor. The order is the one
 * a {@link org.opendsr.core.store.PagedWorklistStore} gives, so the two agree page by page.
 */
final class ReplayedDuePages {

  private ReplayedDuePages() {}

  static List<EntrySummary> page(
      List<EntryId> ids,
      Function<EntryId, Entry> entry,
      WorkDue column,
      LocalDate by,
      Optional<DueCursor> after,
      int limit) {
    Map<EntryId, Integer> created = new HashMap<>();
    List<EntrySummary> due = new ArrayList<>();
    for (EntryId id : ids) {
      created.put(id, created.size());
      EntrySummary summary = EntrySummary.of(entry.apply(id));
      if (column.of(summary).filter(d -> !d.isAfter(by)).isPresent()) {
        due.add(summary);
      }
    }
    Comparator<EntrySummary> order =
        Comparator.comparing((EntrySummary s) -> column.of(s).orElseThrow())
            .thenComparing(s -> created.get(s.entryId()));
    due.sort(order);
    List<EntrySummary> page = new ArrayList<>();
    for (EntrySummary s : due) {
      if (page.size() == limit) {
        break;
      }
      if (after.isEmpty()
          || isAfter(column.of(s).orElseThrow(), created.get(s.entryId()), after.get(), created)) {
        page.add(s);
      }
    }
    return page;
  }

  private static boolean isAfter(
      LocalDate due, int position, DueCursor cursor, Map<EntryId, Integer> created) {
    int c = due.compareTo(cursor.due());
    if (c != 0) {
      return c > 0;
    }
    Integer cursorPosition = created.get(cursor.entryId());
    return cursorPosition != null && position > cursorPosition;
  }
}
