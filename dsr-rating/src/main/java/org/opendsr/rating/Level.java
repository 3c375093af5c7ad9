package org.opendsr.rating;

/**
 * A graded answer, as used by matrix tools for children (each section rated High, Medium or Low).
 * Declared from least to most concerning, so {@link #ordinal()} grows with risk.
 */
public enum Level {
  /** Low concern. */
  LOW,
  /** Medium concern. */
  MEDIUM,
  /** High concern. */
  HIGH;

  /**
   * Whether this level is at least another.
   *
   * @param other the level compared with; not null
   * @return {@code true} when this level is the same as or more concerning than {@code other}
   */
  public boolean isAtLeast(Level other) {
    return ordinal() >= other.ordinal();
  }
}
