package org.opendsr.examples.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.opendsr.core.reporting.RegisterReports;
import org.opendsr.core.reporting.SuppressionPolicy;
import org.opendsr.core.reporting.Table;
import org.opendsr.core.reporting.Totals;

class RatingChartTest {

  private static final List<String> ROWS =
      List.of("Blue", "Red", "Amber", "Green", RegisterReports.NOT_YET_RATED);
  private static final List<String> MONTHS = List.of("2026-01", "2026-02", "2026-03");

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  /** Blue 20/20/20, Red 3 then 15 then 15, Amber 12, Green 30, not yet rated 10. */
  private static Table trend() {
    int[][] counts = {
      {20, 20, 20}, {3, 15, 15}, {12, 12, 12}, {30, 30, 30}, {10, 10, 10},
    };
    return Table.of(
        "People on the register by rating",
        "Rating",
        ROWS,
        MONTHS,
        counts,
        Totals.TOTAL_ROW,
        SuppressionPolicy.nhsDefault());
  }

  private static float hue(Color colour) {
    return Color.RGBtoHSB(colour.getRed(), colour.getGreen(), colour.getBlue(), null)[0] * 360f;
  }

  private static double contrastAgainstWhite(Color c) {
    double l =
        0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    return 1.05 / (l + 0.05);
  }

  private static double linear(int channel) {
    double s = channel / 255.0;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }

  @Test
  void each_rating_is_drawn_in_its_own_rag_colour_red_red_amber_amber() {
    assertThat(hue(RatingChart.styleOf("Red").colour())).isBetween(0f, 12f);
    assertThat(hue(RatingChart.styleOf("Amber").colour())).isBetween(30f, 45f);
    assertThat(hue(RatingChart.styleOf("Green").colour())).isBetween(120f, 160f);
    assertThat(hue(RatingChart.styleOf("Blue").colour())).isBetween(200f, 225f);
  }

  @Test
  void every_line_stands_out_against_white_by_at_least_three_to_one() {
    for (String row :
        List.of("Blue", "Red", "Amber", "Green", RegisterReports.NOT_YET_RATED, "Total")) {
      assertThat(contrastAgainstWhite(RatingChart.styleOf(row).colour()))
          .as(row)
          .isGreaterThanOrEqualTo(3.0);
    }
  }

  @Test
  void no_two_lines_differ_by_colour_alone() {
    Set<String> markers = new HashSet<>();
    Set<String> lines = new HashSet<>();
    List<String> all =
        List.of("Blue", "Red", "Amber", "Green", RegisterReports.NOT_YET_RATED, "Total");
    for (String row : all) {
      RatingChart.Style style = RatingChart.styleOf(row);
      markers.add(style.marker().getClass().getName());
      lines.add(
          style.line().getLineWidth() + java.util.Arrays.toString(style.line().getDashArray()));
    }
    assertThat(markers).hasSize(all.size());
    assertThat(lines).hasSize(all.size());
  }

  @Test
  void months_read_as_a_person_writes_them() {
    assertThat(RatingChart.monthLabel("2026-01")).isEqualTo("Jan 2026");
    assertThat(RatingChart.monthLabel("2026-12")).isEqualTo("Dec 2026");
    assertThat(RatingChart.monthLabel("Total")).isEqualTo("Total");
  }

  @Test
  void a_hidden_count_is_a_gap_in_its_line_and_a_cross_on_the_month_axis_never_a_zero() {
    CategoryChart chart = RatingChart.chart(trend());
    Map<String, CategorySeries> series = chart.getSeriesMap();
    List<?> red = new java.util.ArrayList<>(series.get("Red").getYData());
    assertThat(red.get(0)).as("3 people in January is hidden").isNull();
    assertThat(series).containsKey(RatingChart.HIDDEN);
    List<?> hidden = new java.util.ArrayList<>(series.get(RatingChart.HIDDEN).getYData());
    assertThat(hidden.get(0)).isNotNull();
    assertThat(series.get(RatingChart.HIDDEN).getChartCategorySeriesRenderStyle())
        .isEqualTo(CategorySeries.CategorySeriesRenderStyle.Scatter);
  }

  @Test
  void the_chart_is_drawn_with_the_series_colour_of_each_rating(@TempDir Path dir)
      throws Exception {
    Path png = dir.resolve("ratings.png");
    RatingChart.write(trend(), SuppressionPolicy.nhsDefault(), png);
    BufferedImage image = ImageIO.read(png.toFile());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    for (String row : List.of("Blue", "Red", "Amber", "Green")) {
      assertThat(colours).as(row).contains(RatingChart.styleOf(row).colour().getRGB() & 0xFFFFFF);
    }
    assertThat(Files.size(png)).isPositive();
  }

  @Test
  void the_note_explains_small_number_and_secondary_suppression_in_the_policy_figures() {
    String note = String.join(" ", RatingChart.note(SuppressionPolicy.of(5, 10, true)));
    assertThat(note)
        .contains("from 1 to 5 is hidden")
        .contains("small-number suppression")
        .contains("secondary suppression")
        .contains("rounded to the nearest 10")
        .contains("never a zero");
  }
}
