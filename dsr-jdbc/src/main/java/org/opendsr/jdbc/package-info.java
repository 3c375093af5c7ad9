/**
 * The register stored in PostgreSQL (production) or H2 (embedded), with the schema owned by the
 * Flyway migrations in this module. {@link org.opendsr.jdbc.JdbcRegisterStore} keeps events and one
 * indexed row per entry (version, person, worklist due dates); {@link
 * org.opendsr.jdbc.JdbcAuditTrail} keeps the audit trail. History tables (events and audit) are
 * append-only, enforced by the database itself.
 */
package org.opendsr.jdbc;
