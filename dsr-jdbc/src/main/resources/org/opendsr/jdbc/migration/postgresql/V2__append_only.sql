-- History is append-only (DESIGN.md, "Errors and data safety"): the database itself refuses
-- UPDATE, DELETE and TRUNCATE on events and audit rows, whoever connects.
CREATE FUNCTION dsr_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dsr: % on % is not allowed: history is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER dsr_event_append_only BEFORE UPDATE OR DELETE ON dsr_event
    FOR EACH ROW EXECUTE FUNCTION dsr_refuse_change();
CREATE TRIGGER dsr_event_no_truncate BEFORE TRUNCATE ON dsr_event
    FOR EACH STATEMENT EXECUTE FUNCTION dsr_refuse_change();
CREATE TRIGGER dsr_audit_append_only BEFORE UPDATE OR DELETE ON dsr_audit
    FOR EACH ROW EXECUTE FUNCTION dsr_refuse_change();
CREATE TRIGGER dsr_audit_no_truncate BEFORE TRUNCATE ON dsr_audit
    FOR EACH STATEMENT EXECUTE FUNCTION dsr_refuse_change();
