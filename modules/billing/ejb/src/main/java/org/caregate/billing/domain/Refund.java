package org.caregate.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A refund of part of a payment: reserved on the payment first, then asked of the gateway under its own key
 * ({@code refund-<id>}), then settled — so a refund the gateway made is never lost and one it refused frees its
 * amount again.
 */
@Entity
@Table(name = "billing_item_refunds")
public class Refund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "billing_item_id", nullable = false, updatable = false)
    private long billingItemId;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String state;

    @Column(name = "gateway_refund_id")
    private String gatewayRefundId;

    @Column(name = "client_key", updatable = false)
    private String clientKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Refund() {
    }

    public Refund(long billingItemId, long organizationId, BigDecimal amount, boolean atGateway, Instant now) {
        this.billingItemId = billingItemId;
        this.organizationId = organizationId;
        this.amount = amount;
        this.state = atGateway ? PaymentState.PENDING.name() : PaymentState.OUTSIDE.name();
        this.createdAt = now;
    }

    /** The refund was asked for under the client's {@code stripe_idempotency_key}: asking again answers this one. */
    public Refund askedUnder(String key) {
        this.clientKey = key;
        return this;
    }

    public void settled(PaymentGateway.ChargeOutcome outcome) {
        if (outcome instanceof PaymentGateway.Charged charged) {
            state = PaymentState.SUCCEEDED.name();
            gatewayRefundId = charged.gatewayId();
        } else if (outcome instanceof PaymentGateway.Declined) {
            state = PaymentState.FAILED.name();
        }
    }

    /** The key the gateway knows this refund by. */
    public String idempotencyKey() {
        return "caregate-refund-" + id;
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long billingItemId() {
        return billingItemId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public PaymentState state() {
        return PaymentState.valueOf(state);
    }
}
