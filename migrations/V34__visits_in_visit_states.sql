-- In-visit states (issue 13, ADR 0026). Scheduling keeps where the appointment is in Solo's visit lifecycle between
-- "scheduled" and its outcome (pm_status): arrived, in progress (intake, exam), discharge, and "sign off" after
-- completed. The outcome columns stay the truth for completed / not showed up / cancelled.
ALTER TABLE scheduling.appointment ADD COLUMN visit_state TEXT
    CHECK (visit_state IN ('arrived', 'in progress.intake.ready', 'in progress.intake.progress',
                           'in progress.exam.ready', 'in progress.exam.progress', 'discharge.ready',
                           'discharge.progress', 'sign off'));

-- The visits context keeps the video call's side: when the patient first arrived on the visit page, a hold staff set
-- ("on hold", "finalizing"), and the window's close, claimed once by the sweeper (close_check_at <= now, FOR UPDATE
-- SKIP LOCKED), which records the call's outcome (LWBS, incomplete, complete) and closes the visit for good.
ALTER TABLE visits.video_visit
    ADD COLUMN patient_arrived_at TIMESTAMPTZ,
    ADD COLUMN call_hold          TEXT CHECK (call_hold IN ('on hold', 'finalizing')),
    ADD COLUMN close_check_at     TIMESTAMPTZ,
    ADD COLUMN closed_at          TIMESTAMPTZ,
    ADD COLUMN call_outcome       TEXT CHECK (call_outcome IN ('LWBS', 'incomplete', 'complete')),
    ADD CONSTRAINT video_visit_closed CHECK (call_outcome IS NULL OR closed_at IS NOT NULL);

CREATE INDEX video_visit_close_due ON visits.video_visit (close_check_at)
    WHERE closed_at IS NULL AND close_check_at IS NOT NULL;
