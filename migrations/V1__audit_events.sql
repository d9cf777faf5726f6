-- The audit trail: one row per change, written in the same transaction as the change, never altered.
CREATE TABLE audit.audit_event (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    actor_user_id   BIGINT,
    organization_id BIGINT,
    action          TEXT        NOT NULL,
    target_type     TEXT        NOT NULL,
    target_id       TEXT,
    request_id      TEXT        NOT NULL,
    client_address  TEXT
);
CREATE INDEX audit_event_organization_time ON audit.audit_event (organization_id, occurred_at);
CREATE INDEX audit_event_target ON audit.audit_event (target_type, target_id);

CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit.audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_append_only
    BEFORE UPDATE OR DELETE ON audit.audit_event
    FOR EACH ROW EXECUTE FUNCTION audit.refuse_change();
CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit.audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change();
