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
