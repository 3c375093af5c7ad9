/**
 * The register stored in PostgreSQL (production) or H2 (embedded), with the schema owned by the
 * Flyway migrations in this module. History tables (events and audit) are append-only, enforced by
 * the database itself.
 */
package org.opendsr.jdbc;
