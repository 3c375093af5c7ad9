package org.opendsr.rating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule compiled against the items of one instrument: conditions become item positions and
 * thresholds, so firing reads two arrays indexed by position. Each kind of {@link Rule} compiles
 * itself into one of the subclasses here ({@link Rule#compile(CompiledInstrument)}).
 */
abstract class CompiledRule {
  final String ruleId;
  final String ruleText;
  final Item[] items;
  final String[] itemIds;

  CompiledRule(CompiledInstrument layout, String ruleId, String ruleText) {
    this.ruleId = ruleId;
    this.ruleText = ruleText;
    this.items = layout.items();
    this.itemIds = new String[items.length];
    for (int i = 0; i < itemIds.length; i++) {
      itemIds[i] = items[i].id();
    }
  }

  /**
   * The reason when the rule fires, otherwise null.
   *
   * @param given the answers by item position
   * @param risk the risk value of each answer by item position
   */
  abstract Reason fire(Answer[] given, int[] risk);

  Map<String, Answer> used(int[] indexes, Answer[] given) {
    Map<String, Answer> map = new LinkedHashMap<>(indexes.length * 2);
    for (int index : indexes) {
      map.put(itemIds[index], given[index]);
    }
    return map;
  }

  /**
   * The start of a reason's text: the rating the rule points to, then the answers that made it
   * fire, each in the words of its question. Item ids stay in {@link Reason#answers()}.
   */
  StringBuilder because(Rating rating) {
    return new StringBuilder(160).append(rating.label()).append(" because of these answers: ");
  }

  /** Appends one answer in words, for example "Is the person in crisis? Yes". */
  void answer(StringBuilder text, int index, Answer answer) {
    String question = items[index].text();
    text.append(question).append(question.endsWith("?") ? " " : ": ").append(inWords(answer));
  }

  /** Ends a reason's text with the rule, so the definition is shown as the rule, not a fact. */
  String withRule(StringBuilder text) {
    text.append(". Rule: ").append(ruleText);
    if (!ruleText.endsWith(".")) {
      text.append('.');
    }
    return text.toString();
  }

  /** An answer as a coordinator reads it: Yes or No, Low, Medium or High, or the score. */
  private static String inWords(Answer answer) {
    if (answer instanceof Answer.YesNo yesNo) {
      return yesNo.yes() ? "Yes" : "No";
    }
    if (answer instanceof Answer.Graded graded) {
      return switch (graded.level()) {
        case LOW -> "Low";
        case MEDIUM -> "Medium";
        case HIGH -> "High";
      };
    }
    return String.valueOf(((Answer.Score) answer).value());
  }

  private static int indexOf(int[] values, int value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    return -1;
  }

  /** {@link Rule.AnyOf}: names only the answers that met a condition. */
  static final class AnyOf extends CompiledRule {
    private final int[] indexes;
    private final int[] thresholds;
    private final Rating rating;

    AnyOf(CompiledInstrument layout, Rule.AnyOf rule) {
      super(layout, rule.id(), rule.text());
      this.indexes = layout.indexes(rule.conditions());
      this.thresholds = CompiledInstrument.thresholds(rule.conditions());
      this.rating = rule.rating();
    }

    @Override
    Reason fire(Answer[] given, int[] risk) {
      Map<String, Answer> used = null;
      StringBuilder words = null;
      for (int k = 0; k < indexes.length; k++) {
        int index = indexes[k];
        if (risk[index] >= thresholds[k] && (used == null || !used.containsKey(itemIds[index]))) {
          if (used == null) {
            used = new LinkedHashMap<>(8);
            words = because(rating);
          } else {
            words.append("; ");
          }
          used.put(itemIds[index], given[index]);
          answer(words, index, given[index]);
        }
      }
      // Only the answers that met a condition are named: the others did not make the rule fire.
      return used == null ? null : new Reason(ruleId, withRule(words), rating, used);
    }
  }

  /** {@link Rule.AllOf}: names every answer of its conditions, once each. */
  static final class AllOf extends CompiledRule {
    private final int[] indexes;
    private final int[] thresholds;
    private final Rating rating;

    AllOf(CompiledInstrument layout, Rule.AllOf rule) {
      super(layout, rule.id(), rule.text());
      this.indexes = layout.indexes(rule.conditions());
      this.thresholds = CompiledInstrument.thresholds(rule.conditions());
      this.rating = rule.rating();
    }

    @Override
    Reason fire(Answer[] given, int[] risk) {
      for (int k = 0; k < indexes.length; k++) {
        if (risk[indexes[k]] < thresholds[k]) {
          return null;
        }
      }
      Map<String, Answer> used = used(indexes, given);
      StringBuilder words = because(rating);
      boolean first = true;
      for (int k = 0; k < indexes.length; k++) {
        if (indexOf(indexes, indexes[k]) == k) {
          words.append(first ? "" : "; ");
          answer(words, indexes[k], given[indexes[k]]);
          first = false;
        }
      }
      return new Reason(ruleId, withRule(words), rating, used);
    }
  }

  /** {@link Rule.PointBands}: always fires, with the band its total falls in. */
  static final class Bands extends CompiledRule {
    private final int[] indexes;
    private final int[] thresholds;
    private final int[] points;
    private final int[] usedIndexes;
    private final Rule.Band[] bands;

    Bands(CompiledInstrument layout, Rule.PointBands rule) {
      super(layout, rule.id(), rule.text());
      List<Condition> conditions = new ArrayList<>();
      this.points = new int[rule.points().size()];
      for (int k = 0; k < points.length; k++) {
        conditions.add(rule.points().get(k).condition());
        points[k] = rule.points().get(k).points();
      }
      this.indexes = layout.indexes(conditions);
      this.thresholds = CompiledInstrument.thresholds(conditions);
      this.usedIndexes = Arrays.stream(indexes).distinct().sorted().toArray();
      this.bands =
          rule.bands().stream().sorted(InstrumentValidation.BAND_ORDER).toArray(Rule.Band[]::new);
    }

    @Override
    Reason fire(Answer[] given, int[] risk) {
      int total = 0;
      for (int k = 0; k < indexes.length; k++) {
        if (risk[indexes[k]] >= thresholds[k]) {
          total += points[k];
        }
      }
      for (Rule.Band band : bands) {
        if (band.contains(total)) {
          return new Reason(
              ruleId, text(band, total, given, risk), band.rating(), used(usedIndexes, given));
        }
      }
      // Unreachable: the builder proved the bands cover every achievable total.
      throw new IllegalStateException("rule " + ruleId + ": total outside every band");
    }

    /** Every answer counted, with the points it added, then the total and its band. */
    private String text(Rule.Band band, int total, Answer[] given, int[] risk) {
      StringBuilder words = because(band.rating());
      for (int u = 0; u < usedIndexes.length; u++) {
        int index = usedIndexes[u];
        words.append(u == 0 ? "" : "; ");
        answer(words, index, given[index]);
        int added = 0;
        for (int k = 0; k < indexes.length; k++) {
          if (indexes[k] == index && risk[index] >= thresholds[k]) {
            added += points[k];
          }
        }
        if (added > 0) {
          words.append(" (").append(added).append(added == 1 ? " point)" : " points)");
        }
      }
      words.append(". Total ").append(total).append(total == 1 ? " point" : " points");
      words.append(", in the ").append(band.rating().label()).append(" band (");
      words.append(band.from()).append('–').append(band.to()).append(" points)");
      return withRule(words);
    }
  }

  /** {@link Rule.Matrix}: always fires, with the cell of its two levels; texts built once. */
  static final class Matrix extends CompiledRule {
    private final int row;
    private final int column;
    private final Rating[][] cells;
    private final String[][] texts;

    Matrix(CompiledInstrument layout, Rule.Matrix rule) {
      super(layout, rule.id(), rule.text());
      this.row = layout.index(rule.rowItemId());
      this.column = layout.index(rule.columnItemId());
      Level[] levels = Level.values();
      this.cells = new Rating[levels.length][levels.length];
      this.texts = new String[levels.length][levels.length];
      for (Level r : levels) {
        for (Level c : levels) {
          Rating rating = rule.cell(r, c);
          cells[r.ordinal()][c.ordinal()] = rating;
          StringBuilder words = because(rating);
          answer(words, row, Answer.level(r));
          words.append("; ");
          answer(words, column, Answer.level(c));
          texts[r.ordinal()][c.ordinal()] = withRule(words);
        }
      }
    }

    @Override
    Reason fire(Answer[] given, int[] risk) {
      Map<String, Answer> used = new LinkedHashMap<>(4);
      used.put(itemIds[row], given[row]);
      used.put(itemIds[column], given[column]);
      return new Reason(
          ruleId, texts[risk[row]][risk[column]], cells[risk[row]][risk[column]], used);
    }
  }
}
