-- Outreach also emails patients about form completion requests (issue 12): the request itself and the reminders a
-- member asks for. Their rows name the request as the "visit" (kind requested_form_completion) and have no start.
ALTER TABLE outreach.message DROP CONSTRAINT message_purpose_check;
ALTER TABLE outreach.message ADD CONSTRAINT message_purpose_check
    CHECK (purpose IN ('confirmation', 'reschedule', 'cancellation', 'reminder_60', 'reminder_15', 'form_request',
                       'form_request_reminder'));
ALTER TABLE outreach.message ALTER COLUMN visit_starts_at DROP NOT NULL;
