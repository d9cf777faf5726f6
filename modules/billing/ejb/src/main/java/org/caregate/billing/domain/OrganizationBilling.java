package org.caregate.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Currency;

/**
 * An organization's billing settings, kept once it changes one of them: the currency it bills in. Written by the
 * repository's upsert; read here.
 */
@Entity
@Table(name = "organization_billing")
public class OrganizationBilling {

    @Id
    @Column(name = "organization_id")
    private long organizationId;

    @Column(nullable = false)
    private String currency;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OrganizationBilling() {
    }

    public OrganizationBilling(long organizationId, Currency currency, Instant now) {
        this.organizationId = organizationId;
        this.currency = currency.getCurrencyCode();
        this.updatedAt = now;
    }

    public long organizationId() {
        return organizationId;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }
}
