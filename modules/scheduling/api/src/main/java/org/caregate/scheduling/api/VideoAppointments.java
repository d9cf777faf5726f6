package org.caregate.scheduling.api;

import jakarta.ejb.Local;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The appointments video rooms are held for, read and changed by the visits context in scheduling's own terms.
 * Scheduling keeps the appointment's rules: once its video session has started, an appointment refuses to be moved,
 * cancelled or deleted. Every method joins the caller's transaction. Not for web adapters.
 */
@Local
public interface VideoAppointments {

    /**
     * Books an appointment held by video outside any provider's calendar (a partner video room, a teleconsultation
     * room), written now so that it has its id.
     */
    VideoAppointment book(long organizationId, Instant start, Duration length, ZoneId zone, Long bookedBy);

    /** The appointment with this id in this organization; deleted ones only when asked for. */
    Optional<VideoAppointment> find(long organizationId, long appointmentId, boolean includeDeleted);

    /** The appointment (not deleted), locked until the transaction ends. */
    Optional<VideoAppointment> lock(long organizationId, long appointmentId);

    /** The appointment an EHR knows by its own id. */
    Optional<VideoAppointment> byExternalId(long organizationId, String externalId);

    /**
     * Moves the appointment to a new start, keeping its length when {@code length} is {@code null}.
     *
     * @param field the input the refusal names when the session has started
     * @throws org.caregate.kernel.error.InvalidInputException once the session has started
     * @throws org.caregate.kernel.error.NotFoundException     when there is no such appointment
     */
    VideoAppointment move(long organizationId, long appointmentId, Instant start, Duration length, String field);

    /**
     * Cancels the appointment.
     *
     * @param field the input the refusal names when the session has started
     * @throws org.caregate.kernel.error.InvalidInputException once the session has started
     * @throws org.caregate.kernel.error.NotFoundException     when there is no such appointment
     */
    VideoAppointment cancel(long organizationId, long appointmentId, String field);

    /**
     * The room the appointment was held for was thrown away (the teleconsultation service's trash): the appointment
     * is cancelled with it, whatever happened in its session. Nothing happens when there is no such appointment.
     */
    void withdraw(long organizationId, long appointmentId);

    /** The provider started the appointment's video session: from then on it can no longer be changed. */
    void recordSessionStarted(long organizationId, long appointmentId, Instant startedAt);

    /**
     * The patient arrived for the appointment's visit (opened its page while the window is open): a scheduled
     * appointment becomes "arrived". Nothing changes for one further along.
     */
    void recordArrival(long organizationId, long appointmentId);

    /** What the visits context found when an appointment's video window closed. */
    enum CallOutcome {
        /** The patient waited, no provider came: {@code appointment.lwbs}. */
        LWBS,
        /** A provider joined, the visit was not completed: {@code appointment.incompleted}. */
        INCOMPLETE,
        /** Provider and patient met and left: the appointment is completed unless it already is or cannot be. */
        COMPLETE
    }

    /**
     * Records what became of the appointment's video visit when its window closed, raising the appointment's event
     * ({@code appointment.lwbs}, {@code appointment.incompleted}, or {@code appointment.completed} when this
     * completes it). The visits context calls this once per visit.
     */
    void recordCallOutcome(long organizationId, long appointmentId, CallOutcome outcome);
}
