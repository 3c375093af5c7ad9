package org.opendsr.rating;

/** The kind of answer an instrument item takes. */
public enum ItemKind {
  /** Answered yes or no ({@link Answer.YesNo}); "yes" is the risk answer. */
  YES_NO,
  /** Answered Low, Medium or High ({@link Answer.Graded}); higher is more risk. */
  LEVEL,
  /** Answered with a whole number within the item's range ({@link Answer.Score}). */
  SCORE
}
