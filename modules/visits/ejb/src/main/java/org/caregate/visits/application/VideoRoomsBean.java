package org.caregate.visits.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.scheduling.api.VideoAppointments;
import org.caregate.scheduling.api.VideoRooms;

/**
 * Scheduling's {@link VideoRooms} port: a booking held by video (an EHR's visit in a waiting room) opens its room
 * and links in the booking's own transaction.
 */
@Stateless
public class VideoRoomsBean implements VideoRooms {

    @EJB
    VideoAppointments appointments;

    @Inject
    Visits visitRooms;

    Clock clock = Clock.systemUTC();

    @Override
    public void openFor(long organizationId, long appointmentId) {
        visitRooms.openFor(appointments.find(organizationId, appointmentId, false)
                .orElseThrow(() -> new NotFoundException("Appointment")), null, clock.instant());
    }
}
