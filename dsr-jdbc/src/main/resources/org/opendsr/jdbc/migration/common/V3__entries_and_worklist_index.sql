-- Why each event happened (RecordedEvent.why), kept beside who and when.
ALTER TABLE dsr_event ADD COLUMN why VARCHAR(2000) DEFAULT '' NOT NULL;

-- Entry ids E-000001 onwards, never reused.
CREATE SEQUENCE dsr_entry_id_seq START WITH 1;

-- One row per entry, written in the same transaction as the entry's events:
-- * version is the entry's current version, the guard of optimistic concurrency: an append
--   moves it from the version the command read to the new one, or writes nothing;
-- * created_seq orders entries by creation, nhs_number finds a person's episodes;
-- * status and the due dates are the summary the register derives after each command
--   (EntrySummary), so worklists are answered from an index, not by replaying every entry.
-- Derived and rewritten on every append, so unlike dsr_event this table is not append-only:
-- the events stay the record; this row can always be derived again from them.
CREATE TABLE dsr_entry (
    entry_id         VARCHAR(64) NOT NULL,
    created_seq      BIGINT GENERATED ALWAYS AS IDENTITY,
    version          INTEGER     NOT NULL,
    nhs_number       VARCHAR(10),
    status           VARCHAR(30),
    next_review_due  DATE,
    next_work_due    DATE,
    CONSTRAINT dsr_entry_pk PRIMARY KEY (entry_id),
    CONSTRAINT dsr_entry_version_positive CHECK (version > 0),
    CONSTRAINT dsr_entry_review_is_work CHECK (next_review_due IS NULL OR next_work_due IS NOT NULL)
);

CREATE UNIQUE INDEX dsr_entry_by_creation ON dsr_entry (created_seq);
-- The due-review worklist: WHERE next_review_due <= ? ORDER BY next_review_due, created_seq.
CREATE INDEX dsr_entry_review_due ON dsr_entry (next_review_due, created_seq);
-- The whole worklist: entries with any work due by the horizon.
CREATE INDEX dsr_entry_work_due ON dsr_entry (next_work_due, created_seq);
-- A person's episodes, oldest first.
CREATE INDEX dsr_entry_by_person ON dsr_entry (nhs_number, created_seq);
