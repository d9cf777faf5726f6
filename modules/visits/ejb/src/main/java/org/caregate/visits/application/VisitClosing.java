package org.caregate.visits.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.caregate.scheduling.api.VideoAppointment;
import org.caregate.scheduling.api.VideoAppointments;
import org.caregate.scheduling.api.VideoAppointments.CallOutcome;
import org.caregate.visits.domain.CallStatus;
import org.caregate.visits.domain.VideoVisit;
import org.caregate.visits.domain.VideoVisitRepository;

/**
 * Closes video visits whose window has closed (ADR 0026): claims the due ones (a row lock skipped by other servers),
 * derives what the call came to and records it on the visit and, through scheduling, on the appointment, which raises
 * {@code appointment.lwbs}, {@code appointment.incompleted} or {@code appointment.completed} — all in the caller's
 * transaction, one visit at a time, so each visit is closed, and its event raised, exactly once, and a visit whose
 * closing fails is put off ({@link #postpone}) instead of holding up the others. A visit whose appointment moved is looked at again
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

    /**
     * Claims the next due visit and closes it (or, if its appointment moved, sets when to look again).
     *
     * @param claimed told the visit's appointment id as soon as it is claimed, so a failure can be pinned to it
     * @return the visit's appointment id; empty when none is due
     */
    public Optional<Long> closeNext(LongConsumer claimed) {
        Instant now = clock.instant();
        List<VideoVisit> due = visits.claimClosingDue(now, 1);
        if (due.isEmpty()) {
            return Optional.empty();
        }
        VideoVisit visit = due.get(0);
        claimed.accept(visit.appointmentId());
        close(visit, now);
        return Optional.of(visit.appointmentId());
    }

    /** A visit whose closing failed is looked at again after {@code by}; the others go on meanwhile. */
    public void postpone(long appointmentId, Duration by) {
        Instant later = clock.instant().plus(by);
        visits.ofAppointment(appointmentId).ifPresent(visit -> visit.checkWhenClosing(later));
    }

    private void close(VideoVisit visit, Instant now) {
        Optional<VideoAppointment> appointment = appointments.find(visit.organizationId(), visit.appointmentId(),
                false);
        if (appointment.isEmpty() || !appointment.get().active()) {
            visit.close(null, now);
            return;
        }
        Instant closesAt = visitRooms.window(appointment.get()).closesAt();
        if (closesAt == null || now.isBefore(closesAt)) {
            visit.checkWhenClosing(closesAt);
            return;
        }
        Optional<CallStatus> outcome = visitRooms.progress(visit, appointment.get()).outcomeAtClose();
        visit.close(outcome.orElse(null), now);
        if (appointment.get().patientId() == null) {
            return; // a partner room, teleconsultation or nursing session: their own contracts, no appointment event
        }
        outcome.ifPresent(status -> appointments.recordCallOutcome(visit.organizationId(), visit.appointmentId(),
                switch (status) {
                    case LWBS -> CallOutcome.LWBS;
                    case COMPLETE -> CallOutcome.COMPLETE;
                    default -> CallOutcome.INCOMPLETE;
                }));
    }
}
