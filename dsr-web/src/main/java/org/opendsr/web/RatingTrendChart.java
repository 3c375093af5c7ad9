package org.opendsr.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.opendsr.core.reporting.ChartColours;
import org.opendsr.core.reporting.RegisterReports;
import org.opendsr.core.reporting.SuppressionPolicy;
import org.opendsr.core.reporting.Table;
import org.opendsr.rating.Rating;

/**
 * The rating trend as the shapes of an SVG line chart, worked out on the server so that the page
 * needs no script and no inline style (the pages' content security policy allows neither): the
 * template only writes these numbers into SVG elements and presentation attributes.
 *
 * <p>It reads the published cells only, so the chart shows nothing the suppressed table does not.
 * Each row is drawn in its {@link ChartColours colour} and also with its own marker and line
 * pattern, and named in the legend, so no reader depends on colour alone. A hidden count is a gap
 * in its line and a grey cross under its month, clear of the zero line, never a zero.
 */
final class RatingTrendChart {

  /** The SVG's coordinate space. */
  static final int WIDTH = 960;

  static final int HEIGHT = 460;

  private static final int LEFT = 64;
  private static final int RIGHT = 730;
  private static final int TOP = 16;
  private static final int BOTTOM = 360;
  private static final int LEGEND_X = 752;
  private static final int LEGEND_LINE = 30;

  /** How far under the month axis the crosses of hidden counts sit, clear of the zero line. */
  private static final int SUPPRESSED_BAND = 16;

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

  /** A line of the value axis: where, and the number shown. */
  record Tick(int y, String label) {}

  /** A month on the month axis: its short name, and the year under the first month of each year. */
  record Month(int x, String name, String year) {}

  /** One published point: where, and what a pointer over it says. */
  record Point(int x, int y, String marker, String title) {}

  /**
   * One row of the trend as drawn.
   *
   * @param label the row's label, as in the table
   * @param colour the stroke and fill, {@code #RRGGBB}
   * @param dash the line's dash pattern, empty for a solid line
   * @param segments the runs of shown points between hidden ones, each as SVG polyline points
   * @param points the shown points with their markers
   * @param legendY where the row sits in the legend
   * @param legendMarker the marker drawn in the legend
   */
  record Series(
      String label,
      String colour,
      String dash,
      List<String> segments,
      List<Point> points,
      int legendY,
      String legendMarker) {}

  /** A month whose count is hidden for one or more rows: a cross on the axis. */
  record Hidden(int x, String path, String title) {}

  private final List<Tick> ticks;
  private final List<Month> months;
  private final List<Series> series;
  private final List<Hidden> hidden;
  private final int hiddenLegendY;
  private final String summary;

  private RatingTrendChart(
      List<Tick> ticks,
      List<Month> months,
      List<Series> series,
      List<Hidden> hidden,
      int hiddenLegendY,
      String summary) {
    this.ticks = ticks;
    this.months = months;
    this.series = series;
    this.hidden = hidden;
    this.hiddenLegendY = hiddenLegendY;
    this.summary = summary;
  }

  /**
   * The chart of a published trend.
   *
   * @param trend the rating trend: rows are ratings, people not yet rated and the total; columns
   *     are months ({@code 2026-01})
   * @return the chart's shapes
   */
  static RatingTrendChart of(Table trend) {
    List<String> columns = trend.columnLabels();
    int n = columns.size();
    int max = 0;
    for (List<String> row : trend.rows()) {
      for (String cell : row) {
        Integer v = number(cell);
        if (v != null) {
          max = Math.max(max, v);
        }
      }
    }
    int step = step(max);
    int top = Math.max(step, (max + step - 1) / step * step);
    List<Tick> ticks = new ArrayList<>();
    for (int v = 0; v <= top; v += step) {
      ticks.add(new Tick(y(v, top), Integer.toString(v)));
    }
    List<Month> months = new ArrayList<>();
    String lastYear = "";
    for (int c = 0; c < n; c++) {
      String column = columns.get(c);
      String name = column;
      String year = "";
      try {
        YearMonth ym = YearMonth.parse(column);
        name = MONTH.format(ym);
        String y = Integer.toString(ym.getYear());
        year = y.equals(lastYear) ? "" : y;
        lastYear = y;
      } catch (DateTimeParseException notAMonth) {
        // shown as it is
      }
      months.add(new Month(x(c, n), name, year));
    }
    List<Series> series = new ArrayList<>();
    List<List<String>> hiddenRows = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      hiddenRows.add(new ArrayList<>());
    }
    int legendY = TOP + 12;
    for (int r = 0; r < trend.rowLabels().size(); r++) {
      String label = trend.rowLabels().get(r);
      Shape shape = shapeOf(label);
      List<String> segments = new ArrayList<>();
      List<Point> points = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      int inRun = 0;
      for (int c = 0; c < n; c++) {
        String cell = trend.cell(r, c);
        Integer v = number(cell);
        if (v == null) {
          if (SuppressionPolicy.MASK.equals(cell)) {
            hiddenRows.get(c).add(label);
          }
          if (inRun > 1) {
            segments.add(run.toString().strip());
          }
          run.setLength(0);
          inRun = 0;
          continue;
        }
        int x = x(c, n);
        int y = y(v, top);
        run.append(x).append(',').append(y).append(' ');
        inRun++;
        points.add(
            new Point(
                x,
                y,
                shape.marker(x, y),
                label + ", " + months.get(c).name() + " " + yearOf(columns.get(c)) + ": " + v));
      }
      if (inRun > 1) {
        segments.add(run.toString().strip());
      }
      if (!points.isEmpty()) {
        series.add(
            new Series(
                label,
                ChartColours.of(label),
                shape.dash(),
                List.copyOf(segments),
                List.copyOf(points),
                legendY,
                shape.marker(LEGEND_X + 18, legendY)));
        legendY += LEGEND_LINE;
      }
    }
    List<Hidden> hidden = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      if (!hiddenRows.get(c).isEmpty()) {
        int x = x(c, n);
        hidden.add(
            new Hidden(
                x,
                cross(x, BOTTOM + SUPPRESSED_BAND),
                months.get(c).name()
                    + " "
                    + yearOf(columns.get(c))
                    + ": suppressed for "
                    + String.join(", ", hiddenRows.get(c))));
      }
    }
    String summary =
        "Line chart of people on the register by rating at each month end, "
            + (n == 0 ? "" : months.get(0).name() + " " + yearOf(columns.get(0)))
            + (n > 1 ? " to " + months.get(n - 1).name() + " " + yearOf(columns.get(n - 1)) : "")
            + ". The same numbers are in the table after the chart.";
    return new RatingTrendChart(
        List.copyOf(ticks),
        List.copyOf(months),
        List.copyOf(series),
        List.copyOf(hidden),
        hidden.isEmpty() ? 0 : legendY,
        summary);
  }

  /** How a row is drawn besides its colour: a marker and a line pattern of its own. */
  private enum Shape {
    SQUARE(""),
    TRIANGLE_UP("10 5"),
    CIRCLE("3 4"),
    DIAMOND("16 5"),
    TRIANGLE_DOWN("2 3"),
    NONE("8 4 2 4");

    private final String dash;

    Shape(String dash) {
      this.dash = dash;
    }

    String dash() {
      return dash;
    }

    /** The marker at a point, as an SVG path. */
    String marker(int x, int y) {
      int s = 6;
      return switch (this) {
        case SQUARE ->
            "M" + (x - s) + " " + (y - s) + "h" + 2 * s + "v" + 2 * s + "h" + -2 * s + "z";
        case TRIANGLE_UP ->
            "M"
                + x
                + " "
                + (y - s - 1)
                + "L"
                + (x + s + 1)
                + " "
                + (y + s)
                + "L"
                + (x - s - 1)
                + " "
                + (y + s)
                + "z";
        case CIRCLE ->
            "M" + (x - s) + " " + y + "a" + s + " " + s + " 0 1 0 " + 2 * s + " 0a" + s + " " + s
                + " 0 1 0 " + -2 * s + " 0z";
        case DIAMOND ->
            "M"
                + x
                + " "
                + (y - s - 2)
                + "L"
                + (x + s + 2)
                + " "
                + y
                + "L"
                + x
                + " "
                + (y + s + 2)
                + "L"
                + (x - s - 2)
                + " "
                + y
                + "z";
        case TRIANGLE_DOWN ->
            "M"
                + x
                + " "
                + (y + s + 1)
                + "L"
                + (x + s + 1)
                + " "
                + (y - s)
                + "L"
                + (x - s - 1)
                + " "
                + (y - s)
                + "z";
        case NONE -> "M" + (x - 4) + " " + y + "h8";
      };
    }
  }

  private static Shape shapeOf(String label) {
    for (Rating rating : Rating.values()) {
      if (rating.label().equals(label)) {
        return switch (rating) {
          case RED -> Shape.SQUARE;
          case AMBER -> Shape.TRIANGLE_UP;
          case GREEN -> Shape.CIRCLE;
          case BLUE -> Shape.DIAMOND;
        };
      }
    }
    return RegisterReports.NOT_YET_RATED.equals(label) ? Shape.TRIANGLE_DOWN : Shape.NONE;
  }

  private static String cross(int x, int y) {
    int s = 6;
    return "M" + (x - s) + " " + (y - s) + "L" + (x + s) + " " + (y + s) + "M" + (x - s) + " "
        + (y + s) + "L" + (x + s) + " " + (y - s);
  }

  /** A step for the value axis giving about five lines: 1, 2 or 5 times a power of ten. */
  static int step(int max) {
    if (max <= 5) {
      return 1;
    }
    int magnitude = 1;
    while (magnitude * 10 <= max / 5) {
      magnitude *= 10;
    }
    for (int m : new int[] {1, 2, 5, 10}) {
      if (max / (m * magnitude) <= 6) {
        return m * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static int x(int column, int columns) {
    return LEFT + (int) Math.round((column + 0.5) * (RIGHT - LEFT) / (double) columns);
  }

  private static int y(int value, int top) {
    return BOTTOM - (int) Math.round(value * (BOTTOM - TOP) / (double) top);
  }

  private static String yearOf(String column) {
    try {
      return Integer.toString(YearMonth.parse(column).getYear());
    } catch (DateTimeParseException notAMonth) {
      return "";
    }
  }

  private static Integer number(String published) {
    try {
      return Integer.valueOf(published.replace(",", ""));
    } catch (NumberFormatException hidden) {
      return null;
    }
  }

  /** The value axis's lines, lowest first. */
  public List<Tick> ticks() {
    return ticks;
  }

  /** The months along the bottom. */
  public List<Month> months() {
    return months;
  }

  /** The rows drawn, in the table's order. */
  public List<Series> series() {
    return series;
  }

  /** The months with a hidden count. */
  public List<Hidden> hidden() {
    return hidden;
  }

  /** Where the legend's entry for hidden counts sits; 0 when nothing is hidden. */
  public int hiddenLegendY() {
    return hiddenLegendY;
  }

  /** The legend's hidden-count cross. */
  public String hiddenLegendMarker() {
    return cross(LEGEND_X + 18, hiddenLegendY);
  }

  /** A sentence saying what the chart shows, for its description. */
  public String summary() {
    return summary;
  }

  /** Geometry the template needs: the plot's left edge. */
  public int left() {
    return LEFT;
  }

  /** The right edge. */
  public int right() {
    return RIGHT;
  }

  /** The top edge. */
  public int top() {
    return TOP;
  }

  /** The bottom edge (the month axis). */
  public int bottom() {
    return BOTTOM;
  }

  /** The legend's left edge. */
  public int legendX() {
    return LEGEND_X;
  }

  /** The width of the coordinate space. */
  public int width() {
    return WIDTH;
  }

  /** The height of the coordinate space. */
  public int height() {
    return HEIGHT;
  }
}
