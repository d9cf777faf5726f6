package org.caregate.scheduling.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.ForbiddenException;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.event.EventPublisher;
import org.caregate.kernel.id.AppointmentId;
import org.caregate.kernel.input.Access;
import org.caregate.scheduling.api.AppointmentView;
import org.caregate.scheduling.api.event.AppointmentEvent;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.BookingRules;

/**
 * Taking an appointment off the calendar: staff delete it (softly), a patient cancels their own 1:1 appointment as
 * the provider's booking rules allow, and it stays visible to them as cancelled; a group appointment is its provider's
 * to cancel, not one attendee's for everybody.
 */
@Dependent
class Cancellation {

    @Inject
    AppointmentLookup lookup;

    @Inject
    Calendars calendars;

    @Inject
    AppointmentViews views;

    @Inject
    EventPublisher events;

    Clock clock = Clock.systemUTC();

    /** Staff delete the appointment; a patient cancels it. */
    AppointmentView cancelOrDelete(Caller caller, AppointmentId id) {
        Access.requireAuthenticated(caller);
        Appointment appointment = lookup.visible(caller, id, false);
        Instant now = clock.instant();
        if (caller.isMember()) {
            appointment.delete("id", now);
            events.publish(caller, AppointmentEvent.of(AppointmentEvent.Action.DELETED, appointment.id()));
        } else if (!appointment.isPatientsOwn(caller.userId())) {
            throw new ForbiddenException(Rescheduling.GROUP_REFUSAL);
        } else {
            // cancelled first: a started session is the refusal the patient hears, before the booking rules'
            appointment.cancel("id", now);
            BookingRules rules = appointment.providerId() == null ? BookingRules.DEFAULTS
                    : calendars.rulesFor(appointment.providerId(), appointment.appointmentTypeId());
            String refusal = rules.refusalToCancel(appointment.startsAt(), now);
            if (refusal != null) {
                throw new InvalidInputException("id", refusal);
            }
            events.publish(caller, AppointmentEvent.of(AppointmentEvent.Action.CANCELLED, appointment.id()));
        }
        return views.of(appointment);
    }
}
