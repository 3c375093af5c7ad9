package org.opendsr.rating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of {@link Instrument.Builder#build()}; collects every problem. Each kind of rule
 * reports itself to the check for its kind ({@link Rule#checkIn(InstrumentValidation)}).
 */
final class InstrumentValidation {

  static final Comparator<Rule.Band> BAND_ORDER =
      Comparator.comparingInt(Rule.Band::from).thenComparingInt(Rule.Band::to);

  private final InstrumentBuilder builder;
  private final List<InstrumentProblem> problems = new ArrayList<>();
  private final Map<String, Item> byId = new LinkedHashMap<>();
  private final Set<String> usedItems = new HashSet<>();
  private final Set<Rating> canYield = EnumSet.noneOf(Rating.class);
  private Rating floor;

  InstrumentValidation(InstrumentBuilder builder) {
    this.builder = builder;
    this.floor = builder.baseline;
  }

  List<InstrumentProblem> run() {
    if (builder.items.isEmpty()) {
      problem(InstrumentProblem.Kind.NO_ITEMS, builder.id, "an instrument needs items");
    }
    if (builder.rules.isEmpty()) {
      problem(InstrumentProblem.Kind.NO_RULES, builder.id, "an instrument needs rules");
    }
    for (Item item : builder.items) {
      if (byId.putIfAbsent(item.id(), item) != null) {
        problem(InstrumentProblem.Kind.DUPLICATE_ITEM, item.id(), "item ids must be unique");
      }
    }
    Set<String> ruleIds = new HashSet<>();
    for (Rule rule : builder.rules) {
      if (!ruleIds.add(rule.id())) {
        problem(InstrumentProblem.Kind.DUPLICATE_RULE, rule.id(), "rule ids must be unique");
      }
      rule.checkIn(this);
    }
    for (Contradiction contradiction : builder.contradictions) {
      if (!ruleIds.add(contradiction.id())) {
        problem(
            InstrumentProblem.Kind.DUPLICATE_RULE,
            contradiction.id(),
            "rule and contradiction ids must be unique");
      }
      for (Condition condition : contradiction.conditions()) {
        checkCondition(contradiction.id(), condition, false);
      }
    }
    if (builder.baseline == Rating.BLUE) {
      problem(
          InstrumentProblem.Kind.BLUE_FROM_A_RULE,
          "baseline",
          "Blue follows only from being an inpatient");
    }
    for (Item item : builder.items) {
      if (!usedItems.contains(item.id())) {
        problem(
            InstrumentProblem.Kind.UNUSED_ITEM,
            item.id(),
            "no rule uses this item, so its answer could never change a rating");
      }
    }
    if (problems.isEmpty()) {
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
    for (Condition condition : conditions) {
      valid &= checkCondition(subject, condition, true);
    }
    return valid;
  }

  private boolean checkCondition(String subject, Condition condition, boolean usesItem) {
    Item item = byId.get(condition.itemId());
    if (item == null) {
      problem(
          InstrumentProblem.Kind.UNKNOWN_ITEM,
          subject,
          "uses item " + Ids.shown(condition.itemId()) + ", which the instrument does not have");
      return false;
    }
    if (usesItem) {
      usedItems.add(item.id());
    }
    if (item.kind() != condition.kind()) {
      problem(
          InstrumentProblem.Kind.WRONG_ITEM_KIND,
          subject,
          "condition for a "
              + condition.kind()
              + " item used on "
              + Ids.shown(item.id())
              + ", a "
              + item.kind()
              + " item");
      return false;
    }
    if (condition.threshold() > item.maximum()) {
      problem(
          InstrumentProblem.Kind.CONDITION_NEVER_MET,
          subject,
          "no allowed answer to "
              + Ids.shown(item.id())
              + " meets \""
              + condition.describe()
              + "\"");
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
    for (Rule.Points points : rule.points()) {
      valid &= checkCondition(rule.id(), points.condition(), true);
      if (points.points() < 0) {
        problem(
            InstrumentProblem.Kind.NEGATIVE_POINTS,
            rule.id(),
            "points for \"" + points.condition().describe() + "\" must not be negative");
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
    for (String itemId : List.of(matrix.rowItemId(), matrix.columnItemId())) {
      valid &= checkCondition(matrix.id(), Condition.atLeast(itemId, Level.LOW), true);
    }
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

  private void problem(InstrumentProblem.Kind kind, String subject, String detail) {
    problems.add(new InstrumentProblem(kind, subject, detail));
  }
}
