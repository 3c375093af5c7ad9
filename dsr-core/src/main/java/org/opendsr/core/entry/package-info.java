/**
 * An entry on the register: one episode of one person's time on the DSR, from referral to closure,
 * with the minimum data set of the NHS England DSR and C(E)TR policy (2023) (person, residence, NHS
 * number, key professionals and agencies, current issues and risk, what has been tried, what could
 * help, the action plan, the rating history and the diagnosis). An {@link
 * org.opendsr.core.entry.Entry} is an immutable view derived from the entry's events; nothing in it
 * is ever deleted.
 */
package org.opendsr.core.entry;
