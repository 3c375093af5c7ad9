-- The register's history: every command's events, per entry, in version order.
-- Append-only: the dialect's V2 migration makes UPDATE and DELETE on these tables fail.
CREATE TABLE dsr_event (
    entry_id     VARCHAR(64)              NOT NULL,
    version      INTEGER                  NOT NULL,
    event_type   VARCHAR(100)             NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200)             NOT NULL,
    payload      TEXT                     NOT NULL,
    CONSTRAINT dsr_event_pk PRIMARY KEY (entry_id, version),
    CONSTRAINT dsr_event_version_positive CHECK (version > 0)
);

-- Who looked at or changed what, allowed or denied. Identifiers only, never personal data.
CREATE TABLE dsr_audit (
    audit_id     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200)             NOT NULL,
    actor_role   VARCHAR(60)              NOT NULL,
    agency_id    VARCHAR(60),
    purpose      VARCHAR(60)              NOT NULL,
    operation    VARCHAR(100)             NOT NULL,
    entry_id     VARCHAR(64),
    outcome      VARCHAR(20)              NOT NULL,
    break_glass  BOOLEAN                  NOT NULL,
    detail       VARCHAR(1000)
);

CREATE INDEX dsr_audit_by_entry ON dsr_audit (entry_id, occurred_at);
CREATE INDEX dsr_audit_by_actor ON dsr_audit (actor, occurred_at);
