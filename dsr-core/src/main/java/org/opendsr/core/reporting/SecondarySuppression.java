package org.opendsr.core.reporting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Secondary (complementary) suppression: hides further cells of a table so that no hidden cell can
 * be worked out from the cells and totals that are shown.
 *
 * <h2>The model</h2>
 *
 * The grid includes its totals. Where a table has a total column, each grid row is a <em>relation
 * </em>: its cells add up to its total. Where it has a total row, each grid column is one. (With
 * both, the total row and the total column are relations too, meeting in the grand total.) A reader
 * who knows every member of a relation but one can subtract to find the missing one.
 *
 * <h2>The algorithm</h2>
 *
 * Starting from the cells hidden by the {@link SuppressionPolicy} (primary suppression), repeat
 * until nothing changes:
 *
 * <ol>
 *   <li><b>The classic rule.</b> If a relation has exactly one hidden member, hide its smallest
 *       visible member as well. Totals are members like any other cell, so a hidden total needs a
 *       partner too.
 *   <li><b>Chains of relations.</b> The classic rule alone can leave a cell that is found by adding
 *       and subtracting several relations (for instance a single hidden cell joining two hidden
 *       rectangles). Seen as a graph whose nodes are relations and whose edges are hidden cells, a
 *       hidden cell can be worked out exactly when its edge is a <em>bridge</em>: removing it
 *       disconnects its two relations. For the first such cell, hide the smallest visible cell that
 *       reconnects the two sides, which puts the bridge on a cycle.
 * </ol>
 *
 * Where a cell belongs to only one relation (a table with only a total row, say), its other end is
 * a single shared node standing for "no relation", which has no equation of its own; cycles through
 * it do not fix any value. The linear algebra behind the bridge test: after negating the totals
 * every relation reads "sum of members = known value", and a bipartite graph of such equations
 * leaves a variable undetermined exactly when its edge lies on a cycle.
 *
 * <p>"Smallest" prefers a non-zero cell (hiding a zero protects nothing, since the hidden sum then
 * equals the cell it was meant to protect), then the lowest count, then a body cell over a total,
 * then the first in reading order, so the outcome is deterministic and two tables with the same
 * counts in a relation hide the same cells.
 *
 * <p>Each step hides one more cell of a finite grid, so the loop ends; it ends only when no hidden
 * cell is a bridge, which is the guarantee. Limits: protection is per table; tables that share a
 * margin are not protected jointly, and rounding of the cells shown is not taken into account (it
 * only blurs what a reader could compute).
 */
final class SecondarySuppression {

  private final int[][] grid;
  private final boolean[][] hidden;
  private final boolean rowRelations;
  private final boolean columnRelations;
  private final int rows;
  private final int columns;

  private SecondarySuppression(
      int[][] grid, boolean[][] primary, boolean totalRow, boolean totalColumn) {
    this.grid = grid;
    this.rows = grid.length;
    this.columns = rows == 0 ? 0 : grid[0].length;
    this.hidden = new boolean[rows][];
    for (int r = 0; r < rows; r++) {
      hidden[r] = primary[r].clone();
    }
    // A total column makes each row add up; a total row makes each column add up.
    this.rowRelations = totalColumn;
    this.columnRelations = totalRow;
  }

  /**
   * The cells to hide.
   *
   * @param grid the counts, totals included (last row and/or column)
   * @param primary the cells hidden by the policy, same shape
   * @param totalRow whether the last row of {@code grid} is a total row
   * @param totalColumn whether the last column of {@code grid} is a total column
   * @return a new mask: every primary cell plus the complementary cells
   */
  static boolean[][] hide(
      int[][] grid, boolean[][] primary, boolean totalRow, boolean totalColumn) {
    SecondarySuppression s = new SecondarySuppression(grid, primary, totalRow, totalColumn);
    s.run();
    return s.hidden;
  }

  private record Cell(int row, int column) {}

  private void run() {
    while (true) {
      Optional<Cell> next = classicRule().or(this::bridgeRule);
      if (next.isEmpty()) {
        return;
      }
      hidden[next.get().row()][next.get().column()] = true;
    }
  }

  private List<List<Cell>> relations() {
    List<List<Cell>> relations = new ArrayList<>();
    if (rowRelations) {
      for (int r = 0; r < rows; r++) {
        int row = r;
        relations.add(IntStream.range(0, columns).mapToObj(c -> new Cell(row, c)).toList());
      }
    }
    if (columnRelations) {
      for (int c = 0; c < columns; c++) {
        int column = c;
        relations.add(IntStream.range(0, rows).mapToObj(r -> new Cell(r, column)).toList());
      }
    }
    return relations;
  }

  private Optional<Cell> classicRule() {
    for (List<Cell> relation : relations()) {
      if (relation.stream().filter(this::isHidden).count() == 1) {
        return smallestVisible(relation);
      }
    }
    return Optional.empty();
  }

  private Optional<Cell> bridgeRule() {
    for (Cell cell : hiddenCells()) {
      boolean[] one = reachableWithout(cell, rowNode(cell));
      if (!one[columnNode(cell)]) {
        boolean[] other = reachableWithout(cell, columnNode(cell));
        List<Cell> crossing =
            allCells().stream()
                .filter(
                    c ->
                        one[rowNode(c)] && other[columnNode(c)]
                            || other[rowNode(c)] && one[columnNode(c)])
                .toList();
        // After the classic rule both sides hold a row and a column relation, and the cell
        // joining them cannot be hidden (the bridge would not be one), so it always exists.
        return Optional.of(smallestVisible(crossing).orElseThrow());
      }
    }
    return Optional.empty();
  }

  /** Nodes reachable from {@code start} through hidden cells other than {@code removed}. */
  private boolean[] reachableWithout(Cell removed, int start) {
    boolean[] seen = new boolean[rows + columns + 1];
    Deque<Integer> todo = new ArrayDeque<>();
    seen[start] = true;
    todo.add(start);
    while (!todo.isEmpty()) {
      int node = todo.poll();
      for (Cell c : hiddenCells()) {
        if (!c.equals(removed)) {
          int a = rowNode(c);
          int b = columnNode(c);
          int other = a == node ? b : b == node ? a : -1;
          if (other >= 0 && !seen[other]) {
            seen[other] = true;
            todo.add(other);
          }
        }
      }
    }
    return seen;
  }

  /** Node of the row relation of a cell, or the shared "no relation" node. */
  private int rowNode(Cell c) {
    return rowRelations ? c.row() : ground();
  }

  /** Node of the column relation of a cell, or the shared "no relation" node. */
  private int columnNode(Cell c) {
    return columnRelations ? rows + c.column() : ground();
  }

  private int ground() {
    return rows + columns;
  }

  private List<Cell> allCells() {
    List<Cell> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        cells.add(new Cell(r, c));
      }
    }
    return cells;
  }

  private List<Cell> hiddenCells() {
    return allCells().stream().filter(this::isHidden).toList();
  }

  private boolean isHidden(Cell c) {
    return hidden[c.row()][c.column()];
  }

  private boolean isTotal(Cell c) {
    return (columnRelations && c.row() == rows - 1) || (rowRelations && c.column() == columns - 1);
  }

  private Optional<Cell> smallestVisible(List<Cell> cells) {
    Comparator<Cell> order =
        Comparator.<Cell>comparingInt(c -> grid[c.row()][c.column()] == 0 ? 1 : 0)
            .thenComparingInt(c -> grid[c.row()][c.column()])
            .thenComparingInt(c -> isTotal(c) ? 1 : 0)
            .thenComparingInt(Cell::row)
            .thenComparingInt(Cell::column);
    return cells.stream().filter(c -> !isHidden(c)).min(order);
  }
}
