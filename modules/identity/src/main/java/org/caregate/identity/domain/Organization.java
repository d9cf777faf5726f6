package org.caregate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A practice, hospital or company using Caregate: the namespace its people sign in to and the boundary no read
 * or write crosses. Organizations may have a parent (sub-organizations).
 */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organization() {
    }

    private Organization(String name, Long parentId, Instant createdAt) {
        this.name = Objects.requireNonNull(name);
        this.parentId = parentId;
        this.createdAt = createdAt;
    }

    /** A new top-level organization. */
    public static Organization found(String name, Instant now) {
        return new Organization(name, null, now);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Long parentId() {
        return parentId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
