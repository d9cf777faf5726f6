-- Audio/video sessions of virtual nursing (issue 14): the nurse who accepted a request starts a video visit (from
-- the visits context) with the room; the request is in_progress while it lasts. A request holds at most one
-- session, so its visit and times are columns of the request; the visit is referenced by id only.
ALTER TABLE nursing.assistance_request DROP CONSTRAINT assistance_request_status_check;
ALTER TABLE nursing.assistance_request ADD CONSTRAINT assistance_request_status_check
    CHECK (status IN ('incomplete', 'assigned', 'in_progress', 'completed', 'cancelled'));

ALTER TABLE nursing.assistance_request
    ADD COLUMN session_visit_id   BIGINT,
    ADD COLUMN session_started_at TIMESTAMPTZ,
    ADD COLUMN session_ended_at   TIMESTAMPTZ,
    ADD CONSTRAINT assistance_request_session
        CHECK ((session_visit_id IS NULL) = (session_started_at IS NULL)
           AND (session_ended_at IS NULL OR session_started_at IS NOT NULL)
           AND (status <> 'in_progress' OR (session_visit_id IS NOT NULL AND session_ended_at IS NULL)));

-- The current request of a care location is open while incomplete, assigned or in progress.
DROP INDEX nursing.assistance_request_current;
CREATE UNIQUE INDEX assistance_request_current ON nursing.assistance_request (care_location_id)
    WHERE status IN ('incomplete', 'assigned', 'in_progress');
