/**
 * Importing a legacy Dynamic Support Register kept as a spreadsheet and saved as CSV.
 *
 * <p>A {@link org.opendsr.importing.ColumnMapping} says which spreadsheet column holds which
 * register field. {@link org.opendsr.importing.LegacyCsv} streams the rows, {@link
 * org.opendsr.importing.LegacyRowReader} checks each one and names every problem by row, column
 * heading and rule (never by value), and {@link org.opendsr.importing.LegacyImport} writes the good
 * rows through the register's commands: all or nothing by default, or only the good rows when
 * asked.
 */
package org.opendsr.importing;
