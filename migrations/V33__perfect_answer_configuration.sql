-- Solo's perfect answer (issue 13, ADR 25): the configuration it presupposes and the ids it answers with, each in
-- the schema of the context that owns it.

-- scheduling: the location a waiting room is mapped to (Solo's "EHR Mapping -> Set location"), named by the EHR's
-- geolocation id. One room per geolocation id in an organization.
ALTER TABLE scheduling.waiting_room ADD COLUMN geolocation_id UUID;
ALTER TABLE scheduling.waiting_room ADD COLUMN location_name TEXT CHECK (length(location_name) <= 255);
CREATE UNIQUE INDEX waiting_room_geolocation ON scheduling.waiting_room (organization_id, geolocation_id)
    WHERE geolocation_id IS NOT NULL;

-- scheduling: each visit created by a perfect answer, under the encounter id the answer printed. The 24-hour rule
-- reads it (one perfect-answer visit per patient per 24 hours).
CREATE TABLE scheduling.perfect_answer_encounter (
    encounter_id    UUID PRIMARY KEY,
    organization_id BIGINT      NOT NULL,
    appointment_id  BIGINT      NOT NULL UNIQUE REFERENCES scheduling.appointment (id),
    patient_id      BIGINT      NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX perfect_answer_encounter_patient
    ON scheduling.perfect_answer_encounter (organization_id, patient_id, created_at);

-- identity: the patient id a perfect answer prints, random and stable: given once, kept for good.
CREATE TABLE identity.patient_public_id (
    user_id         BIGINT PRIMARY KEY REFERENCES identity.app_user (id),
    organization_id BIGINT      NOT NULL,
    public_id       UUID        NOT NULL UNIQUE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- forms: a question's tag names the perfect-answer field that fills it (firstName, dob, reason, ...); one question
-- per tag in a template.
ALTER TABLE forms.question ADD COLUMN answer_tag TEXT CHECK (length(answer_tag) BETWEEN 1 AND 64);
CREATE UNIQUE INDEX question_answer_tag ON forms.question (form_template_id, answer_tag) WHERE answer_tag IS NOT NULL;

-- forms: the templates of a waiting room (scheduling's room, by id), in order; a link may be kept for one
-- perfect-answer reason (Stroke, EEG Stat, EEG Routine), NULL for any.
CREATE TABLE forms.waiting_room_template (
    organization_id  BIGINT  NOT NULL,
    waiting_room_id  UUID    NOT NULL,
    form_template_id BIGINT  NOT NULL REFERENCES forms.form_template (id) ON DELETE CASCADE,
    reason           TEXT    CHECK (length(reason) BETWEEN 1 AND 64),
    position         INTEGER NOT NULL CHECK (position >= 0),
    PRIMARY KEY (waiting_room_id, form_template_id)
);
CREATE INDEX waiting_room_template_organization ON forms.waiting_room_template (organization_id, waiting_room_id, position);
