package org.caregate.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A label a provider or staff member attaches to patients ("High risk"), to find them and to trigger work for
 * them. Tag names are unique per owning member; a patient may carry any number of tags.
 */
@Entity
@Table(name = "tag")
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(name = "owner_user_id", nullable = false, updatable = false)
    private Long ownerUserId;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "applied_tag", joinColumns = @JoinColumn(name = "tag_id"))
    @Column(name = "user_id")
    private Set<Long> taggedUserIds = new LinkedHashSet<>();

    protected Tag() {
    }

    private Tag(long organizationId, long ownerUserId, String name, Instant now) {
        this.organizationId = organizationId;
        this.ownerUserId = ownerUserId;
        this.name = name;
        this.createdAt = now;
    }

    /** A new tag owned by the member who creates it. */
    public static Tag create(long organizationId, long ownerUserId, String name, Instant now) {
        return new Tag(organizationId, ownerUserId, name, now);
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** Attaches the tag to a user; attaching it twice changes nothing. */
    public void applyTo(long userId) {
        taggedUserIds.add(userId);
    }

    /** Detaches the tag from a user; returns whether it was attached. */
    public boolean removeFrom(long userId) {
        return taggedUserIds.remove(userId);
    }

    public Long id() {
        return id;
    }

    public Long organizationId() {
        return organizationId;
    }

    public Long ownerUserId() {
        return ownerUserId;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Long> taggedUserIds() {
        return Collections.unmodifiableSet(taggedUserIds);
    }
}
