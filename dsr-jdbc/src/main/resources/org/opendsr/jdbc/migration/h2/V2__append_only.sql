-- History is append-only (DESIGN.md, "Errors and data safety"): the database itself refuses
-- UPDATE and DELETE on events and audit rows. H2 triggers are Java classes.
CREATE TRIGGER dsr_event_no_update BEFORE UPDATE ON dsr_event
    FOR EACH ROW CALL 'org.opendsr.jdbc.AppendOnlyTrigger';
CREATE TRIGGER dsr_event_no_delete BEFORE DELETE ON dsr_event
    FOR EACH ROW CALL 'org.opendsr.jdbc.AppendOnlyTrigger';
CREATE TRIGGER dsr_audit_no_update BEFORE UPDATE ON dsr_audit
    FOR EACH ROW CALL 'org.opendsr.jdbc.AppendOnlyTrigger';
CREATE TRIGGER dsr_audit_no_delete BEFORE DELETE ON dsr_audit
    FOR EACH ROW CALL 'org.opendsr.jdbc.AppendOnlyTrigger';
