package org.opendsr.core.reporting;

/**
 * Which totals a {@link Table} publishes. A total is only meaningful where the cells it adds up
 * count each person once: a person involved with two agencies is in two rows, so a table by agency
 * has no total row.
 */
public enum Totals {
  /** No totals: the rows overlap and so do the columns. */
  NONE(false, false),
  /** A "Total" row at the foot: each column adds up. */
  TOTAL_ROW(true, false),
  /** A "Total" column at the right: each row adds up. */
  TOTAL_COLUMN(false, true),
  /** Both, with the grand total in the corner. */
  BOTH(true, true);

  /** The label of a total row and of a total column. */
  public static final String LABEL = "Total";

  private final boolean row;
  private final boolean column;

  Totals(boolean row, boolean column) {
    this.row = row;
    this.column = column;
  }

  /**
   * Whether a total row is published at the foot of the table.
   *
   * @return true for {@link #TOTAL_ROW} and {@link #BOTH}
   */
  public boolean hasTotalRow() {
    return row;
  }

  /**
   * Whether a total column is published at the right of the table.
   *
   * @return true for {@link #TOTAL_COLUMN} and {@link #BOTH}
   */
  public boolean hasTotalColumn() {
    return column;
  }
}
