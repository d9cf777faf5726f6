package org.caregate.billing.domain.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A payer of the catalogue shipped with Caregate, shared by every organization; read only. */
@Entity
@Table(name = "insurance_plan")
public class InsurancePlan {

    @Id
    private long id;

    @Column(name = "payer_id", nullable = false, updatable = false)
    private String payerId;

    @Column(name = "payer_name", nullable = false, updatable = false)
    private String payerName;

    protected InsurancePlan() {
    }

    public long id() {
        return id;
    }

    public String payerId() {
        return payerId;
    }

    public String payerName() {
        return payerName;
    }
}
