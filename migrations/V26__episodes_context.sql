-- Episodes of care (issue 13, seed 004 "Episodes Of Care"): one patient's course of care in an organization.
-- Appointments name an episode by its id (scheduling.appointment.episode_of_care_id, checked by V27's rule).
CREATE SCHEMA IF NOT EXISTS episodes;

CREATE TABLE episodes.episode (
    id                UUID PRIMARY KEY,
    organization_id   BIGINT      NOT NULL,
    patient_id        BIGINT      NOT NULL,
    name              TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
    type              TEXT        NOT NULL CHECK (length(type) BETWEEN 1 AND 255),
    from_date         DATE        NOT NULL,
    to_date           DATE,
    status            TEXT        NOT NULL
        CHECK (status IN ('PLANNING', 'WAITLIST', 'ACTIVE', 'ONHOLD', 'FINISHED', 'CANCELED')),
    objective         TEXT CHECK (length(objective) BETWEEN 1 AND 255),
    reason_incomplete TEXT CHECK (length(reason_incomplete) BETWEEN 1 AND 255),
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT episode_ends_after_it_starts CHECK (to_date IS NULL OR to_date >= from_date),
    CONSTRAINT episode_reason_incomplete_applies CHECK (reason_incomplete IS NULL OR status IN ('ONHOLD', 'CANCELED'))
);
CREATE INDEX episode_patient ON episodes.episode (organization_id, patient_id, from_date);
