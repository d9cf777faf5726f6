package org.caregate.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A credential that acts as one user: an API key an integration keeps, or a session token a person received
 * from {@code signIn}. Only a hash of the secret is kept; the secret is shown once, at issue. A key works until
 * it is revoked (and, for sessions, until it expires).
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

    /** How long a patient's API key works. */
    public static final Duration PATIENT_KEY_LIFETIME = Duration.ofDays(30);

    /** What kind of credential this is. */
    public enum Kind {
        /** Created with {@code createApiKey}; a member's lasts until revoked, a patient's for 30 days. */
        API_KEY,
        /** Returned by {@code signIn}; expires. */
        SESSION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    private String name;

    @Column(name = "displayable_key", nullable = false, updatable = false)
    private String displayableKey;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    private byte[] secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiKey() {
    }

    private ApiKey(User holder, Kind kind, String name, ApiKeySecret secret, Instant now, Instant expiresAt) {
        this.userId = Objects.requireNonNull(holder.id());
        this.organizationId = holder.organizationId();
        this.kind = kind;
        this.name = name;
        this.displayableKey = secret.displayable();
        this.secretHash = secret.hash();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /**
     * Issues an API key for the user: a member's lasts until revoked (integrations hold them), a patient's for
     * {@link #PATIENT_KEY_LIFETIME}, as a patient's key is a personal credential nobody administers.
     */
    public static ApiKey issueFor(User holder, String name, ApiKeySecret secret, Instant now) {
        return new ApiKey(holder, Kind.API_KEY, name, secret, now,
                holder.isPatient() ? now.plus(PATIENT_KEY_LIFETIME) : null);
    }

    /** Opens a sign-in session for the user that ends at {@code expiresAt}. */
    public static ApiKey openSession(User holder, ApiKeySecret secret, Instant now, Instant expiresAt) {
        return new ApiKey(holder, Kind.SESSION, null, secret, now, expiresAt);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Whether a request presenting this key at {@code now} is let in. */
    public boolean admitsAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public Long id() {
        return id;
    }

    public Long userId() {
        return userId;
    }

    public Long organizationId() {
        return organizationId;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String displayableKey() {
        return displayableKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
