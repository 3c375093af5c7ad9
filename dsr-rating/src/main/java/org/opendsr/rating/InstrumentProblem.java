package org.opendsr.rating;

import java.util.Objects;
import org.opendsr.problem.Problem;

/**
 * One thing wrong with the definition of an instrument, found when it is built.
 *
 * <p>The {@link #detail()} and {@link #position()} name positions in the definition ({@code
 * items[2]}, {@code rules[0]}, {@code conditions[1]}) and the definition's own terms only; they
 * never repeat an id or text of the definition, which may have come from a file. The {@link
 * #subject()} is the id itself, for code that looks the part up.
 *
 * @param kind what is wrong; not null
 * @param subject the id of the item, rule or contradiction concerned, {@code baseline}, or the
 *     rating concerned; not null
 * @param detail the rule broken, in words; not null
 * @param position where the problem lies in the definition: {@code items[i]}, {@code rules[i]},
 *     {@code contradictions[i]} (each counted from 0 in the order added), {@code baseline}, or
 *     empty for the instrument as a whole; not null
 */
public record InstrumentProblem(Kind kind, String subject, String detail, String position)
    implements Problem {

  /** What can be wrong with an instrument. */
  public enum Kind {
    /** The instrument has no items. */
    NO_ITEMS,
    /** The instrument has no rules. */
    NO_RULES,
    /** Two items share an id. */
    DUPLICATE_ITEM,
    /** Two rules or contradictions share an id. */
    DUPLICATE_RULE,
    /** A rule or contradiction uses an item the instrument does not have. */
    UNKNOWN_ITEM,
    /** A condition is written for another kind of item than the one it names. */
    WRONG_ITEM_KIND,
    /** An item is used by no rule, so its answer could never change a rating. */
    UNUSED_ITEM,
    /** A condition can never be met by any allowed answer. */
    CONDITION_NEVER_MET,
    /** A rule or the baseline suggests Blue, which follows only from being an inpatient. */
    BLUE_FROM_A_RULE,
    /** Green, Amber or Red can never be suggested. */
    UNREACHABLE_RATING,
    /** Some achievable totals fall in no band. */
    THRESHOLD_GAP,
    /** Some totals fall in more than one band. */
    THRESHOLD_OVERLAP,
    /** A band lies, wholly or partly, outside the achievable totals. */
    THRESHOLD_OUT_OF_RANGE,
    /** A higher band gives a less severe rating than a lower one. */
    THRESHOLDS_NOT_ASCENDING,
    /** Points are negative. */
    NEGATIVE_POINTS,
    /** A matrix cell is less severe than a cell with lower levels. */
    MATRIX_NOT_MONOTONE
  }

  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if an argument is null
   */
  public InstrumentProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(position, "position");
  }

  /**
   * A problem of the instrument as a whole, or one whose position is not known.
   *
   * @param kind what is wrong; not null
   * @param subject the item, rule or rating concerned; not null
   * @param detail the rule broken, in words; not null
   * @throws NullPointerException if an argument is null
   */
  public InstrumentProblem(Kind kind, String subject, String detail) {
    this(kind, subject, detail, "");
  }

  /**
   * Where the problem lies, by position in the definition ({@code items[2]}), never by an id of the
   * definition; {@code instrument} for the instrument as a whole.
   *
   * @return the position as a field
   */
  @Override
  public String field() {
    return position.isEmpty() ? "instrument" : position;
  }

  /**
   * The rule broken, in words.
   *
   * @return the detail
   */
  @Override
  public String rule() {
    return detail;
  }
}
