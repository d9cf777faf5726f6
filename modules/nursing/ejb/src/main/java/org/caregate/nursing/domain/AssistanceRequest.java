package org.caregate.nursing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.caregate.kernel.error.InvalidInputException;

/**
 * A call for a virtual nurse from a care location, by its device or by the hospital's EHR. It waits (incomplete)
 * until a nurse accepts it (assigned); the nurse may then start an audio/video session with the room (in progress,
 * at most one session per request); it ends when the nurse finishes it (completed) or anyone cancels it, which
 * ends its session too. While open it is the care location's current request: a location has at most one.
 */
@Entity
@Table(name = "assistance_request")
public class AssistanceRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "care_location_id", nullable = false, updatable = false)
    private long careLocationId;

    @Column(name = "patient_id", updatable = false)
    private Long patientId;

    @Column(nullable = false)
    private String status;

    @Column(name = "assigned_to")
    private Long assignedTo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "session_visit_id")
    private Long sessionVisitId;

    @Column(name = "session_started_at")
    private Instant sessionStartedAt;

    @Column(name = "session_ended_at")
    private Instant sessionEndedAt;

    protected AssistanceRequest() {
    }

    /** A new request from the care location, for the patient placed there (if any), waiting for a nurse. */
    public static AssistanceRequest open(CareLocation location, Instant now) {
        AssistanceRequest request = new AssistanceRequest();
        request.organizationId = location.organizationId();
        request.careLocationId = location.id();
        request.patientId = location.patientId().orElse(null);
        request.status = RequestStatus.INCOMPLETE.wire();
        request.createdAt = now;
        return request;
    }

    /** The nurse takes the waiting request on; refused once someone has, or once it is closed. */
    public void accept(long nurse) {
        if (status() != RequestStatus.INCOMPLETE) {
            throw refused(status() == RequestStatus.ASSIGNED || status() == RequestStatus.IN_PROGRESS
                    ? "has already been accepted" : closed());
        }
        this.assignedTo = nurse;
        this.status = RequestStatus.ASSIGNED.wire();
    }

    /**
     * The nurse who accepted the request is in an audio/video session with the room, held as the video visit
     * {@code visitId}; refused unless the request is assigned (a session was started already, or it is closed).
     */
    public void startSession(long visitId, Instant now) {
        requireSessionStartable();
        this.sessionVisitId = visitId;
        this.sessionStartedAt = now;
        this.status = RequestStatus.IN_PROGRESS.wire();
    }

    /** Refuses unless a session can be started now: the request is assigned and has no session yet. */
    public void requireSessionStartable() {
        if (status() != RequestStatus.ASSIGNED) {
            throw refused(switch (status()) {
                case INCOMPLETE -> "must be accepted before a session is started";
                case IN_PROGRESS -> "already has a session";
                default -> closed();
            });
        }
    }

    /** The request was dealt with; only an accepted request (with or without a session) can be. */
    public void finish(Instant now) {
        if (status() != RequestStatus.ASSIGNED && status() != RequestStatus.IN_PROGRESS) {
            throw refused(status() == RequestStatus.INCOMPLETE ? "must be accepted before it is finished" : closed());
        }
        close(RequestStatus.COMPLETED, now);
    }

    /** Nobody needs to answer the request any more. */
    public void cancel(Instant now) {
        if (!status().isOpen()) {
            throw refused(closed());
        }
        close(RequestStatus.CANCELLED, now);
    }

    private void close(RequestStatus closing, Instant now) {
        this.status = closing.wire();
        this.finishedAt = now;
        if (sessionVisitId != null && sessionEndedAt == null) {
            this.sessionEndedAt = now;
        }
    }

    private String closed() {
        return "is already " + status;
    }

    private static InvalidInputException refused(String message) {
        return new InvalidInputException("id", message);
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long careLocationId() {
        return careLocationId;
    }

    public Optional<Long> patientId() {
        return Optional.ofNullable(patientId);
    }

    public RequestStatus status() {
        return RequestStatus.of(status);
    }

    public Optional<Long> assignedTo() {
        return Optional.ofNullable(assignedTo);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    /** The video visit of the request's audio/video session, if one was started. */
    public Optional<Long> sessionVisitId() {
        return Optional.ofNullable(sessionVisitId);
    }

    public Optional<Instant> sessionStartedAt() {
        return Optional.ofNullable(sessionStartedAt);
    }

    /** When the session ended: when the request was finished or cancelled. */
    public Optional<Instant> sessionEndedAt() {
        return Optional.ofNullable(sessionEndedAt);
    }
}
