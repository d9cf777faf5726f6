-- Until episodes existed (V26) scheduling stored an appointment's episodeOfCareId as unchecked text. From now on it
-- names only an episode of the appointment's own patient in its organization (ADR 23). Values that name such an
-- episode are kept, in the canonical lower-case form; every other value moves, with the appointment it came from,
-- into scheduling.unlinked_episode_reference and is cleared on the appointment: reported, not lost.
CREATE TABLE scheduling.unlinked_episode_reference (
    appointment_id     BIGINT PRIMARY KEY,
    organization_id    BIGINT      NOT NULL,
    patient_id         BIGINT,
    episode_of_care_id TEXT        NOT NULL,
    moved_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO scheduling.unlinked_episode_reference (appointment_id, organization_id, patient_id, episode_of_care_id)
SELECT a.id, a.organization_id, a.patient_id, a.episode_of_care_id
FROM scheduling.appointment a
WHERE a.episode_of_care_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM episodes.episode e
                  WHERE e.organization_id = a.organization_id AND e.patient_id = a.patient_id
                    AND e.id::text = lower(btrim(a.episode_of_care_id)));

UPDATE scheduling.appointment a SET episode_of_care_id = NULL
FROM scheduling.unlinked_episode_reference r
WHERE r.appointment_id = a.id;

UPDATE scheduling.appointment SET episode_of_care_id = lower(btrim(episode_of_care_id))
WHERE episode_of_care_id IS NOT NULL AND episode_of_care_id <> lower(btrim(episode_of_care_id));

CREATE INDEX appointment_episode ON scheduling.appointment (organization_id, episode_of_care_id)
    WHERE episode_of_care_id IS NOT NULL;
