/**
 * The register: people, referrals, entries, ratings, reviews, C(E)TRs and worklists, behind one
 * facade. This package holds the error types shared by every feature package: {@link
 * org.opendsr.core.DsrException} and its subclasses.
 */
package org.opendsr.core;
