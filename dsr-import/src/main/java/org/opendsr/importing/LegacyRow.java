package org.opendsr.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a legacy spreadsheet as text, with its spreadsheet row number. Holds personal data:
 * {@link #toString()} shows only the row number.
 */
public final class LegacyRow {

  private final long number;
  private final String[] cells;
  private final Map<ColumnMapping.Field, Integer> index;
  private final List<String> headings;
  private final Optional<RowProblem> formatProblem;

  LegacyRow(
      long number,
      String[] cells,
      Map<ColumnMapping.Field, Integer> index,
      List<String> headings,
      Optional<RowProblem> formatProblem) {
    this.number = number;
    this.cells = cells;
    this.index = index;
    this.headings = headings;
    this.formatProblem = formatProblem;
  }

  /**
   * Where the row breaks the CSV format (a quote in the wrong place, a quote never closed), if it
   * does: its cells are then read as well as the format allows, and the row is bad.
   *
   * @return the problem, if any
   */
  public Optional<RowProblem> formatProblem() {
    return formatProblem;
  }

  /**
   * Whether every cell is blank (a spreadsheet row left empty, saved as {@code ,,,,}).
   *
   * @return true if the row holds nothing
   */
  public boolean blank() {
    for (String c : cells) {
      if (c != null && !c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The cells as read, for the file of rejected rows.
   *
   * @return a copy of the cells
   */
  public String[] cells() {
    return cells.clone();
  }

  /**
   * The headings of the file, for the file of rejected rows.
   *
   * @return the headings
   */
  public List<String> headings() {
    return headings;
  }

  /**
   * The spreadsheet row number (the heading row is 1).
   *
   * @return the number
   */
  public long number() {
    return number;
  }

  /**
   * How many cells the row has.
   *
   * @return the count
   */
  public int cellCount() {
    return cells.length;
  }

  /**
   * How many headings the file has.
   *
   * @return the count
   */
  public int headingCount() {
    return headings.size();
  }

  /**
   * The stripped text of a mapped field's cell.
   *
   * @param field the field
   * @return the text; empty if the field is not mapped, the row is short or the cell is blank
   */
  public Optional<String> cell(ColumnMapping.Field field) {
    Integer at = index.get(field);
    if (at == null || at >= cells.length || cells[at] == null) {
      return Optional.empty();
    }
    String value = cells[at].strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Whether the mapping names a column for a field.
   *
   * @param field the field
   * @return true if mapped
   */
  public boolean mapped(ColumnMapping.Field field) {
    return index.containsKey(field);
  }

  /**
   * The heading of a mapped field's column, as written in the file.
   *
   * @param field the field
   * @return the heading, or the field's key if it is not mapped
   */
  public String heading(ColumnMapping.Field field) {
    Integer at = index.get(field);
    return at == null ? field.key() : headings.get(at);
  }

  /** Shows the row number only. */
  @Override
  public String toString() {
    return "LegacyRow[" + number + "]";
  }
}
