package org.caregate.scheduling.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How a provider's calendar may be booked and changed by patients: a buffer kept free around every appointment,
 * the step between offered start times, how far ahead patients must book, cancel and reschedule (in minutes),
 * and whether they may cancel or reschedule at all.
 */
public record BookingRules(int bufferMinutes, int calendarIntervalMinutes, int minimumAdvanceScheduleMinutes,
                           int minimumAdvanceCancelMinutes, int minimumAdvanceRescheduleMinutes,
                           boolean clientsMayCancel, boolean clientsMayReschedule, boolean pastAppointmentsReschedulable,
                           boolean endReminderOneHourBefore, boolean askClientsToConfirm,
                           String cantCancelMessage, String cantRescheduleMessage) {

    public static final String DEFAULT_CANT_CANCEL = "Please contact provider to cancel";
    public static final String DEFAULT_CANT_RESCHEDULE = "Please contact provider to reschedule";

    /** What applies to a provider who never changed their settings. */
    public static final BookingRules DEFAULTS = new BookingRules(0, 30, 0, 0, 0, true, true, false, false, false,
            DEFAULT_CANT_CANCEL, DEFAULT_CANT_RESCHEDULE);

    public Duration buffer() {
        return Duration.ofMinutes(bufferMinutes);
    }

    public Duration calendarInterval() {
        return Duration.ofMinutes(calendarIntervalMinutes);
    }

    /** The earliest start a patient may book now. */
    public Instant earliestSelfBookedStart(Instant now) {
        return now.plus(Duration.ofMinutes(minimumAdvanceScheduleMinutes));
    }

    /** Why a patient may not cancel an appointment starting at {@code start}, or {@code null} when they may. */
    public String refusalToCancel(Instant start, Instant now) {
        if (!clientsMayCancel || now.plus(Duration.ofMinutes(minimumAdvanceCancelMinutes)).isAfter(start)) {
            return cantCancelMessage != null ? cantCancelMessage : DEFAULT_CANT_CANCEL;
        }
        return null;
    }

    /** Why a patient may not move an appointment starting at {@code start}, or {@code null} when they may. */
    public String refusalToReschedule(Instant start, Instant now) {
        String refusal = cantRescheduleMessage != null ? cantRescheduleMessage : DEFAULT_CANT_RESCHEDULE;
        if (!clientsMayReschedule) {
            return refusal;
        }
        if (start.isBefore(now)) {
            return pastAppointmentsReschedulable ? null : refusal;
        }
        return now.plus(Duration.ofMinutes(minimumAdvanceRescheduleMinutes)).isAfter(start) ? refusal : null;
    }
}
