package org.opendsr.rating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of {@link Instrument.Builder#build()}; collects every problem. Each kind of rule
 * reports itself to the check for its kind ({@link Rule#checkIn(InstrumentValidation)}).
 *
 * <p>A problem's detail names the parts concerned by position ({@code items[2]}, {@code
 * conditions[0]}) and the definition's own terms, never by an id or text of the definition: the
 * definition may come from a file (a local instrument), and what it holds is not ours to repeat.
 */
final class InstrumentValidation {

  static final Comparator<Rule.Band> BAND_ORDER =
      Comparator.comparingInt(Rule.Band::from).thenComparingInt(Rule.Band::to);

  private final InstrumentBuilder builder;
  private final List<InstrumentProblem> problems = new ArrayList<>();
  private final Map<String, Item> byId = new LinkedHashMap<>();
  private final Map<String, Integer> itemIndex = new HashMap<>();
  private final Set<String> usedItems = new HashSet<>();
  private final Set<Rating> canYield = EnumSet.noneOf(Rating.class);
  private Rating floor;
  private String position = "";

  InstrumentValidation(InstrumentBuilder builder) {
    this.builder = builder;
    this.floor = builder.baseline;
  }

  List<InstrumentProblem> run() {
    position = "";
    if (builder.items.isEmpty()) {
      problem(InstrumentProblem.Kind.NO_ITEMS, builder.id, "an instrument needs items");
    }
    if (builder.rules.isEmpty()) {
      problem(InstrumentProblem.Kind.NO_RULES, builder.id, "an instrument needs rules");
    }
    for (int i = 0; i < builder.items.size(); i++) {
      Item item = builder.items.get(i);
      position = items(i);
      Integer first = itemIndex.putIfAbsent(item.id(), i);
      byId.putIfAbsent(item.id(), item);
      if (first != null) {
        problem(
            InstrumentProblem.Kind.DUPLICATE_ITEM,
            item.id(),
            "has the id of " + items(first) + "; item ids must be unique");
      }
    }
    Map<String, String> ruleIds = new HashMap<>();
    for (int r = 0; r < builder.rules.size(); r++) {
      Rule rule = builder.rules.get(r);
      position = "rules[" + r + "]";
      String first = ruleIds.putIfAbsent(rule.id(), position);
      if (first != null) {
        problem(
            InstrumentProblem.Kind.DUPLICATE_RULE,
            rule.id(),
            "has the id of " + first + "; rule ids must be unique");
      }
      rule.checkIn(this);
    }
    for (int c = 0; c < builder.contradictions.size(); c++) {
      Contradiction contradiction = builder.contradictions.get(c);
      position = "contradictions[" + c + "]";
      String first = ruleIds.putIfAbsent(contradiction.id(), position);
      if (first != null) {
        problem(
            InstrumentProblem.Kind.DUPLICATE_RULE,
            contradiction.id(),
            "has the id of " + first + "; rule and contradiction ids must be unique");
      }
      List<Condition> conditions = contradiction.conditions();
      for (int k = 0; k < conditions.size(); k++) {
        checkCondition(contradiction.id(), "conditions[" + k + "]", conditions.get(k), false);
      }
    }
    position = "baseline";
    if (builder.baseline == Rating.BLUE) {
      problem(
          InstrumentProblem.Kind.BLUE_FROM_A_RULE,
          "baseline",
          "Blue follows only from being an inpatient");
    }
    for (int i = 0; i < builder.items.size(); i++) {
      Item item = builder.items.get(i);
      position = items(i);
      if (!usedItems.contains(item.id())) {
        problem(
            InstrumentProblem.Kind.UNUSED_ITEM,
            item.id(),
            "no rule uses this item, so its answer could never change a rating");
      }
    }
    if (problems.isEmpty()) {
      position = "";
      checkReachability();
    }
    return problems;
  }

  void checkAnyOf(Rule.AnyOf any) {
    boolean valid = checkConditions(any.id(), any.conditions());
    checkNotBlue(any.id(), any.rating());
    if (valid) {
      canYield.add(any.rating());
      boolean metAtMinimum = false;
      for (Condition condition : any.conditions()) {
        metAtMinimum |= condition.threshold() <= byId.get(condition.itemId()).minimum();
      }
      raiseFloor(metAtMinimum, any.rating());
    }
  }

  void checkAllOf(Rule.AllOf all) {
    boolean valid = checkConditions(all.id(), all.conditions());
    checkNotBlue(all.id(), all.rating());
    if (valid) {
      canYield.add(all.rating());
      boolean metAtMinimum = true;
      for (Condition condition : all.conditions()) {
        metAtMinimum &= condition.threshold() <= byId.get(condition.itemId()).minimum();
      }
      raiseFloor(metAtMinimum, all.rating());
    }
  }

  private void raiseFloor(boolean metAtMinimum, Rating rating) {
    if (metAtMinimum) {
      floor = Rating.mostSevere(floor, rating);
    }
  }

  private boolean checkConditions(String subject, List<Condition> conditions) {
    boolean valid = true;
    for (int k = 0; k < conditions.size(); k++) {
      valid &= checkCondition(subject, "conditions[" + k + "]", conditions.get(k), true);
    }
    return valid;
  }

  /**
   * Checks one condition of a rule or contradiction.
   *
   * @param subject the id of the rule or contradiction
   * @param where the condition's position within it, e.g. {@code conditions[1]}
   * @param condition the condition
   * @param usesItem whether the condition counts as a use of its item
   */
  private boolean checkCondition(
      String subject, String where, Condition condition, boolean usesItem) {
    Item item = byId.get(condition.itemId());
    if (item == null) {
      problem(
          InstrumentProblem.Kind.UNKNOWN_ITEM,
          subject,
          where + " names an item the instrument does not have");
      return false;
    }
    String named = items(itemIndex.get(item.id()));
    if (usesItem) {
      usedItems.add(item.id());
    }
    if (item.kind() != condition.kind()) {
      problem(
          InstrumentProblem.Kind.WRONG_ITEM_KIND,
          subject,
          where
              + " is a condition for a "
              + condition.kind()
              + " item, but the item it names, "
              + named
              + ", is a "
              + item.kind()
              + " item");
      return false;
    }
    if (condition.threshold() > item.maximum()) {
      problem(
          InstrumentProblem.Kind.CONDITION_NEVER_MET,
          subject,
          "no allowed answer to "
              + named
              + " meets "
              + where
              + " ("
              + condition.describeAnswer()
              + ")");
      return false;
    }
    return true;
  }

  private void checkNotBlue(String subject, Rating rating) {
    if (rating == Rating.BLUE) {
      problem(
          InstrumentProblem.Kind.BLUE_FROM_A_RULE,
          subject,
          "Blue follows only from being an inpatient");
    }
  }

  void checkBands(Rule.PointBands rule) {
    boolean valid = true;
    int minTotal = 0;
    int maxTotal = 0;
    for (int p = 0; p < rule.points().size(); p++) {
      Rule.Points points = rule.points().get(p);
      valid &= checkCondition(rule.id(), "points[" + p + "].condition", points.condition(), true);
      if (points.points() < 0) {
        problem(
            InstrumentProblem.Kind.NEGATIVE_POINTS,
            rule.id(),
            "points[" + p + "] must not be negative");
        valid = false;
      }
    }
    for (Rule.Band band : rule.bands()) {
      checkNotBlue(rule.id(), band.rating());
    }
    if (!valid) {
      return;
    }
    for (Rule.Points points : rule.points()) {
      Item item = byId.get(points.condition().itemId());
      if (points.condition().threshold() <= item.minimum()) {
        minTotal += points.points();
      }
      maxTotal += points.points();
    }
    List<Rule.Band> sorted = new ArrayList<>(rule.bands());
    sorted.sort(BAND_ORDER);
    Rule.Band first = sorted.get(0);
    if (first.from() > minTotal) {
      gap(rule.id(), minTotal, first.from() - 1);
    }
    for (int b = 1; b < sorted.size(); b++) {
      Rule.Band previous = sorted.get(b - 1);
      Rule.Band next = sorted.get(b);
      if (next.from() <= previous.to()) {
        problem(
            InstrumentProblem.Kind.THRESHOLD_OVERLAP,
            rule.id(),
            "bands " + range(previous) + " and " + range(next) + " overlap");
      } else if (next.from() > previous.to() + 1) {
        gap(rule.id(), previous.to() + 1, next.from() - 1);
      }
      if (previous.rating().isMoreSevereThan(next.rating())) {
        problem(
            InstrumentProblem.Kind.THRESHOLDS_NOT_ASCENDING,
            rule.id(),
            "band "
                + range(next)
                + " gives "
                + next.rating().label()
                + ", less severe than the lower band "
                + range(previous));
      }
    }
    int lastTo = sorted.get(sorted.size() - 1).to();
    if (lastTo < maxTotal) {
      gap(rule.id(), lastTo + 1, maxTotal);
    }
    for (Rule.Band band : sorted) {
      if (band.from() < minTotal || band.to() > maxTotal) {
        problem(
            InstrumentProblem.Kind.THRESHOLD_OUT_OF_RANGE,
            rule.id(),
            "band "
                + range(band)
                + " reaches outside the achievable totals "
                + minTotal
                + "–"
                + maxTotal);
      } else {
        canYield.add(band.rating());
        if (band.contains(minTotal)) {
          floor = Rating.mostSevere(floor, band.rating());
        }
      }
    }
  }

  private void gap(String subject, int from, int to) {
    problem(
        InstrumentProblem.Kind.THRESHOLD_GAP,
        subject,
        "totals " + from + "–" + to + " fall in no band");
  }

  private static String range(Rule.Band band) {
    return band.from() + "–" + band.to();
  }

  void checkMatrix(Rule.Matrix matrix) {
    boolean valid = true;
    valid &=
        checkCondition(
            matrix.id(), "rowItemId", Condition.atLeast(matrix.rowItemId(), Level.LOW), true);
    valid &=
        checkCondition(
            matrix.id(), "columnItemId", Condition.atLeast(matrix.columnItemId(), Level.LOW), true);
    Level[] levels = Level.values();
    for (Level row : levels) {
      for (Level column : levels) {
        Rating cell = matrix.cell(row, column);
        checkNotBlue(matrix.id(), cell);
        boolean fallsFromAbove =
            row.ordinal() > 0
                && matrix.cell(levels[row.ordinal() - 1], column).isMoreSevereThan(cell);
        boolean fallsFromLeft =
            column.ordinal() > 0
                && matrix.cell(row, levels[column.ordinal() - 1]).isMoreSevereThan(cell);
        if (fallsFromAbove || fallsFromLeft) {
          problem(
              InstrumentProblem.Kind.MATRIX_NOT_MONOTONE,
              matrix.id(),
              "cell "
                  + row
                  + "/"
                  + column
                  + " gives "
                  + cell.label()
                  + ", less severe than a cell with lower levels");
        }
        if (valid) {
          canYield.add(cell);
        }
      }
    }
    if (valid) {
      floor = Rating.mostSevere(floor, matrix.cell(Level.LOW, Level.LOW));
    }
  }

  private void checkReachability() {
    for (Rating rating : List.of(Rating.GREEN, Rating.AMBER, Rating.RED)) {
      boolean reachable =
          rating == floor || (canYield.contains(rating) && rating.isMoreSevereThan(floor));
      if (!reachable) {
        problem(
            InstrumentProblem.Kind.UNREACHABLE_RATING,
            rating.label(),
            "no combination of answers can suggest " + rating.label());
      }
    }
  }

  private static String items(int index) {
    return "items[" + index + "]";
  }

  private void problem(InstrumentProblem.Kind kind, String subject, String detail) {
    problems.add(new InstrumentProblem(kind, subject, detail, position));
  }
}
