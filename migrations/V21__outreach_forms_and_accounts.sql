-- Outreach also emails about forms and accounts (issue 12): a patient about a form completion request and each
-- reminder a member asks for, a member about a template shared with them, a patient's welcome and a member's
-- invitation. Their rows name the request (kind requested_form_completion), the shared copy (kind form_template) or
-- the user (kind user) as the "visit", and have no start.
ALTER TABLE outreach.message DROP CONSTRAINT message_purpose_check;
ALTER TABLE outreach.message ADD CONSTRAINT message_purpose_check
    CHECK (purpose IN ('confirmation', 'reschedule', 'cancellation', 'reminder_60', 'reminder_15', 'form_request',
                       'form_request_reminder', 'form_shared', 'welcome', 'invitation'));
ALTER TABLE outreach.message ALTER COLUMN visit_starts_at DROP NOT NULL;
