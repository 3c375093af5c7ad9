/**
 * Anonymised reporting: counts and trends for commissioners and panels, published only after
 * small-number suppression (NHS small-number suppression).
 *
 * <p>The input is one {@link org.opendsr.core.reporting.ReportRecord} per entry episode. It holds
 * no direct identifier: an opaque {@link org.opendsr.core.reporting.PseudonymousKey} instead of a
 * name or NHS number, an {@link org.opendsr.core.reporting.AgeBand} instead of a date of birth, a
 * locality instead of an address, and coded {@link org.opendsr.core.reporting.ThemeCode themes and
 * service gaps} instead of free text. {@link org.opendsr.core.reporting.RegisterReports} drops
 * every person who registered a national data opt-out before any count is made, and builds each
 * report as a {@link org.opendsr.core.reporting.Table} whose published cells have already passed
 * the {@link org.opendsr.core.reporting.SuppressionPolicy} and secondary suppression. {@link
 * org.opendsr.core.reporting.Csv} writes published tables as RFC 4180 text.
 *
 * <p>Raw counts never leave this package: a {@code Table} exposes published strings only. Nothing
 * here reads the clock; every report is asked for a date or a {@link
 * org.opendsr.core.reporting.ReportingPeriod}.
 */
package org.opendsr.core.reporting;
