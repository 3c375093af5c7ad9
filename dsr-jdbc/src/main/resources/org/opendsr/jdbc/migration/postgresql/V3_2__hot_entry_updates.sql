-- Every append rewrites its entry's row with a new version. With version in no index and room
-- left on each page, PostgreSQL updates the row in place (a HOT update) whenever the worklist
-- dates and status do not change, which is most commands. With version in the covering index of
-- V3_1 every append added an entry to every index of dsr_entry, and appends slowed down as the
-- table and its indexes bloated (measured in dsr-benchmarks). The due-review query reads the
-- version from the table instead, still in due order from the index.
DROP INDEX dsr_entry_review_due;
CREATE INDEX dsr_entry_review_due ON dsr_entry (next_review_due, created_seq);
ALTER TABLE dsr_entry SET (fillfactor = 70);
