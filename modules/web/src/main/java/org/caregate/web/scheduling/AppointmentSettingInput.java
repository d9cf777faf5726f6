package org.caregate.web.scheduling;

import org.caregate.kernel.id.AppointmentSettingId;
import org.caregate.kernel.id.UserId;
import org.caregate.scheduling.api.AppointmentSettingChanges;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/**
 * The fields every appointment settings input shares (Healthie's {@code createAppointmentSettingInput},
 * {@code updateAppointmentSettingInput} and {@code AppointmentTypeAppointmentSettingInput}).
 */
public abstract class AppointmentSettingInput {
    @Name("buffer") public String buffer;
    @Name("calendar_interval") public String calendarInterval;
    @Name("minimum_advance_schedule_time") public Integer minimumAdvanceScheduleTime;
    @Name("minimum_advance_cancel_time") public Integer minimumAdvanceCancelTime;
    @Name("minimum_advance_reschedule_time") public Integer minimumAdvanceRescheduleTime;
    @Name("allow_clients_to_cancel_appt") public Boolean allowClientsToCancelAppt;
    @Name("allow_clients_to_reschedule_appt") public Boolean allowClientsToRescheduleAppt;
    @Name("allow_past_appointment_rescheduling") public Boolean allowPastAppointmentRescheduling;
    @Name("end_reminder_one_hour_before") public Boolean endReminderOneHourBefore;
    @Name("ask_clients_to_confirm") public Boolean askClientsToConfirm;
    @Name("cant_cancel_message") public String cantCancelMessage;
    @Name("cant_reschedule_message") public String cantRescheduleMessage;

    /** The rules in scheduling's types, for the settings {@code id} (none when setting them). */
    AppointmentSettingChanges changes(AppointmentSettingId id, String providerId) {
        HealthieInputs read = new HealthieInputs();
        UserId provider = read.userId("provider_id", providerId);
        return new AppointmentSettingChanges(id, provider, buffer, calendarInterval, minimumAdvanceScheduleTime,
                minimumAdvanceCancelTime, minimumAdvanceRescheduleTime, allowClientsToCancelAppt,
                allowClientsToRescheduleAppt, allowPastAppointmentRescheduling, endReminderOneHourBefore,
                askClientsToConfirm, cantCancelMessage, cantRescheduleMessage, read.reading());
    }

    /** {@code AppointmentTypeAppointmentSettingInput}: an appointment type's own rules. */
    @org.eclipse.microprofile.graphql.Input("AppointmentTypeAppointmentSettingInput")
    public static class ForAppointmentType extends AppointmentSettingInput {
    }

    /** {@code createAppointmentSettingInput}. */
    @org.eclipse.microprofile.graphql.Input("createAppointmentSettingInput")
    public static class Create extends AppointmentSettingInput {
        @Id @Name("provider_id") public String providerId;
    }

    /** {@code updateAppointmentSettingInput}. */
    @org.eclipse.microprofile.graphql.Input("updateAppointmentSettingInput")
    public static class Update extends AppointmentSettingInput {
        @Id @Name("id") public String id;
    }
}
