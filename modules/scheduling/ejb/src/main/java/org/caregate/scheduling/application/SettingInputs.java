package org.caregate.scheduling.application;

import org.caregate.kernel.input.Inputs;
import org.caregate.scheduling.api.AppointmentSettingChanges;
import org.caregate.scheduling.domain.BookingRules;

/** Reads booking rules from a settings input, field by field over the current rules. */
final class SettingInputs {

    private SettingInputs() {
    }

    static BookingRules rules(Inputs inputs, AppointmentSettingChanges in, BookingRules current) {
        return new BookingRules(
                minutes(inputs, "buffer", in.buffer(), current.bufferMinutes(), 0),
                minutes(inputs, "calendar_interval", in.calendarInterval(), current.calendarIntervalMinutes(), 5),
                nonNegative(inputs, "minimum_advance_schedule_time", in.minimumAdvanceScheduleTime(),
                        current.minimumAdvanceScheduleMinutes()),
                nonNegative(inputs, "minimum_advance_cancel_time", in.minimumAdvanceCancelTime(),
                        current.minimumAdvanceCancelMinutes()),
                nonNegative(inputs, "minimum_advance_reschedule_time", in.minimumAdvanceRescheduleTime(),
                        current.minimumAdvanceRescheduleMinutes()),
                or(in.allowClientsToCancelAppt(), current.clientsMayCancel()),
                or(in.allowClientsToRescheduleAppt(), current.clientsMayReschedule()),
                or(in.allowPastAppointmentRescheduling(), current.pastAppointmentsReschedulable()),
                or(in.endReminderOneHourBefore(), current.endReminderOneHourBefore()),
                or(in.askClientsToConfirm(), current.askClientsToConfirm()),
                in.cantCancelMessage() != null ? inputs.optional("cant_cancel_message", in.cantCancelMessage())
                        : current.cantCancelMessage(),
                in.cantRescheduleMessage() != null ? inputs.optional("cant_reschedule_message", in.cantRescheduleMessage())
                        : current.cantRescheduleMessage());
    }

    private static boolean or(Boolean given, boolean current) {
        return given != null ? given : current;
    }

    /** Minutes sent as a string ("15"), as Healthie's buffer and calendar interval are. */
    private static int minutes(Inputs inputs, String field, String value, int current, int minimum) {
        if (value == null || value.isBlank()) {
            return current;
        }
        try {
            int minutes = Integer.parseInt(value.strip());
            if (minutes >= minimum && minutes <= 1440) {
                return minutes;
            }
        } catch (NumberFormatException ignored) {
            // recorded below
        }
        inputs.problem(field, "must be a number of minutes between " + minimum + " and 1440");
        return current;
    }

    private static int nonNegative(Inputs inputs, String field, Integer value, int current) {
        if (value == null) {
            return current;
        }
        if (value < 0 || value > 525_600) {
            inputs.problem(field, "must be a number of minutes between 0 and 525600");
            return current;
        }
        return value;
    }
}
