-- The teleconsultation service's rooms: an appointment held by video, with its expected number of participants
-- and those known so far. The room (its visit links) exists once every participant is known.
CREATE TABLE scheduling.teleconsultation (
    id                    UUID PRIMARY KEY,
    appointment_id        BIGINT      NOT NULL UNIQUE REFERENCES scheduling.appointment (id),
    organization_id       BIGINT      NOT NULL,
    expected_participants INTEGER     NOT NULL CHECK (expected_participants BETWEEN 1 AND 100),
    state                 TEXT        NOT NULL DEFAULT 'ACTIVE' CHECK (state IN ('ACTIVE', 'TRASH')),
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE scheduling.teleconsultation_participant (
    teleconsultation_id UUID    NOT NULL REFERENCES scheduling.teleconsultation (id),
    position            INTEGER NOT NULL,
    user_id             BIGINT  NOT NULL,
    user_external_id    TEXT    NOT NULL,
    privileged          BOOLEAN NOT NULL,
    full_name           TEXT,
    language            TEXT,
    PRIMARY KEY (teleconsultation_id, position),
    UNIQUE (teleconsultation_id, user_id)
);
