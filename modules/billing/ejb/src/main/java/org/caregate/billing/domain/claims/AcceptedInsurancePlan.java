package org.caregate.billing.domain.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A plan of the catalogue an organization accepts. */
@Entity
@Table(name = "accepted_insurance_plan")
public class AcceptedInsurancePlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "insurance_plan_id", nullable = false, updatable = false)
    private long insurancePlanId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AcceptedInsurancePlan() {
    }

    public AcceptedInsurancePlan(long organizationId, long insurancePlanId, Instant now) {
        this.organizationId = organizationId;
        this.insurancePlanId = insurancePlanId;
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long insurancePlanId() {
        return insurancePlanId;
    }
}
