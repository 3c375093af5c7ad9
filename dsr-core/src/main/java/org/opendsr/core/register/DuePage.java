package org.opendsr.core.register;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.store.DueCursor;

/**
 * A page of the worklist's entries, by keyset: see {@link AccessControlledRegister#worklistPage}.
 *
 * @param entries the entries of the page, earliest due first, then oldest first; each one the actor
 *     may see and the page's narrowing kept
 * @param next where the next page starts; empty when this is the last page
 */
public record DuePage(List<Entry> entries, Optional<DueCursor> next) {

  /** Validates and copies. */
  public DuePage {
    entries = List.copyOf(entries);
    Objects.requireNonNull(next, "next");
  }

  @Override
  public String toString() {
    return "DuePage[" + entries.size() + " entries, next=" + next + "]";
  }
}
