/**
 * Due work: the tasks an entry owes (first contact, reviews, C(E)TRs, the linked processes of a
 * rating, re-ratings, consent re-checks, place-lead awareness) and {@link
 * org.opendsr.core.schedule.DueDates}, which computes their due dates from local policy and the
 * working-day calendar.
 */
package org.opendsr.core.schedule;
