-- The reports context (ADR 24): encounter reports ordered over Solo's API and generated through a JMS queue, and the
-- presets that choose their columns. The built-in preset of every organization (all columns) is not a row: its id is
-- derived from the organization's id.
CREATE SCHEMA IF NOT EXISTS reports;

CREATE TABLE reports.report_preset (
    id              UUID PRIMARY KEY,
    organization_id BIGINT      NOT NULL,
    name            VARCHAR(100) NOT NULL,
    columns         TEXT        NOT NULL, -- column names of the visits CSV, comma-separated, in order
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX report_preset_name ON reports.report_preset (organization_id, lower(name));

CREATE TABLE reports.encounter_report (
    id              UUID PRIMARY KEY,
    organization_id BIGINT      NOT NULL,
    requested_by    BIGINT      NOT NULL,
    preset_id       UUID        NOT NULL, -- no foreign key: a preset deleted before generation fails the report
    range_from      TIMESTAMPTZ NOT NULL,
    range_to        TIMESTAMPTZ NOT NULL,
    status          VARCHAR(16) NOT NULL CHECK (status IN ('pending', 'completed', 'failed', 'expired')),
    -- the caller's password sealed with the server's key (AES-256-GCM), only while pending; wiped after generation
    sealed_password BYTEA,
    content         BYTEA,                -- the AES-256 zip, only while completed and not yet expired
    content_size    INTEGER,
    row_count       INTEGER,
    failure         VARCHAR(200),
    created_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    expires_at      TIMESTAMPTZ,
    CHECK (status = 'pending' OR sealed_password IS NULL),
    CHECK (status = 'completed' OR content IS NULL)
);
CREATE INDEX encounter_report_organization ON reports.encounter_report (organization_id, created_at);
CREATE INDEX encounter_report_pending ON reports.encounter_report (created_at) WHERE status = 'pending';
CREATE INDEX encounter_report_expiring ON reports.encounter_report (expires_at) WHERE status = 'completed';
