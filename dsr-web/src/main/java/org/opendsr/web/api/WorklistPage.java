package org.opendsr.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.opendsr.core.worklist.WorkCategory;

/**
 * One page of the worklist. Numbered pages ({@code page}): overdue work first, then work due soon,
 * each soonest first, with the totals. Pages by position ({@code after}): up to {@code size}
 * people's work, earliest due first, with where the next page starts and no totals.
 *
 * @param asOf the day the worklist is for
 * @param page this page, from 1 (numbered pages; 1 for a page by position)
 * @param size items (numbered) or people (by position) on a full page
 * @param totalItems items on every page together, after the filters; only for numbered pages
 * @param totalPages how many pages there are (at least 1); only for numbered pages
 * @param items the items on this page
 * @param next for a page by position, the {@code after} of the next page; absent on the last
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorklistPage(
    LocalDate asOf,
    int page,
    int size,
    Integer totalItems,
    Integer totalPages,
    List<Item> items,
    String next) {

  /**
   * One piece of due work.
   *
   * @param entryId the entry it is on
   * @param name the person's name, only for callers whose role may see people's entries
   * @param category the worklist column it belongs in
   * @param itemId the task or action id within the entry
   * @param description what is due
   * @param due when
   * @param overdue whether it is due before {@code asOf}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Item(
      String entryId,
      String name,
      WorkCategory category,
      String itemId,
      String description,
      LocalDate due,
      boolean overdue) {

    @Override
    public String toString() {
      return "Item[entryId=" + entryId + ", itemId=" + itemId + "]";
    }
  }
}
