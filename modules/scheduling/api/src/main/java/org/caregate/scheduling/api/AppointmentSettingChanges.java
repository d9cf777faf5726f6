package org.caregate.scheduling.api;

/**
 * What {@code createAppointmentSetting} sets or {@code updateAppointmentSetting} changes ({@code null}: unchanged).
 *
 * @param providerId whose settings, when a member sets them for another provider; the caller by default
 */
public record AppointmentSettingChanges(String id, String providerId, String buffer, String calendarInterval,
                                        Integer minimumAdvanceScheduleTime, Integer minimumAdvanceCancelTime,
                                        Integer minimumAdvanceRescheduleTime, Boolean allowClientsToCancelAppt,
                                        Boolean allowClientsToRescheduleAppt, Boolean allowPastAppointmentRescheduling,
                                        Boolean endReminderOneHourBefore, Boolean askClientsToConfirm,
                                        String cantCancelMessage, String cantRescheduleMessage) {
}
