package org.caregate.visits.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A teleconsultation (the teleconsultation service's room): an appointment held by video for an expected number
 * of participants. Its room exists once every participant is known, and only if at least one of them is
 * privileged (a "plus" user: a provider or staff member, or given a clinician's group); from the immutable
 * period before the start it can no longer be changed.
 */
@Entity
@Table(name = "teleconsultation")
public class Teleconsultation {

    @Id
    private UUID id;

    @Column(name = "appointment_id", nullable = false, updatable = false)
    private long appointmentId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "expected_participants", nullable = false)
    private int expectedParticipants;

    @Column(nullable = false)
    private String state = "ACTIVE";

    @ElementCollection
    @CollectionTable(name = "teleconsultation_participant", joinColumns = @JoinColumn(name = "teleconsultation_id"))
    @OrderColumn(name = "position")
    private List<Participant> participants = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Teleconsultation() {
    }

    public static Teleconsultation forAppointment(long organizationId, long appointmentId, int expected,
                                                  List<Participant> known, Instant now) {
        Teleconsultation room = new Teleconsultation();
        room.id = UUID.randomUUID();
        room.organizationId = organizationId;
        room.appointmentId = appointmentId;
        room.createdAt = now;
        room.expect(expected, known);
        return room;
    }

    /** Replaces the expected number and the known participants. */
    public void expect(int expected, List<Participant> known) {
        this.expectedParticipants = expected;
        this.participants = new ArrayList<>(known);
    }

    public void add(Participant participant) {
        participants.add(participant);
    }

    public void trash() {
        this.state = "TRASH";
    }

    public boolean isTrashed() {
        return "TRASH".equals(state);
    }

    /** Every expected participant is known: the room can exist. */
    public boolean isComplete() {
        return participants.size() >= expectedParticipants;
    }

    public boolean hasPrivilegedParticipant() {
        return participants.stream().anyMatch(Participant::privileged);
    }

    public boolean includes(long userId) {
        return participants.stream().anyMatch(p -> p.userId() == userId);
    }

    public UUID id() {
        return id;
    }

    public long appointmentId() {
        return appointmentId;
    }

    public long organizationId() {
        return organizationId;
    }

    public int expectedParticipants() {
        return expectedParticipants;
    }

    public List<Participant> participants() {
        return List.copyOf(participants);
    }

    /** A known participant: the Caregate user, the id the caller named them by, and what the frontend shows. */
    @Embeddable
    public static class Participant {

        @Column(name = "user_id", nullable = false)
        private long userId;

        @Column(name = "user_external_id", nullable = false)
        private String userExternalId;

        @Column(nullable = false)
        private boolean privileged;

        @Column(name = "full_name")
        private String fullName;

        private String language;

        protected Participant() {
        }

        public Participant(long userId, String userExternalId, boolean privileged, String fullName, String language) {
            this.userId = userId;
            this.userExternalId = userExternalId;
            this.privileged = privileged;
            this.fullName = fullName;
            this.language = language;
        }

        public long userId() {
            return userId;
        }

        public String userExternalId() {
            return userExternalId;
        }

        public boolean privileged() {
            return privileged;
        }

        public String fullName() {
            return fullName;
        }

        public String language() {
            return language;
        }
    }
}
