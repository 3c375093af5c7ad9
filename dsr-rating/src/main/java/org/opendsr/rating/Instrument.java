package org.opendsr.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A rating instrument as data: items (questions), rules mapping answers to a suggested rating,
 * contradictions between answers, and a baseline rating given when no rule fires.
 *
 * <p>Built with {@link #builder(String, String)}; {@link Builder#build()} rejects, listing every
 * problem at once ({@link InvalidInstrumentException}): duplicate or unknown items, conditions of
 * the wrong kind or never met, unused items, Blue from a rule, gapped, overlapping or descending
 * thresholds, non-monotonic matrices, and ratings that can never be suggested. Each rule then
 * compiles itself into arrays; when the instrument has at most 4,096 combinations of answers (every
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

  private static final List<Reason> INPATIENT_REASONS =
      ReasonList.of(
          new Reason(
              Reason.INPATIENT_RULE_ID,
              "The person is currently an inpatient in a mental health or specialist hospital;"
                  + " Blue takes precedence whatever the answers (national policy 2023)",
              Rating.BLUE,
              Map.of()));

  private final String id;
  private final String version;
  private final String title;
  private final List<Item> items;
  private final List<Rule> rules;
  private final List<Contradiction> contradictions;
  private final Rating baseline;
  private final CompiledInstrument compiled;

  Instrument(InstrumentBuilder builder, int tabulationLimit) {
    this.id = builder.id;
    this.version = builder.version;
    this.title = builder.title;
    this.items = List.copyOf(builder.items);
    this.rules = List.copyOf(builder.rules);
    this.contradictions = List.copyOf(builder.contradictions);
    this.baseline = builder.baseline;
    this.compiled = new CompiledInstrument(items, rules, contradictions, baseline, tabulationLimit);
  }

  private Instrument(Instrument definition, int tabulationLimit) {
    this.id = definition.id;
    this.version = definition.version;
    this.title = definition.title;
    this.items = definition.items;
    this.rules = definition.rules;
    this.contradictions = definition.contradictions;
    this.baseline = definition.baseline;
    this.compiled = new CompiledInstrument(items, rules, contradictions, baseline, tabulationLimit);
  }

  /**
   * The same definition compiled with another limit on the decision table, for tests that compare
   * the table with the rule interpreter: with a limit of 0 every decision is interpreted.
   *
   * @param tabulationLimit the largest number of answer combinations to tabulate
   * @return an equivalent instrument
   */
  Instrument withTabulationLimit(int tabulationLimit) {
    return new Instrument(this, tabulationLimit);
  }

  /** Whether decisions on complete answers are looked up in a decision table. */
  boolean hasDecisionTable() {
    return compiled.hasDecisionTable();
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
    Integer index = compiled.indexOf(Objects.requireNonNull(itemId, "itemId"));
    return index == null ? Optional.empty() : Optional.of(compiled.items()[index]);
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
    int key = compiled.tableKey(assessment.answersInIdOrder());
    if (key >= 0) {
      if (inpatient) {
        // Complete and valid answers: nothing to report, and Blue takes precedence.
        return decision(Rating.BLUE, INPATIENT_REASONS, assessment, policy);
      }
      CompiledInstrument.Outcome outcome = compiled.outcomeAt(key);
      if (outcome != null) {
        return decision(outcome.rating(), outcome.reasons(), assessment, policy);
      }
    }
    // No table, or incomplete, invalid or contradictory answers, or an inpatient with partial
    // answers: the full check below lists every problem or allows what an inpatient may leave out.
    Map<String, Answer> answers = assessment.answers();
    Item[] itemArray = compiled.items();
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
      for (String answered : new TreeSet<>(answers.keySet())) {
        if (compiled.indexOf(answered) == null) {
          problems =
              add(
                  problems,
                  new ItemProblem(
                      Ids.shown(answered),
                      ItemProblem.Kind.UNKNOWN_ITEM,
                      "not an item of this instrument"));
        }
      }
    }
    if (!inpatient) {
      problems = compiled.checkContradictions(given, risk, problems);
    }
    if (problems != null) {
      throw new IncompleteAssessmentException(id, problems);
    }
    if (inpatient) {
      return decision(Rating.BLUE, INPATIENT_REASONS, assessment, policy);
    }
    CompiledInstrument.Outcome outcome = compiled.evaluate(given, risk);
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

  static List<ItemProblem> add(List<ItemProblem> problems, ItemProblem problem) {
    List<ItemProblem> list = problems == null ? new ArrayList<>() : problems;
    list.add(problem);
    return list;
  }

  @Override
  public String toString() {
    return "Instrument[" + id + " v" + version + ", " + items.size() + " items]";
  }

  /**
   * Collects the definition of an instrument; {@link #build()} validates it. Not thread-safe; build
   * once and share the instrument.
   */
  public static final class Builder extends InstrumentBuilder {
    private Builder(String id, String version) {
      super(id, version);
    }
  }
}
