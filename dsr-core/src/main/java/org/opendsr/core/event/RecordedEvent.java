package org.opendsr.core.event;

import java.time.Instant;
import java.util.Objects;
import org.opendsr.core.ValidationException;
import org.opendsr.core.entry.EntryId;

/**
 * One event as stored: which entry, its position, who, when, why and what changed.
 *
 * @param entryId the entry
 * @param version the entry's version after this event (1 for the first event)
 * @param actor the opaque id of whoever issued the command
 * @param at when it was recorded, from the register's clock
 * @param why why it happened, in words free of personal data
 * @param change what changed
 */
public record RecordedEvent(
    EntryId entryId, long version, String actor, Instant at, String why, RegisterEvent change) {

  /** Validates every part. */
  public RecordedEvent {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(change, "change");
    if (version < 1) {
      throw ValidationException.of("version", "must be at least 1");
    }
  }
}
