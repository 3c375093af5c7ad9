-- An audit row says two things apart: whether the access rules allowed the call (access) and
-- what came of it (outcome: DONE, REFUSED by a rule, FAILED, NOT_ATTEMPTED after a denial). The
-- column that held ALLOWED/DENIED is that access decision, and keeps its rows under its own name.
-- Rows written before this migration never recorded what came of an allowed call (a refused
-- write was recorded as allowed), so they read as NOT_RECORDED rather than claim it was done.
-- Only columns are added or renamed: no row is updated, so the append-only triggers stay quiet.
ALTER TABLE dsr_audit RENAME COLUMN outcome TO access;

ALTER TABLE dsr_audit ADD COLUMN outcome VARCHAR(20) DEFAULT 'NOT_RECORDED' NOT NULL;

-- For a REFUSED call, the rules that refused it: one "field<TAB>rule" a line, with backslash,
-- tab and line breaks escaped (\\, \t, \n, \r). Fields and rules only, never a value.
ALTER TABLE dsr_audit ADD COLUMN refused_by TEXT;

-- For a break-glass call, the reason the professional gave: the accountability for the access.
-- Free text that may hold personal data; the register never logs or prints it.
ALTER TABLE dsr_audit ADD COLUMN break_glass_reason TEXT;
