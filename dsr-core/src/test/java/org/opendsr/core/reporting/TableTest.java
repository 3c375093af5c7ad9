package org.opendsr.core.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.core.ValidationException;
import org.quicktheories.core.Gen;

class TableTest {

  private static final SuppressionPolicy NHS = SuppressionPolicy.nhsDefault();

  private static Table ageByRating(int[][] counts) {
    return Table.of(
        "People by age band and rating",
        "Age band",
        List.of("0-13", "14-17", "18-25"),
        List.of("Blue", "Red", "Amber", "Green"),
        counts,
        Totals.BOTH,
        NHS);
  }

  @Test
  void one_small_cell_in_a_table_with_totals_forces_a_rectangle_of_hidden_cells() {
    Table table =
        ageByRating(
            new int[][] {
              {3, 12, 20, 25},
              {10, 15, 30, 40},
              {12, 20, 25, 30}
            });

    // Only the 3 is small. Its row would give it away (60 - 12 - 20 - 25), so the 12 beside it is
    // hidden; its column would too, so the 10 below it; that leaves the 15 alone in its column.
    assertThat(table.rows())
        .containsExactly(
            List.of("*", "*", "20", "25", "60"),
            List.of("*", "*", "30", "40", "95"),
            List.of("10", "20", "25", "30", "85"),
            List.of("25", "45", "75", "95", "240"));
    assertThat(table.rowLabels()).containsExactly("0-13", "14-17", "18-25", "Total");
    assertThat(table.columnLabels()).containsExactly("Blue", "Red", "Amber", "Green", "Total");
    assertThat(Derivability.anyHiddenCellIsDerivable(hidden(table), true, true)).isFalse();
  }

  @Test
  void a_small_total_is_hidden_and_given_a_partner_like_any_other_cell() {
    Table table =
        Table.of(
            "Closures",
            "Reason",
            List.of("Stepped down", "Died"),
            List.of("Closures", "Reopened"),
            new int[][] {{2, 20}, {3, 30}},
            Totals.TOTAL_ROW,
            NHS);

    // 2 and 3 are small, and so is their total 5: all three are hidden, nothing to subtract from.
    assertThat(table.rows())
        .containsExactly(List.of("*", "20"), List.of("*", "30"), List.of("*", "50"));
  }

  @Test
  void a_hidden_cell_joining_two_hidden_rectangles_is_protected_although_the_classic_rule_holds() {
    int[][] grid = new int[5][5];
    for (int[] row : grid) {
      java.util.Arrays.fill(row, 20);
    }
    grid[3][1] = 9;
    boolean[][] primary = new boolean[5][5];
    for (int[] cell :
        new int[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {2, 2}, {2, 3}, {3, 2}, {3, 3}, {1, 2}}) {
      primary[cell[0]][cell[1]] = true;
    }
    // Every row and column has 0 or at least 2 hidden cells, yet the joining cell (1,2) can be
    // found by adding rows 0-1 and subtracting columns 0-1.
    assertThat(Derivability.derivableCells(primary, true, true))
        .anySatisfy(cell -> assertThat(cell).containsExactly(1, 2));

    boolean[][] hidden = SecondarySuppression.hide(grid, primary, true, true);

    assertThat(hidden[3][1]).as("smallest cell reconnecting the two sides").isTrue();
    assertThat(countHidden(hidden)).isEqualTo(10);
    assertThat(Derivability.anyHiddenCellIsDerivable(hidden, true, true)).isFalse();
  }

  @Test
  void a_zero_is_not_chosen_to_protect_a_small_cell_while_a_non_zero_cell_is_available() {
    Table table =
        Table.of(
            "t",
            "Rating",
            List.of("Blue", "Red", "Amber"),
            List.of("People"),
            new int[][] {{3}, {0}, {20}},
            Totals.TOTAL_ROW,
            NHS);

    assertThat(table.rows())
        .containsExactly(List.of("*"), List.of("0"), List.of("*"), List.of("25"));
  }

  @Test
  void a_table_without_totals_needs_only_primary_suppression() {
    Table table =
        Table.of(
            "By agency",
            "Agency",
            List.of("ICB1", "TRUST2"),
            List.of("People"),
            new int[][] {{3}, {40}},
            Totals.NONE,
            NHS);

    assertThat(table.rows()).containsExactly(List.of("*"), List.of("40"));
    assertThat(table.rowLabels()).containsExactly("ICB1", "TRUST2");
  }

  @Test
  void a_total_column_makes_each_row_a_relation() {
    Table table =
        Table.of(
            "t",
            "Agency",
            List.of("A"),
            List.of("Blue", "Red", "Amber"),
            new int[][] {{2, 10, 30}},
            Totals.TOTAL_COLUMN,
            NHS);

    assertThat(table.rows()).containsExactly(List.of("*", "*", "30", "40"));
  }

  @Test
  void cells_can_be_read_by_label_and_unknown_labels_are_refused() {
    Table table = ageByRating(new int[][] {{10, 10, 10, 10}, {10, 10, 10, 10}, {10, 10, 10, 10}});

    assertThat(table.cell("Total", "Total")).isEqualTo("120");
    assertThat(table.cell("0-13", "Blue")).isEqualTo("10");
    assertThatThrownBy(() -> table.cell("99+", "Blue"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void malformed_tables_are_refused_with_every_problem_listed() {
    assertThatThrownBy(
            () ->
                Table.of(
                    " ", "Row", List.of("a", "a"), List.of(), new int[][] {{1}}, Totals.BOTH, NHS))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.violations()).hasSize(4));
    assertThatThrownBy(
            () ->
                Table.of(
                    "t", "Row", List.of("a"), List.of("b"), new int[][] {{-1}}, Totals.NONE, NHS))
        .hasMessageContaining("must not be negative");
    assertThatThrownBy(
            () ->
                Table.of(
                    "t",
                    "Row",
                    List.of("Total"),
                    List.of("b"),
                    new int[][] {{1}},
                    Totals.TOTAL_ROW,
                    NHS))
        .hasMessageContaining("table.rowLabels");
  }

  @Test
  void tables_with_the_same_published_content_are_equal_and_print_no_cells() {
    int[][] counts = {{10, 12, 30, 40}, {9, 11, 20, 20}, {50, 50, 50, 50}};
    Table a = ageByRating(counts);
    Table b = ageByRating(counts);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo("a table");
    assertThat(a.toString()).isEqualTo("Table[People by age band and rating, 4x5]");
    assertThat(a.totals()).isEqualTo(Totals.BOTH);
    assertThat(a.rowHeading()).isEqualTo("Age band");
    assertThat(a.figures()).isEmpty();
  }

  @Test
  void a_figure_needs_a_label_and_a_value() {
    assertThatThrownBy(() -> new Table.Figure(" ", "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Gen<Integer> smallishCounts() {
    // Half the cells small (0-8), half larger, so that suppression has work to do.
    return integers().between(0, 50).map(x -> x < 25 ? x / 3 : x - 17);
  }

  @Test
  void
      after_suppression_no_relation_has_exactly_one_hidden_member_and_no_hidden_cell_is_derivable() {
    qt().withExamples(400)
        .forAll(
            integers().between(1, 5),
            integers().between(1, 5),
            integers().between(0, Totals.values().length - 1),
            lists().of(smallishCounts()).ofSize(25))
        .checkAssert(
            (rows, columns, totalsIndex, values) -> {
              Totals totals = Totals.values()[totalsIndex];
              int[][] counts = new int[rows][columns];
              for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                  counts[r][c] = values.get(r * 5 + c);
                }
              }
              Table table = table(counts, totals);
              boolean[][] hidden = hidden(table);

              assertNoRelationHasExactlyOneHiddenMember(table, hidden);
              assertThat(
                      Derivability.derivableCells(
                          hidden, totals.hasTotalRow(), totals.hasTotalColumn()))
                  .isEmpty();
              assertEveryCellIsPublishedByThePolicy(table, hidden);
            });
  }

  private static Table table(int[][] counts, Totals totals) {
    List<String> rows =
        java.util.stream.IntStream.range(0, counts.length).mapToObj(i -> "r" + i).toList();
    List<String> columns =
        java.util.stream.IntStream.range(0, counts[0].length).mapToObj(i -> "c" + i).toList();
    return Table.of("t", "Row", rows, columns, counts, totals, NHS);
  }

  private static void assertNoRelationHasExactlyOneHiddenMember(Table t, boolean[][] hidden) {
    int rows = hidden.length;
    int columns = hidden[0].length;
    if (t.totals().hasTotalColumn()) {
      for (int r = 0; r < rows; r++) {
        int n = 0;
        for (int c = 0; c < columns; c++) {
          n += hidden[r][c] ? 1 : 0;
        }
        assertThat(n).as("hidden cells in row %d", r).isNotEqualTo(1);
      }
    }
    if (t.totals().hasTotalRow()) {
      for (int c = 0; c < columns; c++) {
        int n = 0;
        for (int r = 0; r < rows; r++) {
          n += hidden[r][c] ? 1 : 0;
        }
        assertThat(n).as("hidden cells in column %d", c).isNotEqualTo(1);
      }
    }
  }

  private static void assertEveryCellIsPublishedByThePolicy(Table t, boolean[][] hidden) {
    for (int r = 0; r < hidden.length; r++) {
      for (int c = 0; c < hidden[r].length; c++) {
        int raw = t.raw(r, c);
        if (NHS.suppresses(raw)) {
          assertThat(hidden[r][c]).as("primary cell %d,%d", r, c).isTrue();
        }
        assertThat(t.cell(r, c)).isEqualTo(hidden[r][c] ? "*" : Integer.toString(NHS.round(raw)));
      }
    }
  }

  private static boolean[][] hidden(Table t) {
    boolean[][] hidden = new boolean[t.rowLabels().size()][t.columnLabels().size()];
    for (int r = 0; r < hidden.length; r++) {
      for (int c = 0; c < hidden[r].length; c++) {
        hidden[r][c] = t.isHidden(r, c);
      }
    }
    return hidden;
  }

  private static int countHidden(boolean[][] hidden) {
    int n = 0;
    for (boolean[] row : hidden) {
      for (boolean h : row) {
        n += h ? 1 : 0;
      }
    }
    return n;
  }
}
