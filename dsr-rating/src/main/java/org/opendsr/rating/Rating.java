package org.opendsr.rating;

import java.util.Objects;

/**
 * The RAG(B) scale of a Dynamic Support Register, with the national definition of each rating (NHS
 * England, <i>Dynamic support register and Care (Education) and Treatment Review policy and
 * guide</i>, 2023).
 *
 * <p>Severity order, least to most severe: {@link #GREEN}, {@link #AMBER}, {@link #RED}, {@link
 * #BLUE}. Blue is the most severe because the admission the register exists to prevent has
 * happened; a move from Red to Blue is therefore an escalation and from Blue to any colour a
 * de-escalation. The declaration order of the constants is the order of the national table and is
 * not the severity order: use {@link #severity()} or {@link #isMoreSevereThan(Rating)}.
 *
 * <p>The processes linked to each rating, with their conditions, are {@link LinkedProcess}; {@link
 * LinkedProcess#applicableTo(Rating, boolean, RatingPolicy)} lists those that apply to a person.
 */
public enum Rating {
  /** Currently an inpatient in a mental health or specialist hospital. */
  BLUE(
      4,
      "Blue",
      "Currently an inpatient in a mental health or specialist hospital. Blue takes precedence:"
          + " an inpatient is Blue whatever else is true."),
  /**
   * An immediate risk of admission; or the person and/or family in crisis and the risk not being,
   * or unable to be, managed in the community (both together).
   */
  RED(
      3,
      "Red",
      "Either there is an immediate risk that the person will be admitted to a mental health"
          + " hospital, or the person and/or their family are experiencing a crisis and the risk"
          + " of admission is not being, or cannot be, managed in the community."),
  /** Immediate risk of admission without urgent intervention. */
  AMBER(
      2,
      "Amber",
      "There is an immediate risk of admission to a mental health hospital without urgent"
          + " intervention; there could be a significantly increased risk of becoming mentally"
          + " unwell and/or of placement or family breakdown."),
  /** Some risks that could lead to admission, currently managed effectively. */
  GREEN(
      1,
      "Green",
      "There are some risks that could lead to admission or re-admission to a mental health"
          + " hospital, but they are currently being managed effectively.");

  private final int severity;
  private final String label;
  private final String definition;

  Rating(int severity, String label, String definition) {
    this.severity = severity;
    this.label = label;
    this.definition = definition;
  }

  /**
   * The position of this rating in the severity order: Green 1, Amber 2, Red 3, Blue 4.
   *
   * @return a number that grows with severity
   */
  public int severity() {
    return severity;
  }

  /**
   * The national definition of this rating, in plain words, for display next to a decision.
   *
   * @return the definition text of the national policy (2023)
   */
  public String definition() {
    return definition;
  }

  /**
   * The human-readable name of the rating, for example {@code "Amber"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Whether this rating is more severe than another.
   *
   * @param other the rating compared with; not null
   * @return {@code true} when this rating comes later in the order Green, Amber, Red, Blue
   */
  public boolean isMoreSevereThan(Rating other) {
    Objects.requireNonNull(other, "other");
    return severity > other.severity;
  }

  /**
   * The more severe of two ratings.
   *
   * @param a a rating; not null
   * @param b another rating; not null
   * @return {@code a} if it is at least as severe as {@code b}, otherwise {@code b}
   */
  public static Rating mostSevere(Rating a, Rating b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return b.severity > a.severity ? b : a;
  }
}
