-- Outreach also emails about forms (issue 12): a patient about a form completion request and each reminder a
-- member asks for, a member about a template shared with them. Their rows name the request (kind
-- requested_form_completion) or the shared copy (kind form_template) as the "visit", and have no start.
ALTER TABLE outreach.message DROP CONSTRAINT message_purpose_check;
ALTER TABLE outreach.message ADD CONSTRAINT message_purpose_check
    CHECK (purpose IN ('confirmation', 'reschedule', 'cancellation', 'reminder_60', 'reminder_15', 'form_request',
                       'form_request_reminder', 'form_shared'));
ALTER TABLE outreach.message ALTER COLUMN visit_starts_at DROP NOT NULL;
