-- A person has at most one open entry (hazard H-18). The register checks this before it writes,
-- but two referrals of one person at the same moment both pass that check; this index refuses the
-- second entry row, so the second referral writes nothing. An entry is open while the summary the
-- register wrote with it says REFERRED, ACTIVE or INCLUSION_BASIS_LAPSED; closed and declined
-- entries, and rows without a summary (status NULL), do not take the person's place.
--
-- A register that already holds two open entries for one person cannot take this index: the
-- migration stops here, and a coordinator closes the duplicate before it is run again.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM dsr_entry
               WHERE status IN ('REFERRED', 'ACTIVE', 'INCLUSION_BASIS_LAPSED')
                 AND nhs_number IS NOT NULL
               GROUP BY nhs_number HAVING COUNT(*) > 1) THEN
        RAISE EXCEPTION 'dsr: a person has more than one open entry; close the duplicate first'
            USING ERRCODE = 'unique_violation';
    END IF;
END
$$;

CREATE UNIQUE INDEX dsr_entry_one_open_per_person ON dsr_entry (nhs_number)
    WHERE status IN ('REFERRED', 'ACTIVE', 'INCLUSION_BASIS_LAPSED');

-- An entry is closed, never deleted: deleting its row by hand would free the person's place and
-- let them be referred or imported twice, and would hide the entry from every worklist.
CREATE FUNCTION dsr_refuse_entry_removal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dsr: % on % is not allowed: an entry is closed, never deleted', TG_OP,
        TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER dsr_entry_no_delete BEFORE DELETE ON dsr_entry
    FOR EACH ROW EXECUTE FUNCTION dsr_refuse_entry_removal();
CREATE TRIGGER dsr_entry_no_truncate BEFORE TRUNCATE ON dsr_entry
    FOR EACH STATEMENT EXECUTE FUNCTION dsr_refuse_entry_removal();
