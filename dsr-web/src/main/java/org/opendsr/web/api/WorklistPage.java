package org.opendsr.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.opendsr.core.worklist.WorkCategory;

/**
 * One page of the worklist: overdue work first, then work due soon, each soonest first.
 *
 * @param asOf the day the worklist is for
 * @param page this page, from 1
 * @param size items on a full page
 * @param totalItems items on every page together, after the filters
 * @param totalPages how many pages there are (at least 1)
 * @param items the items on this page
 */
public record WorklistPage(
    LocalDate asOf, int page, int size, int totalItems, int totalPages, List<Item> items) {

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
