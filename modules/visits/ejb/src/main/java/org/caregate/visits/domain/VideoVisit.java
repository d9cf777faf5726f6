package org.caregate.visits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The video side of an appointment: one room on the video platform, entered through one link per participant.
 * The provider starts the session; until then patients wait. Once started, the session and its appointment
 * can no longer be moved or cancelled (scheduling's appointment keeps that rule; the visit keeps when the session began).
 */
@Entity
@Table(name = "video_visit")
public class VideoVisit {

    @Id
    @Column(name = "appointment_id")
    private Long appointmentId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "room_name", nullable = false, updatable = false)
    private String roomName;

    @Column(name = "session_started_at")
    private Instant sessionStartedAt;

    @Column(name = "teams_join_url")
    private String teamsJoinUrl;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "patient_arrived_at")
    private Instant patientArrivedAt;

    @Column(name = "call_hold")
    private String callHold;

    @Column(name = "close_check_at")
    private Instant closeCheckAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "call_outcome")
    private String callOutcome;

    protected VideoVisit() {
    }

    /** Opens a room for the appointment, named so that nobody can guess it. */
    public static VideoVisit openFor(long organizationId, long appointmentId, Instant now) {
        VideoVisit visit = new VideoVisit();
        visit.appointmentId = appointmentId;
        visit.organizationId = organizationId;
        visit.roomName = "caregate-" + UUID.randomUUID().toString().replace("-", "");
        visit.createdAt = now;
        return visit;
    }

    /** The provider starts the session; starting it again changes nothing. */
    public void startSession(Instant now) {
        if (sessionStartedAt == null) {
            sessionStartedAt = now;
        }
    }

    /** Records the Microsoft Teams meeting created for the visit's provider. */
    public void holdAlsoOnTeams(String joinUrl) {
        this.teamsJoinUrl = joinUrl;
    }

    /**
     * The patient arrived (opened the visit page while the window is open); the first arrival counts.
     *
     * @return whether this is the first arrival
     */
    public boolean recordPatientArrival(Instant now) {
        if (patientArrivedAt != null) {
            return false;
        }
        patientArrivedAt = now;
        return true;
    }

    /** Asks the sweeper to look at the visit when its window closes ({@code null}: a window that never closes). */
    public void checkWhenClosing(Instant closesAt) {
        if (closedAt == null) {
            closeCheckAt = closesAt;
        }
    }

    /**
     * Staff hold the call ("on hold", "finalizing") or, with {@code null}, release it.
     *
     * @throws IllegalStateException once the visit is closed
     */
    public void hold(CallStatus status) {
        if (closedAt != null) {
            throw new IllegalStateException("the visit is closed");
        }
        callHold = status == null ? null : status.soloName();
    }

    /** The window closed: what the call came to is recorded ({@code null} when nobody came) and the visit is closed. */
    public void close(CallStatus outcome, Instant now) {
        closedAt = now;
        closeCheckAt = null;
        callOutcome = outcome == null ? null : outcome.soloName();
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Instant patientArrivedAt() {
        return patientArrivedAt;
    }

    /** The hold staff set, if any. */
    public CallStatus callHold() {
        return CallStatus.named(callHold).orElse(null);
    }

    /** What the call came to when the window closed, if it is closed and somebody came. */
    public CallStatus callOutcome() {
        return CallStatus.named(callOutcome).orElse(null);
    }

    public Instant closeCheckAt() {
        return closeCheckAt;
    }

    public String teamsJoinUrl() {
        return teamsJoinUrl;
    }

    public boolean isStarted() {
        return sessionStartedAt != null;
    }

    public Long appointmentId() {
        return appointmentId;
    }

    public long organizationId() {
        return organizationId;
    }

    public String roomName() {
        return roomName;
    }
}
