package org.caregate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A group of an organization's patients ("Discovery Patients"). A patient is in at most one group; a person
 * signing up with the group's invite code joins it.
 */
@Entity
@Table(name = "user_group")
public class UserGroup {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Column(nullable = false)
    private String name;

    @Column(name = "invite_code", nullable = false, updatable = false)
    private String inviteCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected UserGroup() {
    }

    private UserGroup(long organizationId, String name, Instant now) {
        this.organizationId = organizationId;
        this.name = name;
        this.inviteCode = HexFormat.of().formatHex(randomBytes());
        this.createdAt = now;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Forms a new group with a fresh invite code. */
    public static UserGroup form(long organizationId, String name, Instant now) {
        return new UserGroup(organizationId, name, now);
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public Long id() {
        return id;
    }

    public Long organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public String inviteCode() {
        return inviteCode;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
