-- A person has at most one open entry (hazard H-18). The register checks this before it writes,
-- but two referrals of one person at the same moment both pass that check; this index refuses the
-- second entry row, so the second referral writes nothing. An entry is open while the summary the
-- register wrote with it says REFERRED, ACTIVE or INCLUSION_BASIS_LAPSED; closed and declined
-- entries, and rows without a summary (status NULL), do not take the person's place.
--
-- H2 has no partial index, so a computed column holds the NHS number only while the entry is open,
-- and is NULL otherwise; NULLs never collide in a unique index. A register that already holds two
-- open entries for one person cannot take the index: the migration stops, and a coordinator closes
-- the duplicate before it is run again.
ALTER TABLE dsr_entry ADD COLUMN open_nhs_number VARCHAR(10) GENERATED ALWAYS AS (
    CASE WHEN status IN ('REFERRED', 'ACTIVE', 'INCLUSION_BASIS_LAPSED') THEN nhs_number END);
CREATE UNIQUE INDEX dsr_entry_one_open_per_person ON dsr_entry (open_nhs_number);

-- An entry is closed, never deleted: deleting its row by hand would free the person's place and
-- let them be referred or imported twice, and would hide the entry from every worklist.
CREATE TRIGGER dsr_entry_no_delete BEFORE DELETE ON dsr_entry
    FOR EACH ROW CALL 'org.opendsr.jdbc.AppendOnlyTrigger';
