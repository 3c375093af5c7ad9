package org.opendsr.rating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A rating instrument as data: items (questions), rules mapping answers to a suggested rating,
 * contradictions between answers, and a baseline rating given when no rule fires.
 *
 * <p>Built with {@link #builder(String, String)}; {@link Builder#build()} rejects, listing every
 * problem at once ({@link InvalidInstrumentException}): duplicate or unknown items, conditions of
 * the wrong kind or never met, unused items, Blue from a rule, gapped, overlapping or descending
 * thresholds, non-monotonic matrices, and ratings that can never be suggested. The rules are then
 * compiled into arrays; when the instrument has at most 4,096 combinations of answers (every
 * shipped instrument does) the outcome of every combination is also worked out once, at build time,
 * into a decision table. {@link #decide(Assessment, RatingPolicy)} therefore uses no streams,
 * regular expressions or reflection, and for a tabulated instrument allocates only the decision.
 *
 * <p>Decision procedure:
 *
 * <ol>
 *   <li>The answers are checked: every item answered (except for an inpatient), each answer of the
 *       item's kind and within range, no answer for an unknown item, no contradiction. Any problem
 *       gives an {@link IncompleteAssessmentException} listing all of them; nothing is guessed.
 *   <li>An inpatient is Blue whatever the answers (national policy 2023: Blue takes precedence).
 *   <li>Otherwise every rule is evaluated; the suggestion is the most severe rating of the rules
 *       that fired, each giving a {@link Reason}; when none fired, the baseline with its reason.
 *   <li>The linked processes of the suggestion are added for the person, date and policy.
 * </ol>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class Instrument {

  private final String id;
  private final String version;
  private final String title;
  private final List<Item> items;
  private final List<Rule> rules;
  private final List<Contradiction> contradictions;
  private final Rating baseline;

  // Compiled form, used by decide().
  private final Item[] itemArray;
  private final Map<String, Integer> indexById;
  // Item ids in the order AnswerMap keeps them, and the position of each among the items.
  private final String[] sortedIds;
  private final int[] sortedPositions;
  private final CompiledRule[] compiledRules;
  private final int[][] contradictionItems;
  private final int[][] contradictionThresholds;
  private final List<Reason> baselineReasons;
  private final List<Reason> inpatientReasons;
  // Outcome of every combination of answers, by mixed-radix key; null when the instrument has
  // too many combinations to tabulate. A null entry marks a contradictory combination.
  private final int[] radix;
  private final Outcome[] outcomes;

  /** Largest number of answer combinations tabulated when an instrument is built. */
  private static final int MAX_TABULATED = 1 << 12;

  /** The suggestion and reasons for one combination of answers of a person in the community. */
  private record Outcome(Rating rating, List<Reason> reasons) {}

  private Instrument(Builder builder) {
    this.id = builder.id;
    this.version = builder.version;
    this.title = builder.title;
    this.items = List.copyOf(builder.items);
    this.rules = List.copyOf(builder.rules);
    this.contradictions = List.copyOf(builder.contradictions);
    this.baseline = builder.baseline;
    this.itemArray = items.toArray(new Item[0]);
    this.indexById = new HashMap<>();
    for (int i = 0; i < itemArray.length; i++) {
      indexById.put(itemArray[i].id(), i);
    }
    this.sortedIds = indexById.keySet().toArray(new String[0]);
    Arrays.sort(sortedIds);
    this.sortedPositions = new int[sortedIds.length];
    for (int k = 0; k < sortedIds.length; k++) {
      sortedPositions[k] = indexById.get(sortedIds[k]);
    }
    this.compiledRules = new CompiledRule[rules.size()];
    for (int r = 0; r < compiledRules.length; r++) {
      compiledRules[r] = compile(rules.get(r));
    }
    this.contradictionItems = new int[contradictions.size()][];
    this.contradictionThresholds = new int[contradictions.size()][];
    for (int c = 0; c < contradictions.size(); c++) {
      List<Condition> conditions = contradictions.get(c).conditions();
      contradictionItems[c] = indexes(conditions);
      contradictionThresholds[c] = thresholds(conditions);
    }
    this.baselineReasons =
        ReasonList.of(
            new Reason(
                Reason.BASELINE_RULE_ID,
                "No rule of this instrument fired; "
                    + baseline.label()
                    + " is the instrument's lowest rating",
                baseline,
                Map.of()));
    this.inpatientReasons =
        ReasonList.of(
            new Reason(
                Reason.INPATIENT_RULE_ID,
                "The person is currently an inpatient in a mental health or specialist hospital;"
                    + " Blue takes precedence whatever the answers (national policy 2023)",
                Rating.BLUE,
                Map.of()));
    this.radix = new int[itemArray.length];
    long combinations = 1;
    for (int i = 0; i < itemArray.length; i++) {
      radix[i] = (int) Math.min(combinations, Integer.MAX_VALUE);
      combinations *= (long) itemArray[i].maximum() - itemArray[i].minimum() + 1;
    }
    this.outcomes = combinations <= MAX_TABULATED ? tabulate((int) combinations) : null;
  }

  /** Evaluates the rules once for every combination of answers: the compiled decision table. */
  private Outcome[] tabulate(int combinations) {
    Outcome[] table = new Outcome[combinations];
    int count = itemArray.length;
    Answer[] given = new Answer[count];
    int[] risk = new int[count];
    for (int key = 0; key < combinations; key++) {
      int rest = key;
      for (int i = count - 1; i >= 0; i--) {
        Item item = itemArray[i];
        int value = item.minimum() + rest / radix[i];
        rest %= radix[i];
        risk[i] = value;
        given[i] =
            switch (item.kind()) {
              case YES_NO -> Answer.of(value == 1);
              case LEVEL -> Answer.level(Level.values()[value]);
              case SCORE -> Answer.score(value);
            };
      }
      if (checkContradictions(given, risk, null) == null) {
        table[key] = evaluate(given, risk);
      }
    }
    return table;
  }

  /**
   * The tabulated outcome for a complete, valid answer set, or -1 when it must be checked.
   *
   * <p>The answers and this instrument's item ids are both in item-id order, so one pass pairs them
   * without hashing: equal sizes and pairwise equal ids mean every item is answered and nothing
   * else is. The ids usually match by identity, as callers build answers from the items' own ids.
   */
  private int keyOf(AnswerMap answers) {
    if (answers.size() != sortedIds.length) {
      return -1;
    }
    int key = 0;
    for (int k = 0; k < sortedIds.length; k++) {
      String id = answers.idAt(k);
      if (id != sortedIds[k] && !id.equals(sortedIds[k])) {
        return -1;
      }
      int i = sortedPositions[k];
      int offset = offsetIfValid(itemArray[i], answers.answerAt(k));
      if (offset < 0) {
        return -1;
      }
      key += offset * radix[i];
    }
    return key;
  }

  /**
   * How far the answer's risk value lies above the item's minimum, when the answer is of the item's
   * kind and in range; otherwise -1. The check of {@link Item#accepts(Answer)}, written with class
   * tests instead of calls through the {@link Answer} interface: with {@code accepts} the
   * weighted-items benchmark fell from 2.4× to 3.3× the hand-written if-chain.
   */
  private static int offsetIfValid(Item item, Answer answer) {
    int value;
    if (answer instanceof Answer.YesNo yesNo && item.kind() == ItemKind.YES_NO) {
      value = yesNo.yes() ? 1 : 0;
    } else if (answer instanceof Answer.Graded graded && item.kind() == ItemKind.LEVEL) {
      value = graded.level().ordinal();
    } else if (answer instanceof Answer.Score score && item.kind() == ItemKind.SCORE) {
      value = score.value();
    } else {
      return -1;
    }
    return value < item.minimum() || value > item.maximum() ? -1 : value - item.minimum();
  }

  private Outcome evaluate(Answer[] given, int[] risk) {
    Rating suggested = null;
    List<Reason> reasons = null;
    for (CompiledRule rule : compiledRules) {
      Reason reason = rule.fire(given, risk);
      if (reason != null) {
        if (reasons == null) {
          reasons = new ArrayList<>(compiledRules.length);
        }
        reasons.add(reason);
        suggested =
            suggested == null ? reason.rating() : Rating.mostSevere(suggested, reason.rating());
      }
    }
    return reasons == null
        ? new Outcome(baseline, baselineReasons)
        : new Outcome(suggested, ReasonList.copyOf(reasons));
  }

  /**
   * Starts the definition of an instrument.
   *
   * @param id a stable identifier, for example {@code "national-definitions"}; not blank
   * @param version the version of the definition, recorded on every decision; not blank
   * @return a builder
   * @throws RatingException if the id or version is blank
   */
  public static Builder builder(String id, String version) {
    return new Builder(id, version);
  }

  /**
   * The instrument's id, recorded on every decision.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The version of the definition, recorded on every decision.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * A readable title.
   *
   * @return the title (the id when none was given)
   */
  public String title() {
    return title;
  }

  /**
   * The items, in the order they are asked.
   *
   * @return an immutable list
   */
  public List<Item> items() {
    return items;
  }

  /**
   * One item by id.
   *
   * @param itemId the id; not null
   * @return the item, or empty if the instrument has no such item
   */
  public Optional<Item> item(String itemId) {
    Integer index = indexById.get(Objects.requireNonNull(itemId, "itemId"));
    return index == null ? Optional.empty() : Optional.of(itemArray[index]);
  }

  /**
   * The rules, in the order their reasons are listed.
   *
   * @return an immutable list
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Answers that cannot all be true together.
   *
   * @return an immutable list
   */
  public List<Contradiction> contradictions() {
    return contradictions;
  }

  /**
   * The rating suggested when no rule fires.
   *
   * @return Green, Amber or Red
   */
  public Rating baseline() {
    return baseline;
  }

  /**
   * Suggests a rating under the national default policy ({@link RatingPolicy#nationalDefaults()}).
   *
   * @param assessment the assessment; not null
   * @return the decision with its reasons
   * @throws IncompleteAssessmentException listing every missing, invalid or contradictory answer
   * @see #decide(Assessment, RatingPolicy)
   */
  public RatingDecision decide(Assessment assessment) {
    return decide(assessment, RatingPolicy.nationalDefaults());
  }

  /**
   * Suggests a rating for an assessment (see the class documentation for the procedure).
   *
   * <p>For an inpatient, missing answers are allowed and the answers given are only checked for
   * kind, range and item: the rating is Blue whatever they say.
   *
   * @param assessment the assessment; not null
   * @param policy the local options; not null
   * @return the decision with its reasons and linked processes
   * @throws IncompleteAssessmentException listing every missing, invalid or contradictory answer
   */
  public RatingDecision decide(Assessment assessment, RatingPolicy policy) {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(policy, "policy");
    PersonContext person = assessment.person();
    boolean inpatient = person.inpatient();
    if (outcomes != null) {
      int key = keyOf(assessment.answersInIdOrder());
      if (inpatient && key >= 0) {
        // Complete and valid answers: nothing to report, and Blue takes precedence.
        return decision(Rating.BLUE, inpatientReasons, assessment, policy);
      }
      Outcome outcome = key < 0 || inpatient ? null : outcomes[key];
      if (outcome != null) {
        return decision(outcome.rating(), outcome.reasons(), assessment, policy);
      }
      // Incomplete, invalid or contradictory, or an inpatient with partial answers: the full
      // check below lists every problem or allows what an inpatient may leave out.
    }
    Map<String, Answer> answers = assessment.answers();
    int count = itemArray.length;
    Answer[] given = new Answer[count];
    int[] risk = new int[count];
    List<ItemProblem> problems = null;
    int matched = 0;
    for (int i = 0; i < count; i++) {
      Item item = itemArray[i];
      Answer answer = answers.get(item.id());
      if (answer == null) {
        if (!inpatient) {
          problems =
              add(
                  problems,
                  new ItemProblem(item.id(), ItemProblem.Kind.MISSING, "an answer is required"));
        }
        continue;
      }
      matched++;
      if (answer.kind() != item.kind()) {
        problems =
            add(
                problems,
                new ItemProblem(
                    item.id(),
                    ItemProblem.Kind.WRONG_KIND,
                    "expects a " + item.kind() + " answer"));
      } else if (!item.accepts(answer)) {
        problems =
            add(
                problems,
                new ItemProblem(
                    item.id(),
                    ItemProblem.Kind.OUT_OF_RANGE,
                    "must be between " + item.minimum() + " and " + item.maximum()));
      } else {
        given[i] = answer;
        risk[i] = answer.riskValue();
      }
    }
    if (matched != answers.size()) {
      for (String key : new TreeSet<>(answers.keySet())) {
        if (!indexById.containsKey(key)) {
          problems =
              add(
                  problems,
                  new ItemProblem(
                      Ids.shown(key),
                      ItemProblem.Kind.UNKNOWN_ITEM,
                      "not an item of this instrument"));
        }
      }
    }
    if (!inpatient) {
      problems = checkContradictions(given, risk, problems);
    }
    if (problems != null) {
      throw new IncompleteAssessmentException(id, problems);
    }
    if (inpatient) {
      return decision(Rating.BLUE, inpatientReasons, assessment, policy);
    }
    Outcome outcome = evaluate(given, risk);
    return decision(outcome.rating(), outcome.reasons(), assessment, policy);
  }

  private RatingDecision decision(
      Rating suggested, List<Reason> reasons, Assessment assessment, RatingPolicy policy) {
    boolean keyworker =
        assessment.person().meetsKeyworkerCriteria(assessment.assessmentDate(), policy);
    return new RatingDecision(
        suggested,
        reasons,
        LinkedProcess.applicableTo(suggested, keyworker, policy),
        id,
        version,
        assessment.assessmentDate(),
        keyworker,
        policy);
  }

  private List<ItemProblem> checkContradictions(
      Answer[] given, int[] risk, List<ItemProblem> problems) {
    for (int c = 0; c < contradictionItems.length; c++) {
      int[] indexes = contradictionItems[c];
      int[] thresholds = contradictionThresholds[c];
      boolean allMet = true;
      for (int k = 0; k < indexes.length && allMet; k++) {
        allMet = given[indexes[k]] != null && risk[indexes[k]] >= thresholds[k];
      }
      if (allMet) {
        Contradiction contradiction = contradictions.get(c);
        for (Condition condition : contradiction.conditions()) {
          problems =
              add(
                  problems,
                  new ItemProblem(
                      condition.itemId(),
                      ItemProblem.Kind.CONTRADICTORY,
                      Ids.shown(contradiction.id()) + ": " + Ids.shownText(contradiction.text())));
        }
      }
    }
    return problems;
  }

  private static List<ItemProblem> add(List<ItemProblem> problems, ItemProblem problem) {
    List<ItemProblem> list = problems == null ? new ArrayList<>() : problems;
    list.add(problem);
    return list;
  }

  @Override
  public String toString() {
    return "Instrument[" + id + " v" + version + ", " + items.size() + " items]";
  }

  // ---------------------------------------------------------------- compiled rules

  private int[] indexes(List<Condition> conditions) {
    int[] result = new int[conditions.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = indexById.get(conditions.get(i).itemId());
    }
    return result;
  }

  private static int[] thresholds(List<Condition> conditions) {
    int[] result = new int[conditions.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = conditions.get(i).threshold();
    }
    return result;
  }

  private CompiledRule compile(Rule rule) {
    // Java 17 has no pattern switch; Rule is sealed, so these four cases are exhaustive.
    if (rule instanceof Rule.AnyOf any) {
      return new CompiledAnyOf(this, any);
    } else if (rule instanceof Rule.AllOf all) {
      return new CompiledAllOf(this, all);
    } else if (rule instanceof Rule.PointBands bands) {
      return new CompiledBands(this, bands);
    }
    return new CompiledMatrix(this, (Rule.Matrix) rule);
  }

  private abstract static class CompiledRule {
    final String ruleId;
    final String ruleText;
    final Item[] items;
    final String[] itemIds;

    CompiledRule(Instrument instrument, String ruleId, String ruleText) {
      this.ruleId = ruleId;
      this.ruleText = ruleText;
      this.items = instrument.itemArray;
      this.itemIds = new String[instrument.itemArray.length];
      for (int i = 0; i < itemIds.length; i++) {
        itemIds[i] = instrument.itemArray[i].id();
      }
    }

    /** The reason when the rule fires, otherwise null. */
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

  private static final class CompiledAnyOf extends CompiledRule {
    private final int[] indexes;
    private final int[] thresholds;
    private final Rating rating;

    CompiledAnyOf(Instrument instrument, Rule.AnyOf rule) {
      super(instrument, rule.id(), rule.text());
      this.indexes = instrument.indexes(rule.conditions());
      this.thresholds = thresholds(rule.conditions());
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

  private static final class CompiledAllOf extends CompiledRule {
    private final int[] indexes;
    private final int[] thresholds;
    private final Rating rating;

    CompiledAllOf(Instrument instrument, Rule.AllOf rule) {
      super(instrument, rule.id(), rule.text());
      this.indexes = instrument.indexes(rule.conditions());
      this.thresholds = thresholds(rule.conditions());
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

  private static final class CompiledBands extends CompiledRule {
    private final int[] indexes;
    private final int[] thresholds;
    private final int[] points;
    private final int[] usedIndexes;
    private final Rule.Band[] bands;

    CompiledBands(Instrument instrument, Rule.PointBands rule) {
      super(instrument, rule.id(), rule.text());
      List<Condition> conditions = new ArrayList<>();
      this.points = new int[rule.points().size()];
      for (int k = 0; k < points.length; k++) {
        conditions.add(rule.points().get(k).condition());
        points[k] = rule.points().get(k).points();
      }
      this.indexes = instrument.indexes(conditions);
      this.thresholds = thresholds(conditions);
      this.usedIndexes = Arrays.stream(indexes).distinct().sorted().toArray();
      this.bands = rule.bands().stream().sorted(BAND_ORDER).toArray(Rule.Band[]::new);
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

  private static int indexOf(int[] values, int value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    return -1;
  }

  private static final class CompiledMatrix extends CompiledRule {
    private final int row;
    private final int column;
    private final Rating[][] cells;
    private final String[][] texts;

    CompiledMatrix(Instrument instrument, Rule.Matrix rule) {
      super(instrument, rule.id(), rule.text());
      this.row = instrument.indexById.get(rule.rowItemId());
      this.column = instrument.indexById.get(rule.columnItemId());
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

  private static final Comparator<Rule.Band> BAND_ORDER =
      Comparator.comparingInt(Rule.Band::from).thenComparingInt(Rule.Band::to);

  // ---------------------------------------------------------------- builder

  /**
   * Collects the definition of an instrument; {@link #build()} validates it. Not thread-safe; build
   * once and share the instrument.
   */
  public static final class Builder {
    private final String id;
    private final String version;
    private String title;
    private final List<Item> items = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Contradiction> contradictions = new ArrayList<>();
    // Green: the national scale's lowest community rating (national policy 2023).
    private Rating baseline = Rating.GREEN;

    private Builder(String id, String version) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(version, "version");
      if (id.isBlank() || version.isBlank()) {
        throw new RatingException("instrument id and version must not be blank");
      }
      this.id = id;
      this.version = version;
      this.title = id;
    }

    /**
     * Sets a readable title.
     *
     * @param text the title; not blank
     * @return this builder
     */
    public Builder title(String text) {
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new RatingException("instrument title must not be blank");
      }
      this.title = text;
      return this;
    }

    /**
     * Adds an item.
     *
     * @param item the item; not null
     * @return this builder
     */
    public Builder item(Item item) {
      items.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /**
     * Adds a yes/no item.
     *
     * @param itemId the id; not blank
     * @param text the question; not blank
     * @return this builder
     */
    public Builder yesNo(String itemId, String text) {
      return item(Item.yesNo(itemId, text));
    }

    /**
     * Adds a Low/Medium/High item.
     *
     * @param itemId the id; not blank
     * @param text the question; not blank
     * @return this builder
     */
    public Builder level(String itemId, String text) {
      return item(Item.level(itemId, text));
    }

    /**
     * Adds a score item.
     *
     * @param itemId the id; not blank
     * @param text the question; not blank
     * @param minimum smallest allowed score
     * @param maximum largest allowed score
     * @return this builder
     */
    public Builder score(String itemId, String text, int minimum, int maximum) {
      return item(Item.score(itemId, text, minimum, maximum));
    }

    /**
     * Adds a rule.
     *
     * @param rule the rule; not null
     * @return this builder
     */
    public Builder rule(Rule rule) {
      rules.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * Adds a rule that fires when any condition is met.
     *
     * @param ruleId the rule id; not blank
     * @param rating the rating it suggests; not null
     * @param text the rule in words; not blank
     * @param conditions at least one condition
     * @return this builder
     */
    public Builder anyOf(String ruleId, Rating rating, String text, Condition... conditions) {
      return rule(new Rule.AnyOf(ruleId, text, rating, List.of(conditions)));
    }

    /**
     * Adds a rule that fires when every condition is met.
     *
     * @param ruleId the rule id; not blank
     * @param rating the rating it suggests; not null
     * @param text the rule in words; not blank
     * @param conditions at least one condition
     * @return this builder
     */
    public Builder allOf(String ruleId, Rating rating, String text, Condition... conditions) {
      return rule(new Rule.AllOf(ruleId, text, rating, List.of(conditions)));
    }

    /**
     * Adds a rule that sums points and suggests the rating of the band the total falls in.
     *
     * @param ruleId the rule id; not blank
     * @param text the rule in words; not blank
     * @param points points per condition; not empty
     * @param bands bands of totals; not empty
     * @return this builder
     */
    public Builder pointBands(
        String ruleId, String text, List<Rule.Points> points, List<Rule.Band> bands) {
      return rule(new Rule.PointBands(ruleId, text, points, bands));
    }

    /**
     * Adds a two-way table of two level items.
     *
     * @param ruleId the rule id; not blank
     * @param text the rule in words; not blank
     * @param rowItemId level item choosing the row
     * @param columnItemId level item choosing the column
     * @param cells rows Low, Medium, High of columns Low, Medium, High
     * @return this builder
     */
    public Builder matrix(
        String ruleId, String text, String rowItemId, String columnItemId, Rating[][] cells) {
      Objects.requireNonNull(cells, "cells");
      List<List<Rating>> table = new ArrayList<>();
      for (Rating[] row : cells) {
        table.add(List.of(Objects.requireNonNull(row, "row")));
      }
      return rule(new Rule.Matrix(ruleId, text, rowItemId, columnItemId, table));
    }

    /**
     * Declares answers that cannot all be true together.
     *
     * @param contradictionId an id; not blank
     * @param text why they contradict; not blank
     * @param conditions two or more conditions
     * @return this builder
     */
    public Builder contradiction(String contradictionId, String text, Condition... conditions) {
      contradictions.add(new Contradiction(contradictionId, text, List.of(conditions)));
      return this;
    }

    /**
     * Sets the rating suggested when no rule fires (default Green).
     *
     * @param rating Green, Amber or Red; not null
     * @return this builder
     */
    public Builder baseline(Rating rating) {
      this.baseline = Objects.requireNonNull(rating, "rating");
      return this;
    }

    /**
     * Validates the definition and builds the instrument.
     *
     * @return the instrument
     * @throws InvalidInstrumentException listing every problem found
     */
    public Instrument build() {
      var validation = new Validation(this);
      List<InstrumentProblem> problems = validation.run();
      if (!problems.isEmpty()) {
        throw new InvalidInstrumentException(id, problems);
      }
      return new Instrument(this);
    }
  }

  /** The checks of {@link Builder#build()}; collects every problem. */
  private static final class Validation {
    private final Builder builder;
    private final List<InstrumentProblem> problems = new ArrayList<>();
    private final Map<String, Item> byId = new LinkedHashMap<>();
    private final Set<String> usedItems = new HashSet<>();
    private final Set<Rating> canYield = EnumSet.noneOf(Rating.class);
    private Rating floor;

    Validation(Builder builder) {
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
        checkRule(rule);
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

    private void checkRule(Rule rule) {
      if (rule instanceof Rule.AnyOf any) {
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
      } else if (rule instanceof Rule.AllOf all) {
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
      } else if (rule instanceof Rule.PointBands bands) {
        checkBands(bands);
      } else {
        checkMatrix((Rule.Matrix) rule);
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

    private void checkBands(Rule.PointBands rule) {
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

    private void checkMatrix(Rule.Matrix matrix) {
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
}
