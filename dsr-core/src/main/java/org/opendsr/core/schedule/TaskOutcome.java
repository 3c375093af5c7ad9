package org.opendsr.core.schedule;

/** How a task was closed. */
public enum TaskOutcome {
  /** The work was done. */
  DONE,
  /** Replaced by a newer task of the same kind (e.g. a new review date after a new rating). */
  SUPERSEDED,
  /** The person refused (e.g. a C(E)TR; Assuring Transformation outcome code 8). */
  REFUSED,
  /** No longer needed. */
  CANCELLED
}
