package org.opendsr.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.NotFoundException;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.Operation;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.person.Agency;
import org.opendsr.core.person.Professional;
import org.opendsr.core.register.AccessControlledRegister;
import org.opendsr.core.register.DuePage;
import org.opendsr.core.store.DueCursor;
import org.opendsr.core.store.WorkDue;
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
  private Optional<DueCursor> next = Optional.empty();

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
   * One page of the worklist, paged by the register's store by keyset: the work of up to {@code
   * people} entries, the entries in the order of their earliest due work (review work when the
   * filter is {@link WorkCategory#REVIEW}: the due-review worklist), then oldest first, and each
   * entry's work due by the horizon, earliest first. The kind of work and the filters on the person
   * are applied as the register reads each entry (it skips entries left with no work and reads on
   * until the page is full), so only the store's index is read in SQL; access control applies to
   * every entry ({@link AccessControlledRegister#worklistPage}).
   *
   * @param register the register the user reaches
   * @param actor the user
   * @param purpose the purpose of the user's reads
   * @param asOf the day
   * @param dueWithinDays how far ahead "due soon" looks
   * @param filters what to keep
   * @param after where the previous page ended; empty for the first page
   * @param people the most entries on the page
   * @return the selection, with {@link #next()} set when another page follows
   */
  public static WorklistSelection page(
      AccessControlledRegister register,
      Actor actor,
      AccessPurpose purpose,
      LocalDate asOf,
      int dueWithinDays,
      Filters filters,
      Optional<DueCursor> after,
      int people) {
    Optional<WorkCategory> category = filters.category();
    WorkDue column =
        category.filter(c -> c == WorkCategory.REVIEW).isPresent() ? WorkDue.REVIEW : WorkDue.ANY;
    Predicate<Entry> keep =
        entry ->
            (!filters.byPerson() || filters.matches(entry))
                && !workOf(entry, asOf, dueWithinDays, category).isEmpty();
    DuePage page =
        register.worklistPage(
            actor, purpose, column, asOf.plusDays(dueWithinDays), after, people, keep);
    WorklistSelection selection = new WorklistSelection(register, actor, purpose);
    boolean viewed = actor.role().allows(Operation.VIEW_ENTRY);
    for (Entry entry : page.entries()) {
      selection.items.addAll(workOf(entry, asOf, dueWithinDays, category));
      if (viewed) {
        // The register read (decided and audited) each entry of the page as a view of it.
        selection.read.put(entry.id(), Optional.of(entry));
      }
    }
    selection.next = page.next();
    return selection;
  }

  /** An entry's work due by the horizon, earliest first, of one kind if one is chosen. */
  private static List<WorklistItem> workOf(
      Entry entry, LocalDate asOf, int dueWithinDays, Optional<WorkCategory> category) {
    return Worklist.of(List.of(entry), asOf, dueWithinDays).items().stream()
        .filter(i -> category.isEmpty() || i.category() == category.get())
        .toList();
  }

  /**
   * Where the next page starts, for a selection made by {@link #page}.
   *
   * @return the position, or empty on the last page (and for a selection made by {@link #of})
   */
  public Optional<DueCursor> next() {
    return next;
  }

  /**
   * The items kept: overdue first, then by due date, for a selection made by {@link #of}; entry by
   * entry for a page made by {@link #page}.
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
