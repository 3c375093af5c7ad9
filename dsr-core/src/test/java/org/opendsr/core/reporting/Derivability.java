package org.opendsr.core.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent check, by linear algebra, of which hidden cells of a grid with totals a reader
 * could work out exactly from what is shown. Written without the graph reasoning of the production
 * code so that the two check each other.
 */
final class Derivability {

  private Derivability() {}

  /** Whether any hidden cell is uniquely determined by the table's additive relations. */
  static boolean anyHiddenCellIsDerivable(
      boolean[][] hidden, boolean totalRow, boolean totalColumn) {
    return !derivableCells(hidden, totalRow, totalColumn).isEmpty();
  }

  /** The hidden cells, as {row, column}, that are uniquely determined. */
  static List<int[]> derivableCells(boolean[][] hidden, boolean totalRow, boolean totalColumn) {
    int rows = hidden.length;
    int columns = rows == 0 ? 0 : hidden[0].length;
    List<int[]> vars = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        if (hidden[r][c]) {
          vars.add(new int[] {r, c});
        }
      }
    }
    List<double[]> equations = new ArrayList<>();
    if (totalColumn) {
      for (int r = 0; r < rows; r++) {
        double[] eq = new double[vars.size()];
        for (int v = 0; v < vars.size(); v++) {
          if (vars.get(v)[0] == r) {
            eq[v] = vars.get(v)[1] == columns - 1 ? -1 : 1;
          }
        }
        equations.add(eq);
      }
    }
    if (totalRow) {
      for (int c = 0; c < columns; c++) {
        double[] eq = new double[vars.size()];
        for (int v = 0; v < vars.size(); v++) {
          if (vars.get(v)[1] == c) {
            eq[v] = vars.get(v)[0] == rows - 1 ? -1 : 1;
          }
        }
        equations.add(eq);
      }
    }
    int base = rank(equations, vars.size());
    List<int[]> derivable = new ArrayList<>();
    for (int v = 0; v < vars.size(); v++) {
      List<double[]> with = new ArrayList<>(equations);
      double[] unit = new double[vars.size()];
      unit[v] = 1;
      with.add(unit);
      if (rank(with, vars.size()) == base) {
        derivable.add(vars.get(v));
      }
    }
    return derivable;
  }

  private static int rank(List<double[]> rowsIn, int width) {
    double[][] m = new double[rowsIn.size()][];
    for (int i = 0; i < m.length; i++) {
      m[i] = rowsIn.get(i).clone();
    }
    int rank = 0;
    for (int col = 0; col < width && rank < m.length; col++) {
      int pivot = -1;
      for (int r = rank; r < m.length; r++) {
        if (Math.abs(m[r][col]) > 1e-9
            && (pivot < 0 || Math.abs(m[r][col]) > Math.abs(m[pivot][col]))) {
          pivot = r;
        }
      }
      if (pivot < 0) {
        continue;
      }
      double[] tmp = m[pivot];
      m[pivot] = m[rank];
      m[rank] = tmp;
      for (int r = 0; r < m.length; r++) {
        if (r != rank && Math.abs(m[r][col]) > 1e-9) {
          double f = m[r][col] / m[rank][col];
          for (int k = col; k < width; k++) {
            m[r][k] -= f * m[rank][k];
          }
        }
      }
      rank++;
    }
    return rank;
  }
}
