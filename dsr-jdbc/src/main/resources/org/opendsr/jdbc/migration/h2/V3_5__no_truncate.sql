-- H2 fires no trigger on TRUNCATE TABLE, so the triggers of V2 and V3_4 do not stop it emptying
-- the events, the audit trail or the entries at a stroke. H2 does refuse to truncate a table that
-- a foreign key refers to, even from an empty table, so this table refers to all three and stays
-- empty. (PostgreSQL refuses TRUNCATE with triggers, in its own V2 and V3_4.) Only a user who may
-- drop this table or switch off referential integrity can get round it: on H2, whoever holds the
-- database file holds everything, and the file itself must be protected.
CREATE TABLE dsr_no_truncate (
    event_entry_id  VARCHAR(64),
    event_version   INTEGER,
    audit_id        BIGINT,
    entry_id        VARCHAR(64),
    CONSTRAINT dsr_no_truncate_event FOREIGN KEY (event_entry_id, event_version)
        REFERENCES dsr_event (entry_id, version),
    CONSTRAINT dsr_no_truncate_audit FOREIGN KEY (audit_id) REFERENCES dsr_audit (audit_id),
    CONSTRAINT dsr_no_truncate_entry FOREIGN KEY (entry_id) REFERENCES dsr_entry (entry_id),
    CONSTRAINT dsr_no_truncate_stays_empty CHECK (event_entry_id IS NULL AND event_version IS NULL
        AND audit_id IS NULL AND entry_id IS NULL AND 1 = 0)
);
