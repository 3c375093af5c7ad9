package org.opendsr.core.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.opendsr.core.ValidationException;
import org.opendsr.core.Violation;

/**
 * A published report: a titled grid of counts, with optional totals, after suppression.
 *
 * <p>Only published strings leave this type: a cell is {@value SuppressionPolicy#MASK} when hidden
 * and otherwise the count rounded by the {@link SuppressionPolicy}. Totals are worked out from the
 * raw counts and then published by the same rule, so a row of rounded cells need not add up to its
 * rounded total. Where the table has totals, cells beyond those the policy hides are hidden so that
 * no hidden cell can be worked out by subtraction; the algorithm is documented on {@code
 * SecondarySuppression} in this package. Raw counts stay inside the package.
 *
 * <p>A table may also carry {@link Figure figures}: single values derived from published cells
 * only, such as a share, so they reveal nothing the cells do not.
 */
public final class Table {

  /**
   * A single published value derived from a table's published cells, e.g. a share.
   *
   * @param label what the figure is
   * @param value the published value, {@value SuppressionPolicy#MASK} when it cannot be given
   */
  public record Figure(String label, String value) {

    /** Checks both parts are present and not blank. */
    public Figure {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
      if (label.isBlank() || value.isBlank()) {
        throw new IllegalArgumentException("a figure needs a label and a value");
      }
    }
  }

  private final String title;
  private final String rowHeading;
  private final List<String> rowLabels;
  private final List<String> columnLabels;
  private final Totals totals;
  private final int[][] raw;
  private final boolean[][] hidden;
  private final List<List<String>> published;
  private final List<Figure> figures;

  private Table(
      String title,
      String rowHeading,
      List<String> rowLabels,
      List<String> columnLabels,
      Totals totals,
      int[][] raw,
      boolean[][] hidden,
      List<List<String>> published,
      List<Figure> figures) {
    this.title = title;
    this.rowHeading = rowHeading;
    this.rowLabels = rowLabels;
    this.columnLabels = columnLabels;
    this.totals = totals;
    this.raw = raw;
    this.hidden = hidden;
    this.published = published;
    this.figures = figures;
  }

  /**
   * Builds a table from raw counts, adding the totals asked for and suppressing.
   *
   * @param title what the table shows, e.g. {@code "People on the register by age band on
   *     2026-03-31"}
   * @param rowHeading the heading of the label column, e.g. {@code "Age band"}
   * @param rowLabels one label per row; not blank, unique, and not {@value Totals#LABEL} when a
   *     total row is added
   * @param columnLabels one label per column, at least one; rules as for rows
   * @param counts {@code counts[row][column]}, not negative; copied
   * @param totals which totals to add
   * @param policy how to publish counts
   * @return the published table
   * @throws ValidationException listing every problem with the labels or counts
   */
  public static Table of(
      String title,
      String rowHeading,
      List<String> rowLabels,
      List<String> columnLabels,
      int[][] counts,
      Totals totals,
      SuppressionPolicy policy) {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(rowHeading, "rowHeading");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(policy, "policy");
    List<String> rowsIn = List.copyOf(rowLabels);
    List<String> columnsIn = List.copyOf(columnLabels);
    List<Violation> problems = new ArrayList<>();
    if (title.isBlank() || rowHeading.isBlank()) {
      problems.add(Violation.of("table.title", "title and row heading must not be blank"));
    }
    if (columnsIn.isEmpty()) {
      problems.add(Violation.of("table.columnLabels", "must name at least one column"));
    }
    checkLabels("table.rowLabels", rowsIn, totals.hasTotalRow(), problems);
    checkLabels("table.columnLabels", columnsIn, totals.hasTotalColumn(), problems);
    boolean shaped =
        counts.length == rowsIn.size()
            && Arrays.stream(counts).allMatch(r -> r != null && r.length == columnsIn.size());
    if (!shaped) {
      problems.add(Violation.of("table.counts", "must have one count per row and column"));
    } else if (Arrays.stream(counts).flatMapToInt(Arrays::stream).anyMatch(n -> n < 0)) {
      problems.add(Violation.of("table.counts", "must not be negative"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }

    int[][] grid = withTotals(counts, columnsIn.size(), totals);
    boolean[][] primary = new boolean[grid.length][];
    for (int r = 0; r < grid.length; r++) {
      primary[r] = new boolean[grid[r].length];
      for (int c = 0; c < grid[r].length; c++) {
        primary[r][c] = policy.suppresses(grid[r][c]);
      }
    }
    boolean[][] hidden =
        SecondarySuppression.hide(grid, primary, totals.hasTotalRow(), totals.hasTotalColumn());
    List<List<String>> published = new ArrayList<>();
    for (int r = 0; r < grid.length; r++) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < grid[r].length; c++) {
        row.add(hidden[r][c] ? SuppressionPolicy.MASK : Integer.toString(policy.round(grid[r][c])));
      }
      published.add(List.copyOf(row));
    }
    return new Table(
        title,
        rowHeading,
        withTotalLabel(rowsIn, totals.hasTotalRow()),
        withTotalLabel(columnsIn, totals.hasTotalColumn()),
        totals,
        grid,
        hidden,
        List.copyOf(published),
        List.of());
  }

  /**
   * This table with figures added.
   *
   * @param more figures derived from published cells only
   * @return a new table
   */
  Table withFigures(List<Figure> more) {
    List<Figure> all = new ArrayList<>(figures);
    all.addAll(more);
    return new Table(
        title,
        rowHeading,
        rowLabels,
        columnLabels,
        totals,
        raw,
        hidden,
        published,
        List.copyOf(all));
  }

  /**
   * What the table shows.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The heading of the label column.
   *
   * @return the heading
   */
  public String rowHeading() {
    return rowHeading;
  }

  /**
   * The row labels, ending with {@value Totals#LABEL} when there is a total row.
   *
   * @return an unmodifiable list
   */
  public List<String> rowLabels() {
    return rowLabels;
  }

  /**
   * The column labels, ending with {@value Totals#LABEL} when there is a total column.
   *
   * @return an unmodifiable list
   */
  public List<String> columnLabels() {
    return columnLabels;
  }

  /**
   * Which totals the table publishes.
   *
   * @return the totals
   */
  public Totals totals() {
    return totals;
  }

  /**
   * The published cells, row by row, totals included, in the order of the labels.
   *
   * @return an unmodifiable list of unmodifiable rows
   */
  public List<List<String>> rows() {
    return published;
  }

  /**
   * One published cell by position.
   *
   * @param row index into {@link #rowLabels()}
   * @param column index into {@link #columnLabels()}
   * @return the published value
   * @throws IndexOutOfBoundsException if there is no such cell
   */
  public String cell(int row, int column) {
    return published.get(row).get(column);
  }

  /**
   * One published cell by its labels.
   *
   * @param rowLabel a row label
   * @param columnLabel a column label
   * @return the published value
   * @throws IllegalArgumentException if there is no such row or column
   */
  public String cell(String rowLabel, String columnLabel) {
    return cell(indexOf(rowLabels, rowLabel), indexOf(columnLabels, columnLabel));
  }

  /**
   * Figures derived from the published cells.
   *
   * @return an unmodifiable list, often empty
   */
  public List<Figure> figures() {
    return figures;
  }

  /** The raw count behind a cell; for this package only (tests and derived figures). */
  int raw(int row, int column) {
    return raw[row][column];
  }

  /** Whether a cell is hidden; for this package only. */
  boolean isHidden(int row, int column) {
    return hidden[row][column];
  }

  private static int indexOf(List<String> labels, String label) {
    int i = labels.indexOf(Objects.requireNonNull(label, "label"));
    if (i < 0) {
      throw new IllegalArgumentException("no such row or column in this table");
    }
    return i;
  }

  private static void checkLabels(
      String field, List<String> labels, boolean totalAdded, List<Violation> problems) {
    Set<String> seen = new HashSet<>();
    for (String label : labels) {
      if (label.isBlank() || !seen.add(label) || totalAdded && label.equals(Totals.LABEL)) {
        problems.add(Violation.of(field, "labels must be unique and not blank"));
        return;
      }
    }
  }

  private static List<String> withTotalLabel(List<String> labels, boolean add) {
    if (!add) {
      return labels;
    }
    List<String> all = new ArrayList<>(labels);
    all.add(Totals.LABEL);
    return List.copyOf(all);
  }

  private static int[][] withTotals(int[][] counts, int columns, Totals totals) {
    int rows = counts.length;
    int gridRows = rows + (totals.hasTotalRow() ? 1 : 0);
    int gridColumns = columns + (totals.hasTotalColumn() ? 1 : 0);
    int[][] grid = new int[gridRows][gridColumns];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(counts[r], 0, grid[r], 0, columns);
    }
    if (totals.hasTotalColumn()) {
      for (int r = 0; r < rows; r++) {
        grid[r][columns] = Math.toIntExact(Arrays.stream(counts[r]).asLongStream().sum());
      }
    }
    if (totals.hasTotalRow()) {
      for (int c = 0; c < gridColumns; c++) {
        long sum = 0;
        for (int r = 0; r < rows; r++) {
          sum += grid[r][c];
        }
        grid[rows][c] = Math.toIntExact(sum);
      }
    }
    return grid;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Table t
        && t.title.equals(title)
        && t.rowHeading.equals(rowHeading)
        && t.rowLabels.equals(rowLabels)
        && t.columnLabels.equals(columnLabels)
        && t.totals == totals
        && t.published.equals(published)
        && t.figures.equals(figures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, rowHeading, rowLabels, columnLabels, totals, published, figures);
  }

  /** The title and the shape; the cells are published values but are left out for brevity. */
  @Override
  public String toString() {
    return "Table[" + title + ", " + rowLabels.size() + "x" + columnLabels.size() + "]";
  }
}
