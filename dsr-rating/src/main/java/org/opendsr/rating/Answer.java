package org.opendsr.rating;

import java.util.Objects;

/**
 * The answer to one item of an instrument. Each kind of item ({@link ItemKind}) takes one kind of
 * answer; for every kind a larger answer means more risk ({@link #riskValue()}).
 */
public sealed interface Answer permits Answer.YesNo, Answer.Graded, Answer.Score {

  /**
   * The answer as a number that grows with risk: 0 or 1 for yes/no, the level's ordinal (Low 0,
   * Medium 1, High 2), the score itself.
   *
   * @return the risk value
   */
  int riskValue();

  /**
   * The kind of item this answer fits.
   *
   * @return the item kind
   */
  ItemKind kind();

  /**
   * The answer "yes".
   *
   * @return a yes answer
   */
  static Answer yes() {
    return YesNo.YES;
  }

  /**
   * The answer "no".
   *
   * @return a no answer
   */
  static Answer no() {
    return YesNo.NO;
  }

  /**
   * A yes/no answer.
   *
   * @param yes {@code true} for yes
   * @return the answer
   */
  static Answer of(boolean yes) {
    return yes ? YesNo.YES : YesNo.NO;
  }

  /**
   * A graded answer.
   *
   * @param level the level; not null
   * @return the answer
   */
  static Answer level(Level level) {
    return Graded.of(level);
  }

  /**
   * A score answer.
   *
   * @param value the score
   * @return the answer
   */
  static Answer score(int value) {
    return new Score(value);
  }

  /**
   * A yes/no answer.
   *
   * @param yes {@code true} for yes, the risk answer
   */
  record YesNo(boolean yes) implements Answer {
    static final YesNo YES = new YesNo(true);
    static final YesNo NO = new YesNo(false);

    @Override
    public int riskValue() {
      return yes ? 1 : 0;
    }

    @Override
    public ItemKind kind() {
      return ItemKind.YES_NO;
    }
  }

  /**
   * A Low/Medium/High answer.
   *
   * @param level the level; not null
   */
  record Graded(Level level) implements Answer {
    private static final Graded[] CACHE = {
      new Graded(Level.LOW), new Graded(Level.MEDIUM), new Graded(Level.HIGH)
    };

    /**
     * Checks the argument.
     *
     * @throws NullPointerException if {@code level} is null
     */
    public Graded {
      Objects.requireNonNull(level, "level");
    }

    static Graded of(Level level) {
      Objects.requireNonNull(level, "level");
      return CACHE[level.ordinal()];
    }

    @Override
    public int riskValue() {
      return level.ordinal();
    }

    @Override
    public ItemKind kind() {
      return ItemKind.LEVEL;
    }
  }

  /**
   * A whole-number score; the item defines the allowed range.
   *
   * @param value the score
   */
  record Score(int value) implements Answer {
    @Override
    public int riskValue() {
      return value;
    }

    @Override
    public ItemKind kind() {
      return ItemKind.SCORE;
    }
  }
}
