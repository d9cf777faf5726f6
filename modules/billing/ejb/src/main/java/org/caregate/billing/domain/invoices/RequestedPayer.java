package org.caregate.billing.domain.invoices;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A payer without an account (an employer's wellness programme, a relative): the name and address an invoice is sent
 * to, and an external {@code uuid} — random, never guessable — that together with the invoice number lets them look
 * the invoice up without signing in.
 */
@Entity
@Table(name = "requested_payers")
public class RequestedPayer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false, updatable = false)
    private UUID uuid;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected RequestedPayer() {
    }

    public RequestedPayer(long organizationId, String firstName, String lastName, String email, Instant now) {
        this.organizationId = organizationId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.uuid = UUID.randomUUID();
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public UUID uuid() {
        return uuid;
    }
}
