package org.opendsr.core.reporting;

import java.util.Objects;
import org.opendsr.rating.Rating;

/**
 * The colours in which charts of the reports draw each row of the rating trend, so that a rating
 * looks the same in every chart (the command line's PNG, the web page's SVG).
 *
 * <p>RAG(B): Red, Amber, Green and Blue are the NHS identity palette's red, green and blue and a
 * dark amber, each with at least 3:1 contrast against white, as WCAG 2.2's non-text contrast
 * (success criterion 1.4.11) asks. A chart must never rely on colour alone: each renderer also
 * gives every row its own marker and line pattern, and a legend.
 */
public final class ChartColours {

  /** Red ratings: NHS red. */
  public static final String RED = "#D5281B";

  /** Amber ratings: a dark amber (NHS warm yellow is too light against white). */
  public static final String AMBER = "#B26B00";

  /** Green ratings: NHS green. */
  public static final String GREEN = "#007F3B";

  /** Blue ratings: NHS blue. */
  public static final String BLUE = "#005EB8";

  /** People not yet rated, and the marks of hidden counts: NHS dark grey. */
  public static final String GREY = "#4C6272";

  /** The total row: NHS black. */
  public static final String TOTAL = "#212B32";

  private ChartColours() {}

  /**
   * The colour of a row of the rating trend.
   *
   * @param rowLabel a rating's label, {@value RegisterReports#NOT_YET_RATED} or {@value
   *     Totals#LABEL}
   * @return the colour as {@code #RRGGBB}: a rating's own colour, grey for people not yet rated,
   *     and black for the total (or any other row)
   */
  public static String of(String rowLabel) {
    Objects.requireNonNull(rowLabel, "rowLabel");
    for (Rating rating : Rating.values()) {
      if (rating.label().equals(rowLabel)) {
        return switch (rating) {
          case RED -> RED;
          case AMBER -> AMBER;
          case GREEN -> GREEN;
          case BLUE -> BLUE;
        };
      }
    }
    return RegisterReports.NOT_YET_RATED.equals(rowLabel) ? GREY : TOTAL;
  }
}
