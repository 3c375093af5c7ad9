/**
 * RAG(B) stratification of a Dynamic Support Register: instruments as data, explainable decisions
 * and clinician override.
 *
 * <p>The scale is {@link org.opendsr.rating.Rating} (Blue, Red, Amber, Green, with the national
 * definitions of NHS England's 2023 policy); each rating brings {@link
 * org.opendsr.rating.LinkedProcess linked processes}, such as a C(E)TR that must take place or a
 * keyworker referral for people aged 0–25 not already known to the keyworker service.
 *
 * <p>An {@link org.opendsr.rating.Instrument} is data: items and rules, validated when built. Five
 * are shipped in {@link org.opendsr.rating.Instruments}; the national definitions are the default,
 * and their earlier versions stay available by version to explain decisions recorded under them.
 * {@link org.opendsr.rating.Instrument#decide(Assessment, RatingPolicy)} turns an {@link
 * org.opendsr.rating.Assessment} into a {@link org.opendsr.rating.RatingDecision} that lists every
 * rule that fired; each {@link org.opendsr.rating.Reason} names, in the words of the questions, the
 * answers that made its rule fire, and keeps them by item id for code. An inpatient is always Blue.
 * Missing, invalid or contradictory answers give an {@link
 * org.opendsr.rating.IncompleteAssessmentException} listing all of them, never a guess.
 *
 * <p>A {@link org.opendsr.rating.RecordedRating} keeps the suggestion and, when a clinician
 * disagrees, a {@link org.opendsr.rating.ClinicianOverride} with reason, who and when. {@link
 * org.opendsr.rating.RatingChange} and {@link org.opendsr.rating.Trend} compare ratings over time.
 *
 * <p>The module depends only on the JDK and the two APIs its POM declares, SLF4J and Jakarta Bean
 * Validation: no clock, no storage, no console. Invalid input raises {@link
 * org.opendsr.rating.RatingException} or one of its subclasses; messages never hold personal data.
 */
package org.opendsr.rating;
