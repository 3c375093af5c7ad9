package org.opendsr.rating;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The instruments shipped with the library. Each is ordinary data built with {@link
 * Instrument#builder(String, String)}; a health system with another tool builds its own the same
 * way. None of them reproduces a published or proprietary tool.
 *
 * <ul>
 *   <li>{@link #nationalDefinitions()}: the default; yes/no questions drawn from the national
 *       definitions of Red, Amber and Green (NHS England DSR and C(E)TR policy (2023)). Earlier
 *       versions stay available by version, {@link #nationalDefinitions(String)}, so that a
 *       decision recorded under one can still be explained.
 *   <li>{@link #anyOneCriterionIsEnough()}: a local variant in which any one Red criterion suggests
 *       Red; never the default.
 *   <li>{@link #keyQuestions()}: key questions; all "yes" gives Red, a threshold of "yes" answers
 *       gives Amber.
 *   <li>{@link #twoSectionMatrix()}: two sections each rated High, Medium or Low, combined in a
 *       table, in the style of matrix tools for children.
 *   <li>{@link #weightedItems()}: weighted items and thresholds, all configurable.
 * </ul>
 */
public final class Instruments {

  /** Id of {@link #nationalDefinitions()}. */
  public static final String NATIONAL_DEFINITIONS_ID = "national-definitions";

  /** Version of the current {@link #nationalDefinitions()}, recorded on every decision. */
  public static final String NATIONAL_DEFINITIONS_VERSION = "2023.2";

  /**
   * Version of the national definitions used before {@link #NATIONAL_DEFINITIONS_VERSION}: Red on
   * crisis alone or on an unmanaged risk alone, and no question on an immediate risk of admission.
   * Kept so that decisions recorded under it can still be explained; never the default.
   */
  public static final String PREVIOUS_NATIONAL_DEFINITIONS_VERSION = "2023.1";

  /** Id of {@link #anyOneCriterionIsEnough()}. */
  public static final String ANY_ONE_CRITERION_ID = "any-one-criterion";

  /** Id of the key-questions instruments. */
  public static final String KEY_QUESTIONS_ID = "key-questions";

  /** Id of the two-section matrix instruments. */
  public static final String TWO_SECTION_MATRIX_ID = "two-section-matrix";

  /** Id of the weighted-items instruments. */
  public static final String WEIGHTED_ITEMS_ID = "weighted-items";

  /**
   * National definitions, Red (first criterion): there is an immediate risk that the person will be
   * admitted to a mental health hospital. Asked from version {@link #NATIONAL_DEFINITIONS_VERSION}.
   */
  public static final String IMMEDIATE_RISK_OF_ADMISSION = "immediate_risk_of_admission";

  /** National definitions: the person and/or family are in crisis. */
  public static final String IN_CRISIS = "in_crisis";

  /** National definitions: the risk is not being, or cannot be, managed in the community. */
  public static final String RISK_NOT_MANAGED_IN_COMMUNITY = "risk_not_managed_in_community";

  /** National definitions, Amber: immediate risk of admission without urgent intervention. */
  public static final String IMMEDIATE_RISK_WITHOUT_URGENT_INTERVENTION =
      "immediate_risk_without_urgent_intervention";

  /** National definitions: significantly increased risk of becoming unwell or of breakdown. */
  public static final String SIGNIFICANTLY_INCREASED_RISK = "significantly_increased_risk";

  /** National definitions: some risks that could lead to admission, currently managed. */
  public static final String SOME_RISKS_CURRENTLY_MANAGED = "some_risks_currently_managed";

  /** Two-section matrix: the person's presentation. */
  public static final String SECTION_A = "section_a";

  /** Two-section matrix: the situation around the person. */
  public static final String SECTION_B = "section_b";

  private static final Instrument NATIONAL = NationalDefinitions.current();

  private static final Instrument NATIONAL_2023_1 =
      NationalDefinitions.anyOneCriterion(
          NATIONAL_DEFINITIONS_ID,
          PREVIOUS_NATIONAL_DEFINITIONS_VERSION,
          "National RAG definitions (NHS England DSR and C(E)TR policy, 2023)",
          false);

  private Instruments() {}

  /**
   * The national definitions as yes/no questions; the default instrument, version {@link
   * #NATIONAL_DEFINITIONS_VERSION}.
   *
   * <p>NHS England DSR and C(E)TR policy (2023) defines Red by two bullets: (1) there is an
   * immediate risk that the person will be admitted to a mental health hospital; (2) the person
   * and/or their family are experiencing a crisis <em>and</em> the risk of admission is not being
   * or cannot be managed in the community. Bullet (2) is one condition with two parts, so Red is
   * suggested when (1) is answered yes, or when both parts of (2) are. Crisis alone, or an
   * unmanaged risk alone, does not suggest Red. Either Amber bullet suggests Amber, and the Green
   * bullet suggests Green. "Some risks currently managed effectively" together with "the risk is
   * not being or cannot be managed in the community" is a contradiction and is rejected.
   *
   * @return the instrument (shared, immutable)
   */
  public static Instrument nationalDefinitions() {
    return NATIONAL;
  }

  /**
   * The national definitions as they were at a version, to explain a decision recorded under it
   * ({@link RatingDecision#instrumentVersion()}): {@link #NATIONAL_DEFINITIONS_VERSION} gives
   * {@link #nationalDefinitions()}; {@link #PREVIOUS_NATIONAL_DEFINITIONS_VERSION} gives the
   * previous definition, which suggested Red on any one of crisis or an unmanaged risk and asked no
   * question on an immediate risk of admission. Use the previous version only to explain or
   * re-check what was recorded, never to rate anyone now.
   *
   * @param version a version recorded on a decision; not null
   * @return the instrument of that version, or empty if the library has none of that version
   */
  public static Optional<Instrument> nationalDefinitions(String version) {
    Objects.requireNonNull(version, "version");
    if (version.equals(NATIONAL_DEFINITIONS_VERSION)) {
      return Optional.of(NATIONAL);
    }
    if (version.equals(PREVIOUS_NATIONAL_DEFINITIONS_VERSION)) {
      return Optional.of(NATIONAL_2023_1);
    }
    return Optional.empty();
  }

  /**
   * A local variant of the national definitions in which any one Red criterion is enough: an
   * immediate risk of admission, a crisis, or a risk not managed in the community each suggest Red
   * on its own. It rates more people Red than the national definitions (NHS England DSR and C(E)TR
   * policy (2023) needs crisis and an unmanaged risk together), so it is never the default; a local
   * system chooses it by name (local practice, configurable). Amber and Green are as in {@link
   * #nationalDefinitions()}.
   *
   * @return the instrument, id {@link #ANY_ONE_CRITERION_ID}
   */
  public static Instrument anyOneCriterionIsEnough() {
    return NationalDefinitions.anyOneCriterion(
        ANY_ONE_CRITERION_ID,
        "1",
        "Any one criterion is enough: a local variant of the national RAG definitions",
        true);
  }

  /**
   * The default key questions: four yes/no questions; all "yes" gives Red, two or more give Amber.
   * The questions and the threshold are an example of local practice, configurable with {@link
   * #keyQuestions(List, int)}.
   *
   * @return a new instrument
   */
  public static Instrument keyQuestions() {
    return keyQuestions(
        List.of(
            Item.yesNo(
                "deteriorating",
                "Has the person's mental health or behaviour deteriorated in the last month?"),
            Item.yesNo(
                "support_breaking_down",
                "Is the current placement, family or support arrangement at risk of breaking"
                    + " down?"),
            Item.yesNo(
                "needs_not_met_in_community",
                "Are the person's needs not being met by the support available in the"
                    + " community?"),
            Item.yesNo(
                "admission_considered",
                "Has admission to a mental health hospital been considered, requested or"
                    + " recommended?")),
        // Two of four: local practice, configurable.
        2);
  }

  /**
   * Key questions: all answered "yes" gives Red; at least {@code amberFrom} "yes" answers give
   * Amber; fewer give Green.
   *
   * @param questions yes/no items, at least two
   * @param amberFrom how many "yes" answers give Amber; from 1 to one less than the number of
   *     questions
   * @return a new instrument
   * @throws RatingException if a question is not yes/no or the threshold is out of range
   * @throws InvalidInstrumentException if the definition is otherwise invalid
   */
  public static Instrument keyQuestions(List<Item> questions, int amberFrom) {
    return ConfigurableInstruments.keyQuestions(questions, amberFrom);
  }

  /**
   * Two sections, each rated Low, Medium or High, combined in this table (local practice example,
   * configurable with {@link #twoSectionMatrix(Rating[][])}):
   *
   * <pre>
   * section A \ B   Low     Medium  High
   * Low             Green   Green   Amber
   * Medium          Green   Amber   Red
   * High            Amber   Red     Red
   * </pre>
   *
   * @return a new instrument
   */
  public static Instrument twoSectionMatrix() {
    return twoSectionMatrix(
        new Rating[][] {
          {Rating.GREEN, Rating.GREEN, Rating.AMBER},
          {Rating.GREEN, Rating.AMBER, Rating.RED},
          {Rating.AMBER, Rating.RED, Rating.RED}
        });
  }

  /**
   * Two sections, each rated Low, Medium or High, combined in a table.
   *
   * @param cells rows for section A Low, Medium, High; columns for section B Low, Medium, High
   * @return a new instrument
   * @throws InvalidInstrumentException if the table falls as a level rises or cannot reach every
   *     rating
   */
  public static Instrument twoSectionMatrix(Rating[][] cells) {
    return ConfigurableInstruments.twoSectionMatrix(cells);
  }

  /**
   * An item with the points it adds to a weighted total.
   *
   * @param item the item; not null
   * @param weight points per step of risk: for a yes/no item the points for "yes", for a level item
   *     the points for each level above Low, for a score item the points for each point above the
   *     minimum; not negative
   */
  public record WeightedItem(Item item, int weight) {
    /**
     * Checks the arguments.
     *
     * @throws RatingException if the weight is negative
     */
    public WeightedItem {
      Objects.requireNonNull(item, "item");
      if (weight < 0) {
        throw RatingException.of(
            "weight",
            "must not be negative",
            "weighted item " + Ids.shown(item.id()) + ": weight must not be negative");
      }
    }

    /**
     * A weighted yes/no item.
     *
     * @param id the item id
     * @param text the question
     * @param weight points for "yes"
     * @return the weighted item
     */
    public static WeightedItem yesNo(String id, String text, int weight) {
      return new WeightedItem(Item.yesNo(id, text), weight);
    }
  }

  /**
   * An example weighted instrument: eight yes/no items weighing 1 to 3 points (15 in all), Amber
   * from 5 points, Red from 9. Items, weights and thresholds are an example of local practice,
   * configurable with {@link #weightedItems(List, int, int)}.
   *
   * @return a new instrument
   */
  public static Instrument weightedItems() {
    return weightedItems(
        List.of(
            WeightedItem.yesNo(
                "crisis_contact", "Contact with crisis services or police in the last 3 months", 3),
            WeightedItem.yesNo(
                "harm_to_self_or_others", "Harm to self or others in the last 3 months", 3),
            WeightedItem.yesNo(
                "placement_at_risk", "Placement or family arrangement at risk of breakdown", 2),
            WeightedItem.yesNo(
                "carers_cannot_continue",
                "Family or carers say they cannot continue without more support",
                2),
            WeightedItem.yesNo("mental_health_deteriorating", "Mental health deteriorating", 2),
            WeightedItem.yesNo(
                "health_needs_unmet", "Physical health needs or pain not being met", 1),
            WeightedItem.yesNo(
                "daytime_activity_lost", "Education, work or daytime activity lost or at risk", 1),
            WeightedItem.yesNo(
                "recent_major_change",
                "A recent major change or loss (move, bereavement, change of staff)",
                1)),
        5,
        9);
  }

  /**
   * Weighted items: the total of the points gives Green below {@code amberFrom}, Amber from {@code
   * amberFrom} and Red from {@code redFrom} up to the largest achievable total.
   *
   * @param items the weighted items; not empty
   * @param amberFrom smallest total giving Amber; at least 1
   * @param redFrom smallest total giving Red; above {@code amberFrom}, at most the largest total
   * @return a new instrument
   * @throws RatingException if a threshold is below 1 or {@code redFrom <= amberFrom}
   * @throws InvalidInstrumentException if a threshold lies beyond the achievable totals, or the
   *     definition is otherwise invalid
   */
  public static Instrument weightedItems(List<WeightedItem> items, int amberFrom, int redFrom) {
    return ConfigurableInstruments.weightedItems(items, amberFrom, redFrom);
  }
}
