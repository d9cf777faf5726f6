package org.caregate.episodes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An episode of care: one patient's course of care for one problem in an organization — covid care, a pregnancy,
 * a rehabilitation — with its dates, objective and status. Visits are grouped into it by their episode of care id.
 * Once finished or cancelled it no longer changes.
 */
@Entity
@Table(name = "episode")
public class Episode {

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String type;

    @Column(name = "from_date", nullable = false)
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EpisodeStatus status;

    private String objective;

    @Column(name = "reason_incomplete")
    private String reasonIncomplete;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Episode() {
    }

    /** A new episode of the organization's patient; it may start in any status, a closed one included. */
    public static Episode open(long organizationId, long patientId, EpisodeDetails details, Instant now) {
        Episode episode = new Episode();
        episode.id = UUID.randomUUID();
        episode.organizationId = organizationId;
        episode.patientId = patientId;
        episode.describe(details);
        episode.createdAt = now;
        episode.updatedAt = now;
        return episode;
    }

    /**
     * Replaces what the episode says with {@code details}.
     *
     * @throws EpisodeClosedException when the episode is finished or cancelled and {@code details} differ
     * @throws IllegalStatusChangeException when its status may not move to the new one
     */
    public void revise(EpisodeDetails details, Instant now) {
        if (details.equals(details())) {
            return;
        }
        if (status.terminal()) {
            throw new EpisodeClosedException(status);
        }
        if (!status.mayBecome(details.status())) {
            throw new IllegalStatusChangeException(status, details.status());
        }
        describe(details);
        this.updatedAt = now;
    }

    public EpisodeDetails details() {
        return new EpisodeDetails(name, type, from, to, status, objective, reasonIncomplete);
    }

    private void describe(EpisodeDetails details) {
        this.name = details.name();
        this.type = details.type();
        this.from = details.from();
        this.to = details.to();
        this.status = details.status();
        this.objective = details.objective();
        this.reasonIncomplete = details.reasonIncomplete();
    }

    public UUID id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long patientId() {
        return patientId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
