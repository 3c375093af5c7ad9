/**
 * Importing a legacy DSR spreadsheet: the {@code dsr import} of dsr-examples on 100,000 rows with
 * 5% bad rows into H2, beside a plain JDBC batch load of the same good rows.
 */
package org.opendsr.benchmarks.importing;
