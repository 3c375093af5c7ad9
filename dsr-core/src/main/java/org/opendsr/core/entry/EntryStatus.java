package org.opendsr.core.entry;

/** Where an entry is in its life: referred, then active, then closed; or declined at referral. */
public enum EntryStatus {
  /** Referred; waiting for a valid inclusion basis (and a qualifying diagnosis). */
  REFERRED,
  /** On the register with a valid basis for inclusion. */
  ACTIVE,
  /**
   * Derived on a date only: accepted and not closed, but the inclusion basis has lapsed on that
   * date (its re-check date has passed); the person is not treated as active until it is
   * re-checked.
   */
  INCLUSION_BASIS_LAPSED,
  /** The referral was declined; the episode ended without inclusion. */
  DECLINED,
  /** Left the register, with a reason. */
  CLOSED;

  /**
   * Whether the entry is still open (referred or active).
   *
   * @return true for {@link #REFERRED}, {@link #ACTIVE} and {@link #INCLUSION_BASIS_LAPSED}
   */
  public boolean isOpen() {
    return this == REFERRED || this == ACTIVE || this == INCLUSION_BASIS_LAPSED;
  }
}
