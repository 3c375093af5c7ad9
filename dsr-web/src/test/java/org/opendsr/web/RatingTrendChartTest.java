package org.opendsr.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendsr.core.reporting.ChartColours;
import org.opendsr.core.reporting.SuppressionPolicy;
import org.opendsr.core.reporting.Table;
import org.opendsr.core.reporting.Totals;

/** The chart of the rating trend draws only published cells: a hidden count is never a zero. */
class RatingTrendChartTest {

  private static Table trend(int[][] counts) {
    return Table.of(
        "People on the register by rating at each month end",
        "Rating",
        List.of("Blue", "Red", "Amber", "Green"),
        List.of("2025-12", "2026-01", "2026-02"),
        counts,
        Totals.TOTAL_ROW,
        SuppressionPolicy.nhsDefault());
  }

  private static RatingTrendChart.Series series(RatingTrendChart chart, String label) {
    return chart.series().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
  }

  @Test
  void a_hidden_count_is_a_gap_in_its_line_and_a_cross_under_its_month() {
    // Red's January is 3: hidden, so its line breaks there and January gets a cross.
    RatingTrendChart chart =
        RatingTrendChart.of(
            trend(
                new int[][] {
                  {20, 20, 20},
                  {30, 3, 30},
                  {40, 40, 40},
                  {50, 50, 50}
                }));
    RatingTrendChart.Series red = series(chart, "Red");
    assertThat(red.points()).hasSize(2);
    assertThat(red.segments()).isEmpty();
    assertThat(red.colour()).isEqualTo(ChartColours.RED);
    // Secondary suppression hides another January count too; January is the only month crossed.
    assertThat(chart.hidden()).hasSize(1);
    assertThat(chart.hidden().get(0).x()).isEqualTo(chart.months().get(1).x());
    assertThat(chart.hidden().get(0).title())
        .startsWith("Jan 2026: suppressed for")
        .contains("Red");
    assertThat(chart.hiddenLegendY()).isPositive();
    assertThat(series(chart, "Green").segments()).hasSize(1);
  }

  @Test
  void without_hidden_counts_every_line_is_whole_and_the_legend_has_no_suppressed_entry() {
    RatingTrendChart chart =
        RatingTrendChart.of(
            trend(
                new int[][] {
                  {20, 20, 20},
                  {30, 35, 30},
                  {40, 40, 40},
                  {50, 50, 50}
                }));
    assertThat(chart.hidden()).isEmpty();
    assertThat(chart.hiddenLegendY()).isZero();
    assertThat(chart.series())
        .extracting(RatingTrendChart.Series::label)
        .containsExactly("Blue", "Red", "Amber", "Green", "Total");
    for (RatingTrendChart.Series s : chart.series()) {
      assertThat(s.segments()).hasSize(1);
      assertThat(s.points()).hasSize(3);
    }
    // Every rating has its own colour and its own line pattern, so none is told by colour alone.
    assertThat(chart.series().stream().map(RatingTrendChart.Series::colour).distinct()).hasSize(5);
    assertThat(chart.series().stream().map(RatingTrendChart.Series::dash).distinct()).hasSize(5);
  }

  @Test
  void months_read_as_names_with_the_year_under_the_first_month_of_each_year() {
    RatingTrendChart chart = RatingTrendChart.of(trend(new int[4][3]));
    assertThat(chart.months())
        .extracting(RatingTrendChart.Month::name)
        .containsExactly("Dec", "Jan", "Feb");
    assertThat(chart.months())
        .extracting(RatingTrendChart.Month::year)
        .containsExactly("2025", "2026", "");
  }

  @Test
  void the_value_axis_rises_in_steps_of_one_two_or_five_times_a_power_of_ten() {
    assertThat(RatingTrendChart.step(4)).isEqualTo(1);
    assertThat(RatingTrendChart.step(25)).isEqualTo(5);
    assertThat(RatingTrendChart.step(60)).isEqualTo(10);
    assertThat(RatingTrendChart.step(110)).isEqualTo(20);
    assertThat(RatingTrendChart.step(240)).isEqualTo(50);
  }
}
