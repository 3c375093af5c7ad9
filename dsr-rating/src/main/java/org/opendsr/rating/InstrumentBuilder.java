package org.opendsr.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The state and steps of {@link Instrument.Builder}, the public builder, which adds nothing to
 * them: callers name only {@code Instrument.Builder}, so this class stays package-private (as
 * {@code StringBuilder} does with its own package-private base). Not thread-safe.
 */
abstract class InstrumentBuilder {

  final String id;
  final String version;
  String title;
  final List<Item> items = new ArrayList<>();
  final List<Rule> rules = new ArrayList<>();
  final List<Contradiction> contradictions = new ArrayList<>();
  // Green: the national scale's lowest community rating (national policy 2023).
  Rating baseline = Rating.GREEN;

  InstrumentBuilder(String id, String version) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
    if (id.isBlank() || version.isBlank()) {
      throw RatingException.of(
          "id", "id and version must not be blank", "instrument id and version must not be blank");
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
  public Instrument.Builder title(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw RatingException.of("title", "must not be blank", "instrument title must not be blank");
    }
    this.title = text;
    return self();
  }

  /**
   * Adds an item.
   *
   * @param item the item; not null
   * @return this builder
   */
  public Instrument.Builder item(Item item) {
    items.add(Objects.requireNonNull(item, "item"));
    return self();
  }

  /**
   * Adds a yes/no item.
   *
   * @param itemId the id; not blank
   * @param text the question; not blank
   * @return this builder
   */
  public Instrument.Builder yesNo(String itemId, String text) {
    return item(Item.yesNo(itemId, text));
  }

  /**
   * Adds a Low/Medium/High item.
   *
   * @param itemId the id; not blank
   * @param text the question; not blank
   * @return this builder
   */
  public Instrument.Builder level(String itemId, String text) {
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
  public Instrument.Builder score(String itemId, String text, int minimum, int maximum) {
    return item(Item.score(itemId, text, minimum, maximum));
  }

  /**
   * Adds a rule.
   *
   * @param rule the rule; not null
   * @return this builder
   */
  public Instrument.Builder rule(Rule rule) {
    rules.add(Objects.requireNonNull(rule, "rule"));
    return self();
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
  public Instrument.Builder anyOf(
      String ruleId, Rating rating, String text, Condition... conditions) {
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
  public Instrument.Builder allOf(
      String ruleId, Rating rating, String text, Condition... conditions) {
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
  public Instrument.Builder pointBands(
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
  public Instrument.Builder matrix(
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
  public Instrument.Builder contradiction(
      String contradictionId, String text, Condition... conditions) {
    contradictions.add(new Contradiction(contradictionId, text, List.of(conditions)));
    return self();
  }

  /**
   * Sets the rating suggested when no rule fires (default Green).
   *
   * @param rating Green, Amber or Red; not null
   * @return this builder
   */
  public Instrument.Builder baseline(Rating rating) {
    this.baseline = Objects.requireNonNull(rating, "rating");
    return self();
  }

  /**
   * Validates the definition and builds the instrument.
   *
   * @return the instrument
   * @throws InvalidInstrumentException listing every problem found
   */
  public Instrument build() {
    var validation = new InstrumentValidation(this);
    List<InstrumentProblem> problems = validation.run();
    if (!problems.isEmpty()) {
      throw new InvalidInstrumentException(id, problems);
    }
    return new Instrument(this, CompiledInstrument.DEFAULT_TABULATION_LIMIT);
  }

  private Instrument.Builder self() {
    return (Instrument.Builder) this;
  }
}
