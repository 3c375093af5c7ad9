package org.opendsr.examples.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.opendsr.core.reporting.Table;

/**
 * Draws the "ratings over time" table as a PNG line chart. It reads the published cells only, so
 * the chart shows nothing the suppressed table does not: a hidden count ({@code *}) is a gap in its
 * line.
 */
public final class RatingChart {

  private RatingChart() {}

  /**
   * Writes the chart.
   *
   * @param trend the published rating trend (rows are ratings and a total, columns are months)
   * @param file the PNG file to write
   * @throws IOException if the file cannot be written
   */
  public static void write(Table trend, Path file) throws IOException {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(900)
            .height(500)
            .title("People on the register by rating, at each month end (suppressed)")
            .xAxisTitle("Month")
            .yAxisTitle("People")
            .build();
    chart
        .getStyler()
        .setDefaultSeriesRenderStyle(
            org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle.Line);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    List<String> months = trend.columnLabels();
    for (int row = 0; row < trend.rowLabels().size(); row++) {
      List<Number> values = new ArrayList<>();
      for (int column = 0; column < months.size(); column++) {
        values.add(number(trend.cell(row, column)));
      }
      if (values.stream().anyMatch(v -> v != null)) {
        chart.addSeries(trend.rowLabels().get(row), months, values);
      }
    }
    if (chart.getSeriesMap().isEmpty()) {
      List<Number> none = new ArrayList<>();
      months.forEach(m -> none.add(0));
      chart.addSeries("(every count hidden by suppression)", months, none);
    }
    String name = file.toString();
    String base = name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
    BitmapEncoder.saveBitmap(chart, base, BitmapEncoder.BitmapFormat.PNG);
  }

  private static Number number(String published) {
    try {
      return Integer.valueOf(published.replace(",", ""));
    } catch (NumberFormatException hidden) {
      return null;
    }
  }
}
