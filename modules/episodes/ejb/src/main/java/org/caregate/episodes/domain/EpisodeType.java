package org.caregate.episodes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An entry of an organization's catalogue of episode types (covid, maternity, rehabilitation …): once an
 * organization has any, its episodes are of one of them.
 */
@Entity
@Table(name = "episode_type")
public class EpisodeType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected EpisodeType() {
    }

    public EpisodeType(long organizationId, String name, Instant now) {
        this.organizationId = organizationId;
        this.name = name;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }
}
