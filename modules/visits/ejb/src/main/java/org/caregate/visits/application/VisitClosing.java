package org.caregate.visits.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.caregate.scheduling.api.VideoAppointment;
import org.caregate.scheduling.api.VideoAppointments;
import org.caregate.scheduling.api.VideoAppointments.CallOutcome;
import org.caregate.visits.domain.CallStatus;
import org.caregate.visits.domain.VideoVisit;
import org.caregate.visits.domain.VideoVisitRepository;

/**
 * Closes video visits whose window has closed (ADR 0026): claims the due ones (a row lock skipped by other servers),
 * derives what the call came to and records it on the visit and, through scheduling, on the appointment, which raises
 * {@code appointment.lwbs}, {@code appointment.incompleted} or {@code appointment.completed} — all in one transaction,
 * so each visit is closed, and its event raised, exactly once. A visit whose appointment moved is looked at again
 * when its new window closes. Only appointments of a patient (Healthie's, Solo's) raise events: the rooms booked
 * without one (BetterPT partner rooms, teleconsultation rooms, nursing sessions) record the outcome on the visit only.
 */
@Dependent
public class VisitClosing {

    @Inject
    VideoVisitRepository visits;

    @Inject
    Visits visitRooms;

    @EJB
    VideoAppointments appointments;

    Clock clock = Clock.systemUTC();

    /** Closes up to {@code limit} due visits; answers how many were claimed. */
    public int closeDue(int limit) {
        Instant now = clock.instant();
        List<VideoVisit> due = visits.claimClosingDue(now, limit);
        for (VideoVisit visit : due) {
            Optional<VideoAppointment> appointment = appointments.find(visit.organizationId(), visit.appointmentId(),
                    false);
            if (appointment.isEmpty() || !appointment.get().active()) {
                visit.close(null, now);
                continue;
            }
            Instant closesAt = visitRooms.window(appointment.get()).closesAt();
            if (closesAt == null || now.isBefore(closesAt)) {
                visit.checkWhenClosing(closesAt);
                continue;
            }
            Optional<CallStatus> outcome = visitRooms.progress(visit, appointment.get()).outcomeAtClose();
            visit.close(outcome.orElse(null), now);
            if (appointment.get().patientId() == null) {
                continue; // a partner room, teleconsultation or nursing session: their own contracts, no appointment event
            }
            outcome.ifPresent(status -> appointments.recordCallOutcome(visit.organizationId(), visit.appointmentId(),
                    switch (status) {
                        case LWBS -> CallOutcome.LWBS;
                        case COMPLETE -> CallOutcome.COMPLETE;
                        default -> CallOutcome.INCOMPLETE;
                    }));
        }
        return due.size();
    }
}
