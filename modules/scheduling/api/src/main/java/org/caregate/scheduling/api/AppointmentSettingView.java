package org.caregate.scheduling.api;

/**
 * A provider's (or an appointment type's) booking rules; times in minutes, buffer and interval as strings. The id
 * is {@code null} for the defaults of a provider who has set no rules of their own.
 */
public record AppointmentSettingView(Long id, Long providerId, Long appointmentTypeId, String buffer,
                                     String calendarInterval, int minimumAdvanceScheduleTime,
                                     int minimumAdvanceCancelTime, int minimumAdvanceRescheduleTime,
                                     boolean allowClientsToCancelAppt, boolean allowClientsToRescheduleAppt,
                                     boolean allowPastAppointmentRescheduling, boolean endReminderOneHourBefore,
                                     boolean askClientsToConfirm, String cantCancelMessage,
                                     String cantRescheduleMessage) {
}
