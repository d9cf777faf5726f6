package org.caregate.visits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stay in a visit through one link: when the participant joined and, once they did, left. */
@Entity
@Table(name = "visit_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String token;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected Attendance() {
    }

    public static Attendance join(String token, Instant now) {
        Attendance attendance = new Attendance();
        attendance.token = token;
        attendance.joinedAt = now;
        return attendance;
    }

    /** The participant left; a second leave (a repeated beacon) changes nothing. */
    public void leave(Instant now) {
        if (leftAt == null) {
            leftAt = now.isBefore(joinedAt) ? joinedAt : now;
        }
    }

    public Long id() {
        return id;
    }

    public String token() {
        return token;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant leftAt() {
        return leftAt;
    }
}
