package org.caregate.web.scheduling;

import org.caregate.scheduling.api.AppointmentSettingView;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** Healthie's {@code AppointmentSetting}: a provider's (or an appointment type's) booking rules. */
@Name("AppointmentSetting")
public record AppointmentSettingNode(
        @Id @Name("id") String id,
        @Id @Name("provider_id") String providerId,
        @Id @Name("appointment_type_id") String appointmentTypeId,
        @Name("buffer") String buffer,
        @Name("calendar_interval") String calendarInterval,
        @Name("minimum_advance_schedule_time") Integer minimumAdvanceScheduleTime,
        @Name("minimum_advance_cancel_time") Integer minimumAdvanceCancelTime,
        @Name("minimum_advance_reschedule_time") Integer minimumAdvanceRescheduleTime,
        @Name("allow_clients_to_cancel_appt") Boolean allowClientsToCancelAppt,
        @Name("allow_clients_to_reschedule_appt") Boolean allowClientsToRescheduleAppt,
        @Name("allow_past_appointment_rescheduling") Boolean allowPastAppointmentRescheduling,
        @Name("end_reminder_one_hour_before") Boolean endReminderOneHourBefore,
        @Name("ask_clients_to_confirm") Boolean askClientsToConfirm,
        @Name("cant_cancel_message") String cantCancelMessage,
        @Name("cant_reschedule_message") String cantRescheduleMessage) {

    static AppointmentSettingNode of(AppointmentSettingView setting) {
        if (setting == null) {
            return null;
        }
        return new AppointmentSettingNode(setting.id() == null ? null : Long.toString(setting.id()),
                setting.providerId() == null ? null : setting.providerId().toString(),
                setting.appointmentTypeId() == null ? null : setting.appointmentTypeId().toString(),
                setting.buffer(), setting.calendarInterval(), setting.minimumAdvanceScheduleTime(),
                setting.minimumAdvanceCancelTime(), setting.minimumAdvanceRescheduleTime(),
                setting.allowClientsToCancelAppt(), setting.allowClientsToRescheduleAppt(),
                setting.allowPastAppointmentRescheduling(), setting.endReminderOneHourBefore(),
                setting.askClientsToConfirm(), setting.cantCancelMessage(), setting.cantRescheduleMessage());
    }
}
