-- Least privilege for an OpenDSR register on PostgreSQL: the grants of the application role.
--
-- The database refuses UPDATE, DELETE and TRUNCATE of history, and DELETE of entry rows, by
-- triggers. A role that owns the tables can disable or drop those triggers, and drop the tables, so
-- the application must not connect as the owner. Two roles:
--   * the schema owner owns the register's schema and runs the migrations (DsrDatabase.migrate);
--     it is used for upgrades only, and its password is kept apart;
--   * the application role, which the running service connects as (DsrDatabase.open), may read
--     every table, add events and audit rows, and add and move entry rows, and nothing else: no
--     UPDATE, DELETE or TRUNCATE of history, no DELETE of entries, no ALTER (so no DISABLE
--     TRIGGER), no DROP, no CREATE.
--
-- Set-up, once, as a user who may create roles (names and passwords are the deployment's own):
--   CREATE ROLE dsr_owner LOGIN PASSWORD '...';
--   CREATE ROLE dsr_app LOGIN PASSWORD '...';
--   CREATE SCHEMA dsr AUTHORIZATION dsr_owner;
-- then, as dsr_owner, with the schema first on the search path (currentSchema=dsr in the JDBC
-- URL), migrate the schema (DsrDatabase.migrate) and run this script; run it again after every
-- upgrade, as a migration may add a table:
--   psql "host=... dbname=... user=dsr_owner options=--search_path=dsr" \
--       -v schema=dsr -v app_role=dsr_app -f least-privilege.sql
-- DsrDatabase.grantApplicationRole runs the same statements from Java.

GRANT USAGE ON SCHEMA :"schema" TO :"app_role";
REVOKE ALL ON ALL TABLES IN SCHEMA :"schema" FROM :"app_role";
REVOKE ALL ON ALL SEQUENCES IN SCHEMA :"schema" FROM :"app_role";
-- Every table may be read, the schema history included (DsrDatabase.open checks the version).
GRANT SELECT ON ALL TABLES IN SCHEMA :"schema" TO :"app_role";
-- History: added to, never changed.
GRANT INSERT ON :"schema".dsr_event, :"schema".dsr_audit TO :"app_role";
-- Entry rows: added, and moved to a new version with their summary; the id and the order of
-- creation are not the application's to change.
GRANT INSERT, UPDATE (version, nhs_number, status, next_review_due, next_work_due)
    ON :"schema".dsr_entry TO :"app_role";
-- New entry ids.
GRANT USAGE ON SEQUENCE :"schema".dsr_entry_id_seq TO :"app_role";
