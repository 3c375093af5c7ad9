-- H2 reads TEXT as a CLOB, and keeps a CLOB longer than a few hundred characters apart from its
-- row, in its own LOB storage: every event written or read cost a second store operation. An event
-- payload is a JSON document of at most a few kilobytes, so on H2 it is kept in the row as a
-- character string (up to H2's limit of 1,000,000 characters). PostgreSQL keeps TEXT in the row
-- already (and compresses or moves long values itself), so this migration is H2's only.
ALTER TABLE dsr_event ALTER COLUMN payload SET DATA TYPE CHARACTER VARYING(1000000);
