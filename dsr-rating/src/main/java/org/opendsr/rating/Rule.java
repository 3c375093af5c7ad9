package org.opendsr.rating;

import java.util.List;
import java.util.Objects;

/**
 * A rule of an instrument: data that maps answers to a rating. When a rule fires it gives a {@link
 * Reason}; the suggestion of an instrument is the most severe rating among the rules that fired (or
 * the instrument's baseline when none did).
 *
 * <p>Rules may suggest Green, Amber or Red; Blue follows only from the person being an inpatient.
 * Every condition is a threshold on a risk value ({@link Condition}) and points are never negative,
 * so a riskier answer never lowers what a rule gives; the instrument builder rejects point bands
 * and matrices whose ratings fall as risk rises.
 */
public sealed interface Rule permits Rule.AnyOf, Rule.AllOf, Rule.PointBands, Rule.Matrix {

  /**
   * A stable identifier of the rule, unique within the instrument.
   *
   * @return the rule id
   */
  String id();

  /**
   * The rule in words, shown to the clinician as the reason for a suggestion.
   *
   * @return readable text
   */
  String text();

  /**
   * Compiles the rule against the items of an instrument being built: each kind of rule evaluates
   * itself. Called only by the instrument; its types are internal to this package.
   *
   * @param layout the items of the instrument, by position
   * @return the compiled rule
   */
  CompiledRule compile(CompiledInstrument layout);

  /**
   * Reports the rule's problems to the checks of an instrument being built. Called only by the
   * instrument builder; its types are internal to this package.
   *
   * @param validation the checks collecting every problem
   */
  void checkIn(InstrumentValidation validation);

  /**
   * Fires when at least one condition is met; the reason shows the answers that met one.
   *
   * @param id rule id; not blank
   * @param text readable text; not blank
   * @param rating the rating suggested when the rule fires: Green, Amber or Red
   * @param conditions at least one condition
   */
  record AnyOf(String id, String text, Rating rating, List<Condition> conditions) implements Rule {
    /**
     * Checks and copies the arguments.
     *
     * @throws RatingException if the id or text is blank or there are no conditions
     */
    public AnyOf {
      requireText(id, text);
      Objects.requireNonNull(rating, "rating");
      conditions = requireConditions(id, conditions);
    }

    @Override
    public CompiledRule compile(CompiledInstrument layout) {
      return new CompiledRule.AnyOf(layout, this);
    }

    @Override
    public void checkIn(InstrumentValidation validation) {
      validation.checkAnyOf(this);
    }
  }

  /**
   * Fires when every condition is met, for example "all key questions answered yes"; the reason
   * shows all their answers.
   *
   * @param id rule id; not blank
   * @param text readable text; not blank
   * @param rating the rating suggested when the rule fires: Green, Amber or Red
   * @param conditions at least one condition
   */
  record AllOf(String id, String text, Rating rating, List<Condition> conditions) implements Rule {
    /**
     * Checks and copies the arguments.
     *
     * @throws RatingException if the id or text is blank or there are no conditions
     */
    public AllOf {
      requireText(id, text);
      Objects.requireNonNull(rating, "rating");
      conditions = requireConditions(id, conditions);
    }

    @Override
    public CompiledRule compile(CompiledInstrument layout) {
      return new CompiledRule.AllOf(layout, this);
    }

    @Override
    public void checkIn(InstrumentValidation validation) {
      validation.checkAllOf(this);
    }
  }

  /**
   * Adds the points of every condition met and suggests the rating of the band the total falls in.
   * Always fires; the reason shows the band and every answer counted. The bands must cover every
   * achievable total exactly once, with ratings that never fall as the total rises.
   *
   * @param id rule id; not blank
   * @param text readable text; not blank
   * @param points the points each condition adds when met; at least one
   * @param bands the bands of totals; at least one
   */
  record PointBands(String id, String text, List<Points> points, List<Band> bands) implements Rule {
    /**
     * Checks and copies the arguments.
     *
     * @throws RatingException if the id or text is blank, or points or bands are empty
     */
    public PointBands {
      requireText(id, text);
      points = List.copyOf(Objects.requireNonNull(points, "points"));
      bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
      if (points.isEmpty() || bands.isEmpty()) {
        throw RatingException.of(
            "bands",
            "needs at least one points entry and one band",
            "a points rule needs at least one points entry and one band");
      }
    }

    @Override
    public CompiledRule compile(CompiledInstrument layout) {
      return new CompiledRule.Bands(layout, this);
    }

    @Override
    public void checkIn(InstrumentValidation validation) {
      validation.checkBands(this);
    }
  }

  /**
   * A two-way table of two Low/Medium/High items, as in matrix tools for children where two
   * sections are each rated High, Medium or Low. Always fires; the reason shows both answers.
   *
   * @param id rule id; not blank
   * @param text readable text; not blank
   * @param rowItemId the level item choosing the row
   * @param columnItemId the level item choosing the column
   * @param cells three rows (Low, Medium, High) of three ratings (Low, Medium, High)
   */
  record Matrix(
      String id, String text, String rowItemId, String columnItemId, List<List<Rating>> cells)
      implements Rule {
    /**
     * Checks and copies the arguments.
     *
     * @throws RatingException if the id or text is blank, or the table is not 3 by 3
     */
    public Matrix {
      requireText(id, text);
      Objects.requireNonNull(rowItemId, "rowItemId");
      Objects.requireNonNull(columnItemId, "columnItemId");
      Objects.requireNonNull(cells, "cells");
      int size = Level.values().length;
      if (cells.size() != size) {
        throw RatingException.of(
            "cells", "matrix needs " + size + " rows", "cells must be " + size + " rows");
      }
      cells = cells.stream().map(List::copyOf).toList();
      for (List<Rating> row : cells) {
        if (row.size() != size) {
          throw RatingException.of(
              "cells",
              "every matrix row needs " + size + " cells",
              "cells must have " + size + " ratings in every row");
        }
      }
    }

    @Override
    public CompiledRule compile(CompiledInstrument layout) {
      return new CompiledRule.Matrix(layout, this);
    }

    @Override
    public void checkIn(InstrumentValidation validation) {
      validation.checkMatrix(this);
    }

    /**
     * The rating in a cell.
     *
     * @param row the row item's level; not null
     * @param column the column item's level; not null
     * @return the cell's rating
     */
    public Rating cell(Level row, Level column) {
      return cells.get(row.ordinal()).get(column.ordinal());
    }
  }

  /**
   * The points a condition adds to a total when met.
   *
   * @param condition the condition; not null
   * @param points the points added; not negative (checked when the instrument is built)
   */
  record Points(Condition condition, int points) {
    /**
     * Checks the arguments.
     *
     * @throws NullPointerException if the condition is null
     */
    public Points {
      Objects.requireNonNull(condition, "condition");
    }

    /**
     * Points for a yes answer.
     *
     * @param itemId a yes/no item
     * @param points points added for yes
     * @return the entry
     */
    public static Points forYes(String itemId, int points) {
      return new Points(Condition.yes(itemId), points);
    }
  }

  /**
   * A band of totals, both ends inclusive, and the rating it gives.
   *
   * @param from smallest total in the band
   * @param to largest total in the band, not below {@code from}
   * @param rating the rating: Green, Amber or Red; not null
   */
  record Band(int from, int to, Rating rating) {
    /**
     * Checks the arguments.
     *
     * @throws RatingException if {@code to < from}
     */
    public Band {
      Objects.requireNonNull(rating, "rating");
      if (to < from) {
        throw RatingException.of(
            "to",
            "must not be below from",
            "band " + from + "–" + to + ": to must not be below from");
      }
    }

    /**
     * Whether a total falls in this band.
     *
     * @param total a total of points
     * @return {@code true} when {@code from <= total <= to}
     */
    public boolean contains(int total) {
      return total >= from && total <= to;
    }
  }

  private static void requireText(String id, String text) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw RatingException.of("id", "must not be blank", "rule id must not be blank");
    }
    if (text.isBlank()) {
      throw RatingException.of("text", "must not be blank", "text must not be blank");
    }
  }

  private static List<Condition> requireConditions(String id, List<Condition> conditions) {
    List<Condition> copy = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
    if (copy.isEmpty()) {
      throw RatingException.of(
          "conditions",
          "needs at least one condition",
          "conditions must hold at least one condition");
    }
    return copy;
  }
}
