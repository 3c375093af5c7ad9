package org.opendsr.core.entry;

import java.util.Objects;
import org.opendsr.core.ConcurrentUpdateException;
import org.opendsr.core.ValidationException;

/**
 * Which entry a command is about, and the version of it the caller read: the register refuses the
 * command if the entry has moved on since.
 *
 * @param entryId the entry
 * @param expectedVersion the version read, at least 1 for an existing entry
 */
public record EntryRef(EntryId entryId, long expectedVersion) {

  /** Validates both parts. */
  public EntryRef {
    Objects.requireNonNull(entryId, "entryId");
    if (expectedVersion < 1) {
      throw ValidationException.of("expectedVersion", "must be at least 1 for an existing entry");
    }
  }

  /**
   * A reference to an entry at a version.
   *
   * @param entryId the entry
   * @param expectedVersion the version read
   * @return the reference
   */
  public static EntryRef of(EntryId entryId, long expectedVersion) {
    return new EntryRef(entryId, expectedVersion);
  }

  /**
   * A reference to an entry as it was read.
   *
   * @param entry the entry read
   * @return its id at its version
   */
  public static EntryRef to(Entry entry) {
    return new EntryRef(entry.id(), entry.version());
  }

  /**
   * Checks that the entry is still at the version read.
   *
   * @param currentVersion the entry's version now
   * @throws ConcurrentUpdateException if it has moved on (or is behind)
   */
  public void requireCurrent(long currentVersion) {
    if (currentVersion != expectedVersion) {
      throw ConcurrentUpdateException.notAtVersion(entryId, currentVersion, expectedVersion);
    }
  }

  @Override
  public String toString() {
    return entryId + "@" + expectedVersion;
  }
}
