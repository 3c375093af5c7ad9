/**
 * Benchmarks of the register's store: appending events to PostgreSQL through the JDBC store next to
 * a raw JDBC batch insert of the same rows, and the due-review worklist over 1,000,000 entries on
 * PostgreSQL and in memory. They need the PostgreSQL named by {@code DSR_PG_URL}; each trial works
 * in a fresh schema that it drops afterwards.
 */
package org.opendsr.benchmarks.store;
