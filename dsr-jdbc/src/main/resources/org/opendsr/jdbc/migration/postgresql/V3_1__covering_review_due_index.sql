-- PostgreSQL answers the due-review worklist from the index alone: an index-only scan in due
-- order, with no visit to the table and no sort, once vacuum has marked the pages all-visible.
-- (H2 has no INCLUDE; it keeps the index of V3.) Numbered 3.1 so a later common V4 cannot clash.
DROP INDEX dsr_entry_review_due;
CREATE INDEX dsr_entry_review_due ON dsr_entry (next_review_due, created_seq)
    INCLUDE (entry_id, version, status, next_work_due);
