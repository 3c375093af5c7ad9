package org.opendsr.core.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.opendsr.core.AccessDeniedException;
import org.opendsr.core.access.AccessPolicy;
import org.opendsr.core.access.AccessPurpose;
import org.opendsr.core.access.Actor;
import org.opendsr.core.access.EntryAccessFacts;
import org.opendsr.core.access.Operation;
import org.opendsr.core.audit.AuditRecord;
import org.opendsr.core.audit.AuditTrail;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.store.DueCursor;
import org.opendsr.core.store.EntrySummary;
import org.opendsr.core.store.WorkDue;

/**
 * Fills a page of the access-controlled worklist from the store's keyset pages: skips the entries
 * the actor may not see or the narrowing refuses, reads on until the page is full, and decides and
 * audits the view of each entry shown (the allowed views in one audit write).
 */
final class WorklistPages {

  private final DynamicSupportRegister register;
  private final AuditedAccess access;
  private final AuditTrail audit;
  private final Function<Entry, EntryAccessFacts> facts;

  WorklistPages(
      DynamicSupportRegister register,
      AuditedAccess access,
      AuditTrail audit,
      Function<Entry, EntryAccessFacts> facts) {
    this.register = register;
    this.access = access;
    this.audit = audit;
    this.facts = facts;
  }

  /** The page; the call itself has been checked and audited by the caller. */
  DuePage page(
      Actor actor,
      AccessPurpose purpose,
      WorkDue column,
      LocalDate by,
      Optional<DueCursor> after,
      int size,
      Predicate<Entry> keep) {
    List<Entry> page = new ArrayList<>();
    Optional<DueCursor> from = after;
    while (true) {
      // Asks one row more than the page needs, to know whether another page follows.
      int wanted = size - page.size() + 1;
      List<EntrySummary> rows = register.dueBy(column, by, from, wanted);
      for (EntrySummary row : rows) {
        if (page.size() == size) {
          return new DuePage(viewed(actor, purpose, page), from);
        }
        from = Optional.of(DueCursor.after(column, row));
        Optional<Entry> entry = register.find(row.entryId());
        if (entry.isPresent()
            && AccessPolicy.maySee(actor, facts.apply(entry.get()))
            && keep.test(entry.get())) {
          page.add(entry.get());
        }
      }
      if (rows.size() < wanted) {
        return new DuePage(viewed(actor, purpose, page), Optional.empty());
      }
    }
  }

  /** The entries of a page the actor may view, each view decided and audited, in one write. */
  private List<Entry> viewed(Actor actor, AccessPurpose purpose, List<Entry> page) {
    if (!actor.role().allows(Operation.VIEW_ENTRY)) {
      return page;
    }
    List<Entry> viewed = new ArrayList<>();
    List<AuditRecord> allowed = new ArrayList<>();
    try {
      for (Entry entry : page) {
        try {
          allowed.add(
              access
                  .decideOn(
                      actor,
                      purpose,
                      Operation.VIEW_ENTRY,
                      Optional.of(entry.id()),
                      Optional.of(entry),
                      Optional.empty())
                  .record());
          viewed.add(entry);
        } catch (AccessDeniedException refused) {
          // Audited by decideOn(); left out.
        }
      }
    } finally {
      audit.appendAll(allowed);
    }
    return viewed;
  }
}
