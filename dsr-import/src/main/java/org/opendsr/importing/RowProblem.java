package org.opendsr.importing;

import java.util.Objects;

/**
 * One problem with one row of a legacy spreadsheet: where it is and which rule it breaks. It never
 * holds the cell's value, so it can be printed and logged.
 *
 * @param row the spreadsheet row number (the heading row is row 1, so the first person is row 2)
 * @param column the column heading as written in the spreadsheet, or {@code "-"} for the whole row
 * @param rule the rule broken, in words
 */
public record RowProblem(long row, String column, String rule) {

  /** Validates every part. */
  public RowProblem {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(rule, "rule");
    if (row < 1) {
      throw new IllegalArgumentException("row must be at least 1");
    }
  }

  /**
   * The problem as one line, e.g. {@code row 7, column "NHS No": check digit does not match}.
   *
   * @return the line
   */
  public String describe() {
    return "row " + row + ", column \"" + column + "\": " + rule;
  }

  @Override
  public String toString() {
    return describe();
  }
}
