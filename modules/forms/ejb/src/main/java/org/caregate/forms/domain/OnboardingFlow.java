package org.caregate.forms.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An onboarding flow (Healthie's OnboardingFlow): the forms an organization asks new patients to go through, in
 * order, before anything else — an intake. The patient groups that use it decide which patients meet it.
 */
@Entity
@Table(name = "onboarding_flow")
public class OnboardingFlow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OnboardingFlow() {
    }

    /** A new flow of the organization, with no items yet. */
    public static OnboardingFlow create(long organizationId, String name, Instant now) {
        OnboardingFlow flow = new OnboardingFlow();
        flow.organizationId = organizationId;
        flow.name = name;
        flow.createdAt = now;
        flow.updatedAt = now;
        return flow;
    }

    public void rename(String newName, Instant now) {
        this.name = newName;
        this.updatedAt = now;
    }

    /** Its items or groups changed. */
    public void touch(Instant now) {
        this.updatedAt = now;
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

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
