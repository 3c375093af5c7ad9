/**
 * The register stored in PostgreSQL or H2, with the schema owned by Flyway migrations. The store
 * arrives with its own issue; for now this module holds its architecture test.
 */
package org.opendsr.jdbc;
