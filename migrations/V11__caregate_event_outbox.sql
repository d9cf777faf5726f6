-- Domain events, written in the same transaction as the change they report and relayed to the JMS topic
-- caregate.events by the runtime's EventRelay (docs/jms.md). A row is published once; the event id is the
-- message's duplicate-detection id, so a relay that crashes between sending and marking cannot publish twice.
CREATE TABLE caregate.outbox_event (
    id              UUID PRIMARY KEY,
    occurred_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    organization_id BIGINT,
    type            TEXT        NOT NULL,
    payload         TEXT        NOT NULL,
    published_at    TIMESTAMPTZ
);
CREATE INDEX outbox_event_unpublished ON caregate.outbox_event (occurred_at) WHERE published_at IS NULL;
