-- Outreach: the confirmations, reschedule and cancellation notices and reminders owed to patients of appointments
-- and partner video rooms (docs/outreach.md). A message is a row from the moment it is planned, so reminders
-- survive restarts; the dispatcher claims due rows with FOR UPDATE SKIP LOCKED and a lease, like webhooks.
CREATE SCHEMA IF NOT EXISTS outreach;

-- Events this context has consumed (redelivered or copied events are skipped).
CREATE TABLE outreach.inbox (
    event_id    UUID PRIMARY KEY,
    consumed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per visit: the iCalendar SEQUENCE grows with every change the patient is told about.
CREATE TABLE outreach.visit (
    kind            TEXT    NOT NULL,
    visit_id        TEXT    NOT NULL,
    organization_id BIGINT  NOT NULL,
    sequence        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, visit_id)
);

CREATE TABLE outreach.message (
    id              UUID PRIMARY KEY,
    visit_kind      TEXT        NOT NULL,
    visit_id        TEXT        NOT NULL,
    organization_id BIGINT      NOT NULL,
    purpose         TEXT        NOT NULL CHECK (purpose IN ('confirmation', 'reschedule', 'cancellation',
                                                           'reminder_60', 'reminder_15')),
    channel         TEXT        NOT NULL CHECK (channel IN ('email', 'sms')),
    recipient       TEXT        NOT NULL,
    sequence        INTEGER     NOT NULL,
    visit_starts_at TIMESTAMPTZ NOT NULL,
    due_at          TIMESTAMPTZ NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'withdrawn')),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    leased_until    TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (visit_kind, visit_id, purpose, channel, sequence)
);
CREATE INDEX message_due ON outreach.message (due_at) WHERE status = 'pending';
CREATE INDEX message_by_visit ON outreach.message (visit_kind, visit_id);
