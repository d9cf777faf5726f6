-- Visits: the video side of appointments leaves scheduling for its own context and schema. Tables move as they are
-- (ALTER TABLE ... SET SCHEMA keeps rows, constraints, indexes and the identity sequences the tables own). Contexts
-- reference each other by id: the foreign keys from video tables to scheduling.appointment are dropped, the
-- appointment ids stay. Foreign keys among the moved tables move with them.
CREATE SCHEMA IF NOT EXISTS visits;

ALTER TABLE scheduling.video_visit        DROP CONSTRAINT video_visit_appointment_id_fkey;
ALTER TABLE scheduling.partner_video_room DROP CONSTRAINT partner_video_room_appointment_id_fkey;
ALTER TABLE scheduling.teleconsultation   DROP CONSTRAINT teleconsultation_appointment_id_fkey;

-- Seed 000's rule stays with the appointment: once its video session has started, it can no longer be moved,
-- cancelled or deleted. Scheduling keeps when that happened; the video visit keeps it too, as the room's history.
ALTER TABLE scheduling.appointment ADD COLUMN session_started_at TIMESTAMPTZ;
UPDATE scheduling.appointment a
   SET session_started_at = v.session_started_at
  FROM scheduling.video_visit v
 WHERE v.appointment_id = a.id
   AND v.session_started_at IS NOT NULL;

ALTER TABLE scheduling.video_visit                 SET SCHEMA visits;
ALTER TABLE scheduling.visit_link                  SET SCHEMA visits;
ALTER TABLE scheduling.visit_attendance            SET SCHEMA visits;
ALTER TABLE scheduling.partner_video_room          SET SCHEMA visits;
ALTER TABLE scheduling.teleconsultation            SET SCHEMA visits;
ALTER TABLE scheduling.teleconsultation_participant SET SCHEMA visits;
ALTER TABLE scheduling.context_linking_secret      SET SCHEMA visits;
