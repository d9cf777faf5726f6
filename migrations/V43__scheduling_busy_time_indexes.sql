-- A provider's busy time in a window (JpaAppointmentRepository.BUSY and .overlapping: every slot search, booking and
-- reschedule) is their own appointments plus those they join as an additional provider.
--
-- The additional providers' rows had no index by provider: each look-up read every row of appointment_provider, or —
-- the plan PostgreSQL chose while the table's statistics were young — every appointment of every organization in the
-- window, probing appointment_provider for each (2,000 buffers for one booking of the scheduling benchmark, issue 16).
CREATE INDEX appointment_provider_by_provider ON scheduling.appointment_provider (provider_id, appointment_id);

-- The own appointments were found through appointment_provider_time (provider_id, starts_at), whose only bound for a
-- window is "starts before its end": every past appointment of the provider, read again at each booking, so a booking
-- cost more with each year of a calendar's history. "Ends after the window's start" bounds the read by what is still
-- ahead of the window instead.
CREATE INDEX appointment_provider_end ON scheduling.appointment (provider_id, ends_at);
