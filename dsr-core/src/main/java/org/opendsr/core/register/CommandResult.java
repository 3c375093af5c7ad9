package org.opendsr.core.register;

import java.util.List;
import java.util.Objects;
import org.opendsr.core.entry.Entry;
import org.opendsr.core.entry.EntryId;
import org.opendsr.core.event.RecordedEvent;

/**
 * What a successful command did.
 *
 * @param entryId the entry it concerned (a new one for a referral)
 * @param version the entry's version after the command; pass it as the expected version next time
 * @param events the events recorded, in order
 * @param entry the entry as it is after the command
 */
public record CommandResult(
    EntryId entryId, long version, List<RecordedEvent> events, Entry entry) {

  /** Validates and copies. */
  public CommandResult {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(entry, "entry");
    events = List.copyOf(events);
  }
}
