package org.caregate.scheduling.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caregate.kernel.Caller;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.scheduling.domain.Appointment;
import org.caregate.scheduling.domain.AppointmentRepository;
import org.caregate.scheduling.domain.BookingConflict;
import org.caregate.scheduling.domain.SlotFinder;

/**
 * Writes to providers' schedules under their lock: a booking goes in, an appointment moves, a patient's time is
 * checked against the open slots. Two requests for one slot are served one after the other, and the second finds
 * the slot taken.
 */
@Dependent
class Schedules {

    /** What a patient hears when the slot they chose was booked by someone else meanwhile. */
    static final String SLOT_TAKEN = "This time slot is no longer available. Please choose another time.";

    @Inject
    AppointmentRepository appointments;

    @Inject
    Calendars calendars;

    Clock clock = Clock.systemUTC();

    /**
     * Moves an appointment under the calendar lock. A patient may move only into an open slot; staff may move
     * anywhere, and a move over another appointment is then an overbooking on purpose. The appointment itself
     * refuses (on {@code datetime}) once its video session has started.
     */
    void move(Caller caller, Appointment appointment, Instant start, Duration length, boolean patient) {
        if (appointment.providerId() == null) {
            appointment.reschedule(start, length, false, "datetime", clock.instant());
            return;
        }
        List<Long> touched = new ArrayList<>(appointment.additionalProviderIds());
        touched.add(appointment.providerId());
        if (patient) {
            requireOpenSlot(caller.organizationId(), appointment.providerId(), appointment.appointmentTypeId(), start,
                    length, appointment.id(), "datetime");
            appointment.reschedule(start, length, false, "datetime", clock.instant());
            return;
        }
        appointments.lockSchedules(caller.organizationId(), touched);
        boolean overbooked = !appointments.overlapping(touched, start, start.plus(length), appointment.id()).isEmpty();
        appointment.reschedule(start, length, overbooked, "datetime", clock.instant());
    }

    /** Locks the provider's calendar and refuses unless {@code start} is one of its open slots for a patient. */
    void requireOpenSlot(long organizationId, long providerId, Long typeId, Instant start, Duration length,
                         Long exceptAppointmentId, String field) {
        appointments.lockSchedules(organizationId, List.of(providerId));
        SlotFinder.ProviderCalendar calendar = calendars.calendars(List.of(providerId), typeId, start,
                start.plus(length), exceptAppointmentId).get(0);
        if (!SlotFinder.offers(calendar, start, length, calendar.rules().earliestSelfBookedStart(clock.instant()))) {
            throw new InvalidInputException(field, SLOT_TAKEN);
        }
    }

    /** Inserts now, so that the database's no-double-booking constraint speaks inside this request. */
    void insert(Appointment appointment, String field) {
        try {
            appointments.add(appointment);
            appointments.flush();
        } catch (BookingConflict e) {
            throw e.rule() == BookingConflict.Rule.TIME_TAKEN ? new InvalidInputException(field, SLOT_TAKEN)
                    : new InvalidInputException("externalId", "is already used by another appointment");
        }
    }
}
