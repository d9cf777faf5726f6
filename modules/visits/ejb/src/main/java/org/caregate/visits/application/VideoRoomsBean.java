package org.caregate.visits.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.caregate.kernel.error.InvalidInputException;
import org.caregate.kernel.error.NotFoundException;
import org.caregate.scheduling.api.VideoAppointment;
import org.caregate.scheduling.api.VideoAppointments;
import org.caregate.scheduling.api.VideoRooms;
import org.caregate.visits.domain.CallStatus;
import org.caregate.visits.domain.VideoVisit;
import org.caregate.visits.domain.VideoVisitRepository;

/**
 * Scheduling's {@link VideoRooms} port: a booking held by video (an EHR's visit in a waiting room) opens its room
 * and links in the booking's own transaction; staff hold or release its call in the change's own transaction.
 */
@Stateless
public class VideoRoomsBean implements VideoRooms {

    @EJB
    VideoAppointments appointments;

    @Inject
    Visits visitRooms;

    @Inject
    VideoVisitRepository visits;

    Clock clock = Clock.systemUTC();

    @Override
    public void openFor(long organizationId, long appointmentId) {
        visitRooms.openFor(appointments.find(organizationId, appointmentId, false)
                .orElseThrow(() -> new NotFoundException("Appointment")), null, clock.instant());
    }

    @Override
    public void holdCall(long organizationId, long appointmentId, String status, String field) {
        CallStatus wanted = CallStatus.named(status == null ? null : status.strip()).orElse(null);
        if (wanted == null || !wanted.isSettable()) {
            throw new InvalidInputException(field, wanted == null
                    ? "must be one of \"on hold\", \"finalizing\", \"on call\", \"waiting\""
                    : "\"" + wanted.soloName() + "\" is what the visit records when its window closes; staff set"
                            + " \"on hold\", \"finalizing\", \"on call\" or \"waiting\"");
        }
        VideoAppointment appointment = appointments.find(organizationId, appointmentId, false)
                .orElseThrow(() -> new NotFoundException("Appointment"));
        VideoVisit visit = visits.ofAppointment(appointmentId)
                .orElseThrow(() -> new InvalidInputException(field, "The appointment has no video call yet"));
        visits.lock(visit);
        Instant closesAt = visitRooms.window(appointment).closesAt();
        if (visit.isClosed() || closesAt != null && !clock.instant().isBefore(closesAt)) {
            throw new InvalidInputException(field, "The video call has ended: it is "
                    + visitRooms.progress(visit, appointment).statusAt(clock.instant(), closesAt).soloName());
        }
        visit.hold(wanted.isHold() ? wanted : null);
    }
}
