package org.opendsr.rating;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable list of reasons a {@link RatingDecision} holds: one class whatever the number of
 * reasons, so that a decision built from an instrument's decision table is checked with one type
 * test instead of copying or dispatching between list classes. Equal to any {@link java.util.List}
 * with the same reasons in the same order.
 */
final class ReasonList extends AbstractList<Reason> implements RandomAccess {

  private final Reason[] reasons;

  private ReasonList(Reason[] reasons) {
    this.reasons = reasons;
  }

  /**
   * The reasons as a reason list, copied unless they already are one.
   *
   * @param reasons the reasons; not null, no null element
   * @return an immutable list
   */
  static ReasonList copyOf(Collection<Reason> reasons) {
    if (reasons instanceof ReasonList list) {
      return list;
    }
    Reason[] copy = reasons.toArray(new Reason[0]);
    for (Reason reason : copy) {
      Objects.requireNonNull(reason, "reason");
    }
    return new ReasonList(copy);
  }

  /**
   * One reason as a reason list.
   *
   * @param reason the reason; not null
   * @return an immutable list
   */
  static ReasonList of(Reason reason) {
    return new ReasonList(new Reason[] {Objects.requireNonNull(reason, "reason")});
  }

  @Override
  public Reason get(int index) {
    return reasons[index];
  }

  @Override
  public int size() {
    return reasons.length;
  }
}
