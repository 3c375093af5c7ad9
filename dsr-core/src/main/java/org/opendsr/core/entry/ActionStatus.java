package org.opendsr.core.entry;

/** Where an action of the action plan stands. */
public enum ActionStatus {
  /** Agreed, not started. */
  OPEN,
  /** Under way. */
  IN_PROGRESS,
  /** Done. */
  DONE,
  /** No longer needed. */
  CANCELLED;

  /**
   * Whether the action still needs doing, so it appears on worklists.
   *
   * @return true for {@link #OPEN} and {@link #IN_PROGRESS}
   */
  public boolean isOutstanding() {
    return this == OPEN || this == IN_PROGRESS;
  }
}
