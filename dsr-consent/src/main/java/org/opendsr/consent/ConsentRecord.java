package org.opendsr.consent;

import java.time.LocalDate;

/**
 * One dated entry in a person's consent history for one {@link Purpose}.
 *
 * <p>Records are immutable facts: a change of mind is a new record (a {@link Withdrawal}, a {@link
 * ConsentRefused}, a new {@link ConsentGiven}), never an edit. {@link ConsentRules#decide} reads
 * the whole history and judges each record on its own date.
 *
 * <p>Who recorded an entry is an opaque user identifier, never a name.
 */
public sealed interface ConsentRecord
    permits ConsentGiven,
        ConsentRefused,
        CapacityAssessment,
        BestInterestsDecision,
        ParentalConsent,
        GillickAssessment,
        AttorneyDecision,
        Withdrawal {

  /**
   * The one purpose (decision) this record is about.
   *
   * @return the purpose
   */
  Purpose purpose();

  /**
   * The date the record took effect.
   *
   * @return the date
   */
  LocalDate date();

  /**
   * The opaque identifier of the user who recorded the entry.
   *
   * @return the user identifier, not blank
   */
  String recordedBy();
}
