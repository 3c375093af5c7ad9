/**
 * Reports the command line publishes: the anonymised, suppressed tables of dsr-core as CSV, a chart
 * of ratings over time drawn from the published cells only, and the mapping from register entries
 * to the anonymised report records.
 */
package org.opendsr.examples.reports;
