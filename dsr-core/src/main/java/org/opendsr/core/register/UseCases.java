package org.opendsr.core.register;

/**
 * The register's use cases, one handler each, wired together over one {@link RegisterContext}.
 *
 * @param referrals referral and carry-over
 * @param record the entry's record: details, consent, contact, professionals, actions, tasks, close
 * @param ratings ratings and reviews
 * @param cetrs C(E)TRs
 * @param stays inpatient stays
 */
record UseCases(
    ReferralHandler referrals,
    EntryRecordHandler record,
    RatingHandler ratings,
    CetrHandler cetrs,
    InpatientHandler stays) {

  static UseCases over(RegisterContext context) {
    RatingHandler ratings = new RatingHandler(context);
    ReferralHandler referrals = new ReferralHandler(context, ratings);
    return new UseCases(
        referrals,
        new EntryRecordHandler(context, referrals),
        ratings,
        new CetrHandler(context, ratings),
        new InpatientHandler(context, ratings));
  }
}
