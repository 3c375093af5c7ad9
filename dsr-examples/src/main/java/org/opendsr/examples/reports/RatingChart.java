package org.opendsr.examples.reports;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.opendsr.core.reporting.ChartColours;
import org.opendsr.core.reporting.RegisterReports;
import org.opendsr.core.reporting.SuppressionPolicy;
import org.opendsr.core.reporting.Table;
import org.opendsr.rating.Rating;

/**
 * Draws the "ratings over time" table as a PNG line chart, in the RAG(B) colours, readable without
 * colour.
 *
 * <p>It reads the published cells only, so the chart shows nothing the suppressed table does not.
 * Each rating is drawn in its own colour (Red red, Amber amber, Green green, Blue blue, in shades
 * with at least 3:1 contrast against white, as WCAG 2.2's non-text contrast asks) and also with its
 * own marker and line pattern, and named in the legend, so no reader depends on colour alone. A
 * hidden count ({@value SuppressionPolicy#MASK}) is a gap in its line and a cross on the month
 * axis, never a zero; a note under the chart explains both kinds of suppression.
 */
public final class RatingChart {

  /** How one row of the trend is drawn: never by colour alone. */
  record Style(Color colour, Marker marker, BasicStroke line) {}

  /** Name of the series that marks hidden counts on the month axis. */
  static final String HIDDEN = "Count hidden (see note)";

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final int WIDTH = 960;
  private static final int HEIGHT = 540;
  private static final int NOTE_LINE = 22;

  private RatingChart() {}

  /**
   * Writes the chart with the note for a suppression policy.
   *
   * @param trend the published rating trend (rows are ratings and a total, columns are months)
   * @param policy the suppression the table was published under, explained in the note
   * @param file the PNG file to write
   * @throws IOException if the file cannot be written
   */
  public static void write(Table trend, SuppressionPolicy policy, Path file) throws IOException {
    BufferedImage chart = BitmapEncoder.getBufferedImage(chart(trend));
    List<String> note = note(policy);
    BufferedImage page =
        new BufferedImage(
            chart.getWidth(),
            chart.getHeight() + NOTE_LINE * (note.size() + 1),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, page.getWidth(), page.getHeight());
      g.drawImage(chart, 0, 0, null);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.decode(ChartColours.TOTAL));
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
      int y = chart.getHeight() + NOTE_LINE / 2;
      for (String line : note) {
        y += NOTE_LINE;
        g.drawString(line, 16, y);
      }
    } finally {
      g.dispose();
    }
    // Written into the file as created by the caller (ImageIO.write(…, File) would delete and
    // re-create it, losing its owner-only permissions).
    try (OutputStream out = Files.newOutputStream(file)) {
      if (!ImageIO.write(page, "png", out)) {
        throw new IOException("no PNG writer is available");
      }
    }
  }

  /**
   * The note printed under the chart: both kinds of suppression, in the policy's own figures.
   *
   * @param policy the suppression policy
   * @return the lines of the note
   */
  static List<String> note(SuppressionPolicy policy) {
    List<String> lines = new ArrayList<>();
    if (policy.threshold() > 0) {
      lines.add(
          "Note: a count from 1 to "
              + policy.threshold()
              + " is hidden so that nobody can be recognised (small-number suppression).");
    }
    lines.add(
        "Another count may be hidden too, so that a hidden count cannot be worked out from a total"
            + " (secondary suppression).");
    lines.add(
        (policy.roundingBase() > 1
                ? "Counts shown are rounded to the nearest " + policy.roundingBase() + ". "
                : "")
            + "A hidden count is a gap in its line and a cross on the month axis, never a zero.");
    return List.copyOf(lines);
  }

  /**
   * Builds the chart from the published cells.
   *
   * @param trend the published rating trend
   * @return the chart, ready to draw
   */
  static CategoryChart chart(Table trend) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title("People on the register by rating, at each month end")
            .xAxisTitle("Month end")
            .yAxisTitle("People")
            .build();
    CategoryStyler styler = chart.getStyler();
    styler.setDefaultSeriesRenderStyle(CategorySeriesRenderStyle.Line);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLegendBorderColor(Color.GRAY);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    styler.setMarkerSize(10);
    styler.setYAxisMin(0.0);
    styler.setYAxisDecimalPattern("#,##0");
    List<String> months = trend.columnLabels().stream().map(RatingChart::monthLabel).toList();
    if (months.size() > 6) {
      styler.setXAxisLabelRotation(45);
    }
    List<Number> hidden = new ArrayList<>();
    months.forEach(m -> hidden.add(null));
    boolean anyHidden = false;
    for (int row = 0; row < trend.rowLabels().size(); row++) {
      List<Number> values = new ArrayList<>();
      for (int column = 0; column < months.size(); column++) {
        String published = trend.cell(row, column);
        if (SuppressionPolicy.MASK.equals(published)) {
          hidden.set(column, 0);
          anyHidden = true;
        }
        values.add(number(published));
      }
      if (values.stream().anyMatch(v -> v != null)) {
        String label = trend.rowLabels().get(row);
        CategorySeries series = chart.addSeries(label, months, values);
        Style style = styleOf(label);
        series.setLineColor(style.colour());
        series.setMarkerColor(style.colour());
        series.setFillColor(style.colour());
        series.setMarker(style.marker());
        series.setLineStyle(style.line());
      }
    }
    if (anyHidden) {
      CategorySeries series = chart.addSeries(HIDDEN, months, hidden);
      series.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Scatter);
      series.setMarker(SeriesMarkers.CROSS);
      series.setMarkerColor(HIDDEN_GREY);
    }
    return chart;
  }

  private static final Color HIDDEN_GREY = Color.decode(ChartColours.GREY);

  /**
   * The colour, marker and line of a row of the trend. Colours are {@link ChartColours}, shared
   * with every other chart of the reports.
   *
   * @param label the row label (a rating's label, "Not yet rated" or "Total")
   * @return its style
   */
  static Style styleOf(String label) {
    for (Rating rating : Rating.values()) {
      if (rating.label().equals(label)) {
        return switch (rating) {
          case RED -> new Style(Color.decode(ChartColours.RED), SeriesMarkers.SQUARE, thick(null));
          case AMBER ->
              new Style(Color.decode(ChartColours.AMBER), SeriesMarkers.TRIANGLE_UP, thick(8f));
          case GREEN ->
              new Style(Color.decode(ChartColours.GREEN), SeriesMarkers.CIRCLE, thick(3f));
          case BLUE ->
              new Style(Color.decode(ChartColours.BLUE), SeriesMarkers.DIAMOND, thick(14f));
        };
      }
    }
    if (RegisterReports.NOT_YET_RATED.equals(label)) {
      return new Style(HIDDEN_GREY, SeriesMarkers.TRIANGLE_DOWN, SeriesLines.DOT_DOT);
    }
    return new Style(Color.decode(ChartColours.TOTAL), SeriesMarkers.NONE, SeriesLines.DASH_DASH);
  }

  private static BasicStroke thick(Float dash) {
    return dash == null
        ? new BasicStroke(2.5f)
        : new BasicStroke(
            2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {dash, 4f}, 0f);
  }

  /**
   * A month column as a reader writes it: {@code 2026-01} becomes "Jan 2026".
   *
   * @param column the column label
   * @return the readable month, or the label as it is when it is not a month
   */
  static String monthLabel(String column) {
    try {
      return MONTH.format(YearMonth.parse(column));
    } catch (DateTimeParseException notAMonth) {
      return column;
    }
  }

  private static Number number(String published) {
    try {
      return Integer.valueOf(published.replace(",", ""));
    } catch (NumberFormatException hidden) {
      return null;
    }
  }
}
