/**
 * What the DSR coordinator works from: what is overdue and what is due soon, for first contacts,
 * reviews, C(E)TRs, linked processes, actions, consent re-checks and place-lead awareness; and who
 * has escalated since a date. Pure functions of entries and a date.
 */
package org.opendsr.core.worklist;
