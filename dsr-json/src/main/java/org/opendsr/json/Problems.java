package org.opendsr.json;

import java.util.ArrayList;
import java.util.List;
import org.opendsr.core.Violation;

/**
 * The problems found while reading one document. Not thread-safe: one instance per read. Keeps at
 * most {@link #MAX_LISTED} violations (a huge bad document should not make a huge message) but
 * counts them all, so a reader can tell whether anything went wrong below a given point.
 */
final class Problems {

  /** Most violations listed in one error. */
  static final int MAX_LISTED = 100;

  private final List<Violation> violations = new ArrayList<>();
  private int count;

  /** Records that the value at {@code path} broke {@code rule}. */
  void add(String path, String rule) {
    count++;
    if (violations.size() < MAX_LISTED) {
      violations.add(Violation.of(path, rule));
    }
  }

  /** How many problems were found so far. */
  int count() {
    return count;
  }

  /** Throws the error listing the problems, if there are any. */
  void throwIfAny() {
    if (count > 0) {
      throw new JsonFormatException(violations);
    }
  }

  /** An error with a single violation. */
  static JsonFormatException single(String path, String rule) {
    return new JsonFormatException(List.of(Violation.of(path, rule)));
  }
}
