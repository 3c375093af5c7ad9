package org.opendsr.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.Professional;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.worklist.WorkCategory;
import org.opendsr.core.worklist.Worklist;
import org.opendsr.core.worklist.WorklistItem;
import org.opendsr.rating.Rating;

/**
 * The worklist narrowed by the filters a user chose, overdue work first and then by due date: one
 * rule for the worklist page and the JSON API.
 *
 * <p>Filters on the person (rating, area, agency) read the entry through the access-controlled
 * register, once each, so each read is decided and audited, and work on an entry the user may not
 * see is left out rather than shown without a name.
 */
public final class WorklistSelection {

  /**
   * What to narrow the worklist to; an empty filter keeps everything.
   *
   * @param category only work of this worklist column
   * @param rating only people with this current rating
   * @param locality only people living in this reporting area (case does not matter)
   * @param agency only people this agency is involved with, by the agency's id or name (case does
   *     not matter)
   */
  public record Filters(
      Optional<WorkCategory> category,
      Optional<Rating> rating,
      Optional<String> locality,
      Optional<String> agency) {

    /** Blank text filters count as none. */
    public Filters {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(rating, "rating");
      locality = Objects.requireNonNull(locality, "locality").map(String::strip);
      locality = locality.filter(s -> !s.isEmpty());
      agency = Objects.requireNonNull(agency, "agency").map(String::strip);
      agency = agency.filter(s -> !s.isEmpty());
    }

    /**
     * No filter.
     *
     * @return filters that keep every item
     */
    public static Filters none() {
      return new Filters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Whether any filter needs the person's entry.
     *
     * @return true when rating, area or agency is set
     */
    public boolean byPerson() {
      return rating.isPresent() || locality.isPresent() || agency.isPresent();
    }

    /**
     * Whether an entry passes the filters on the person.
     *
     * @param entry the entry
     * @return true if it does
     */
    public boolean matches(Entry entry) {
      if (rating.isPresent() && !entry.currentRating().equals(rating)) {
        return false;
      }
      if (locality.isPresent()
          && !entry.person().residence().locality().equalsIgnoreCase(locality.get())) {
        return false;
      }
      if (agency.isPresent()) {
        String wanted = agency.get();
        return entry.agencies().stream().anyMatch(a -> named(a, wanted))
            || entry.professionals().stream()
                .map(Professional::agencyId)
                .anyMatch(wanted::equalsIgnoreCase);
      }
      return true;
    }
  }

  private final AccessControlledRegister register;
  private final Actor actor;
  private final AccessPurpose purpose;
  private final Map<EntryId, Optional<Entry>> read = new HashMap<>();
  private final List<WorklistItem> items = new ArrayList<>();

  private WorklistSelection(AccessControlledRegister register, Actor actor, AccessPurpose purpose) {
    this.register = register;
    this.actor = actor;
    this.purpose = purpose;
  }

  /**
   * Selects the worklist's items that pass the filters, overdue first, then by due date.
   *
   * @param register the register the user reaches
   * @param actor the user
   * @param purpose the purpose of the user's reads
   * @param worklist the user's worklist
   * @param filters what to keep
   * @return the selection
   */
  public static WorklistSelection of(
      AccessControlledRegister register,
      Actor actor,
      AccessPurpose purpose,
      Worklist worklist,
      Filters filters) {
    WorklistSelection selection = new WorklistSelection(register, actor, purpose);
    for (WorklistItem item : worklist.items()) {
      if (filters.category().isPresent() && item.category() != filters.category().get()) {
        continue;
      }
      if (filters.byPerson()) {
        Optional<Entry> entry = selection.entry(item.entryId());
        if (entry.isEmpty() || !filters.matches(entry.get())) {
          continue;
        }
      }
      selection.items.add(item);
    }
    selection.items.sort(
        Comparator.comparing((WorklistItem i) -> !i.overdue()).thenComparing(WorklistItem::due));
    return selection;
  }

  /**
   * The items kept, overdue first, then by due date.
   *
   * @return the items
   */
  public List<WorklistItem> items() {
    return List.copyOf(items);
  }

  /**
   * The entry of an item, read once through the register, if the user may see it.
   *
   * @param id the entry
   * @return the entry, or empty when the user may not see it
   */
  public Optional<Entry> entry(EntryId id) {
    return read.computeIfAbsent(id, this::readable);
  }

  /**
   * The person's name for the worklist, if the user may see the entry.
   *
   * @param id the entry
   * @return "Given Family", or empty
   */
  public Optional<String> name(EntryId id) {
    return entry(id).map(e -> e.person().name().given() + " " + e.person().name().family());
  }

  private Optional<Entry> readable(EntryId id) {
    try {
      return Optional.of(register.entry(actor, purpose, id));
    } catch (AccessDeniedException | NotFoundException notForThisUser) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "WorklistSelection[" + items.size() + " items]";
  }

  /** Agencies are matched by id or by name. */
  static boolean named(Agency agency, String wanted) {
    return agency.id().equalsIgnoreCase(wanted) || agency.name().equalsIgnoreCase(wanted);
  }
}
