-- Outreach also reminds a patient of the intake forms of their onboarding flow they have not completed
-- (updateClient(send_form_request_reminder: true, is_intake_item: true)); such a row names the patient (kind intake).
ALTER TABLE outreach.message DROP CONSTRAINT message_purpose_check;
ALTER TABLE outreach.message ADD CONSTRAINT message_purpose_check
    CHECK (purpose IN ('confirmation', 'reschedule', 'cancellation', 'reminder_60', 'reminder_15', 'form_request',
                       'form_request_reminder', 'form_shared', 'intake_reminder', 'welcome', 'invitation'));
