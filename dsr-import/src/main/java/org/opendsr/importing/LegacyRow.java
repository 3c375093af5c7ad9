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

  LegacyRow(
      long number, String[] cells, Map<ColumnMapping.Field, Integer> index, List<String> headings) {
    this.number = number;
    this.cells = cells;
    this.index = index;
    this.headings = headings;
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
