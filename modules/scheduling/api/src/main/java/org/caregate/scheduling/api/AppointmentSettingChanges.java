package org.caregate.scheduling.api;

import org.caregate.kernel.id.AppointmentSettingId;
import org.caregate.kernel.id.UserId;
import org.caregate.kernel.input.Reading;

/**
 * Booking rules to set or change ({@code null}: unchanged, or the default when set): buffers, the calendar's
 * interval, how far ahead patients may book, cancel and move, and what they hear when they may not. An id is absent
 * when the client left it out, sent it blank or sent something unreadable; {@code reading} tells what could not be
 * read of it.
 *
 * @param id         the settings to change; absent when setting them
 * @param providerId whose settings, when a member sets them for another provider; the caller by default
 *                   ({@code provider_id})
 * @param buffer     minutes kept free after each appointment, as Healthie sends them ("15")
 * @param calendarInterval minutes between the starts offered, as Healthie sends them ({@code calendar_interval})
 * @param reading    the fields sent and what the adapter could not read
 */
public record AppointmentSettingChanges(AppointmentSettingId id, UserId providerId, String buffer,
                                        String calendarInterval, Integer minimumAdvanceScheduleTime,
                                        Integer minimumAdvanceCancelTime, Integer minimumAdvanceRescheduleTime,
                                        Boolean allowClientsToCancelAppt, Boolean allowClientsToRescheduleAppt,
                                        Boolean allowPastAppointmentRescheduling, Boolean endReminderOneHourBefore,
                                        Boolean askClientsToConfirm, String cantCancelMessage,
                                        String cantRescheduleMessage, Reading reading) {
}
