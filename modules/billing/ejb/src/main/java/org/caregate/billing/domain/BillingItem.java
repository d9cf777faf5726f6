package org.caregate.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;

/**
 * A payment (Healthie's {@code BillingItem}): an amount a patient paid or was charged, in the organization's currency.
 * A charge is recorded as an intent before the gateway is asked ({@link PaymentState#PENDING}, with the key the gateway
 * is asked under) and settled by the gateway's answer; an intent nobody settled — the server stopped, the answer was
 * lost — is settled by the reconciler asking again under the same key (ADR 0027). Refunds are reserved against what
 * was paid and not refunded yet. {@code settleGrace} is how long an intent is left to the request that made it
 * before the reconciler asks the gateway itself, so two refunds together never exceed the payment.
 */
@Entity
@Table(name = "billing_items")
public class BillingItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "sender_id", nullable = false)
    private long senderId;

    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "card_id")
    private Long cardId;

    @Column(name = "offering_id", updatable = false)
    private Long offeringId;

    @Column(name = "requested_payment_id", updatable = false)
    private Long requestedPaymentId;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal refunded;

    @Column(nullable = false)
    private String state;

    @Column(name = "failure_reason")
    private String failureReason;

    private String note;

    @Column(name = "payment_medium")
    private String paymentMedium;

    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;

    @Column(nullable = false, updatable = false)
    private String fingerprint;

    @Column(name = "charge_key")
    private String chargeKey;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "gateway_charge_id")
    private String gatewayChargeId;

    @Column(name = "reconcile_after")
    private Instant reconcileAfter;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "recurring_payment_id")
    private Long recurringPaymentId;

    @Column(name = "recurring_period")
    private Integer recurringPeriod;

    protected BillingItem() {
    }

    /**
     * A new payment: a charge intent (pending, to be charged under {@code chargeKey}) when {@code chargeKey} is given,
     * else a payment recorded as made outside.
     */
    public BillingItem(long organizationId, long senderId, Long recipientId, Long cardId, BigDecimal amount,
                       Currency currency, String note,
                       String paymentMedium, String idempotencyKey, String fingerprint, String chargeKey,
                       Instant createdAt, Instant now, Duration settleGrace) {
        this.organizationId = organizationId;
        this.senderId = senderId;
        this.recipientId = recipientId;
        this.cardId = cardId;
        this.amount = amount;
        this.currency = currency.getCurrencyCode();
        this.refunded = BigDecimal.ZERO.setScale(amount.scale());
        this.note = note;
        this.paymentMedium = paymentMedium;
        this.idempotencyKey = idempotencyKey;
        this.fingerprint = fingerprint;
        this.chargeKey = chargeKey;
        this.attempts = chargeKey == null ? 0 : 1;
        this.state = (chargeKey == null ? PaymentState.OUTSIDE : PaymentState.PENDING).name();
        this.reconcileAfter = chargeKey == null ? null : now.plus(settleGrace);
        this.createdAt = createdAt != null ? createdAt : now;
        this.updatedAt = now;
    }

    /** This payment buys the organization's package: its credits go to the sender once the payment is made. */
    public void buys(long offering) {
        this.offeringId = offering;
    }

    /** The package this payment buys, if any. */
    public Long offeringId() {
        return offeringId;
    }

    /** This payment pays (part of) the organization's invoice. */
    public void pays(long requestedPayment) {
        this.requestedPaymentId = requestedPayment;
    }

    /** The invoice this payment pays, if any. */
    public Long requestedPaymentId() {
        return requestedPaymentId;
    }

    /** This payment is period {@code period} of the recurring payment {@code recurringPayment} (the purchase is 1). */
    public void paysPeriod(long recurringPayment, int period) {
        this.recurringPaymentId = recurringPayment;
        this.recurringPeriod = period;
    }

    /** The recurring payment this payment is a period of, if any. */
    public Long recurringPaymentId() {
        return recurringPaymentId;
    }

    /** Which period of its recurring payment this payment is; {@code null} when it is not part of one. */
    public Integer recurringPeriod() {
        return recurringPeriod;
    }

    /** Paid: charged at the gateway, or recorded as paid outside it. */
    public boolean isPaid() {
        return state() == PaymentState.SUCCEEDED || state() == PaymentState.OUTSIDE;
    }

    /** The gateway did not answer a reconciler's question either: asked again after {@code wait}. */
    public void askAgainAfter(Instant now, Duration wait) {
        reconcileAfter = now.plus(wait);
    }

    /**
     * Records the gateway's answer to the pending charge: charged or declined. An unknown answer changes nothing (the
     * reconciler asks again later). Answers whether the payment changed — a second answer to a settled charge does not.
     */
    public boolean settle(PaymentGateway.ChargeOutcome outcome, Instant now) {
        if (state() != PaymentState.PENDING) {
            return false;
        }
        if (outcome instanceof PaymentGateway.Charged charged) {
            state = PaymentState.SUCCEEDED.name();
            gatewayChargeId = charged.gatewayId();
            failureReason = null;
        } else if (outcome instanceof PaymentGateway.Declined declined) {
            state = PaymentState.FAILED.name();
            failureReason = declined.reason() == null || declined.reason().length() <= 500 ? declined.reason()
                    : declined.reason().substring(0, 500);
        } else {
            return false;
        }
        reconcileAfter = null;
        updatedAt = now;
        return true;
    }

    /**
     * {@code resend_payment}: a declined payment is charged again, under a new key (the gateway remembers the first
     * key's decline and would only repeat it). Only a failed payment may be resent.
     */
    public void retry(String newChargeKey, Instant now, Duration settleGrace) {
        if (state() != PaymentState.FAILED) {
            throw new IllegalStateException("only a failed payment is charged again");
        }
        state = PaymentState.PENDING.name();
        chargeKey = newChargeKey;
        attempts++;
        reconcileAfter = now.plus(settleGrace);
        updatedAt = now;
    }

    /** What may still be refunded: what was paid less what was refunded (or is being refunded). */
    public BigDecimal refundable() {
        PaymentState s = state();
        if (s != PaymentState.SUCCEEDED && s != PaymentState.OUTSIDE) {
            return BigDecimal.ZERO.setScale(amount.scale());
        }
        return amount.subtract(refunded);
    }

    /** Reserves a refund of {@code wanted}; refused (false) when it is more than {@link #refundable()}. */
    public boolean reserveRefund(BigDecimal wanted, Instant now) {
        if (wanted.signum() <= 0 || wanted.compareTo(refundable()) > 0) {
            return false;
        }
        refunded = refunded.add(wanted);
        updatedAt = now;
        return true;
    }

    /** A reserved refund the gateway refused: it is released. */
    public void releaseRefund(BigDecimal reserved, Instant now) {
        refunded = refunded.subtract(reserved).max(BigDecimal.ZERO);
        updatedAt = now;
    }

    /** Edits of the payment's descriptive fields (amount only while it was recorded as outside, never charged). */
    public void describe(String newNote, String newMedium, Long newRecipient, Instant now) {
        if (newNote != null) {
            note = newNote;
        }
        if (newMedium != null) {
            paymentMedium = newMedium;
        }
        if (newRecipient != null) {
            recipientId = newRecipient;
        }
        updatedAt = now;
    }

    /** Corrects the amount of a payment recorded as outside (never of a charge) — not below what was refunded. */
    public boolean correctOutsideAmount(BigDecimal newAmount, Instant now) {
        if (state() != PaymentState.OUTSIDE || newAmount.compareTo(refunded) < 0) {
            return false;
        }
        amount = newAmount;
        updatedAt = now;
        return true;
    }

    public void delete(Instant now) {
        if (deletedAt == null) {
            deletedAt = now;
            updatedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long senderId() {
        return senderId;
    }

    public Long recipientId() {
        return recipientId;
    }

    public Long cardId() {
        return cardId;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    /** What was paid (or charged), in {@link #currency()}, with its scale. */
    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal refunded() {
        return refunded;
    }

    public PaymentState state() {
        return PaymentState.valueOf(state);
    }

    public String failureReason() {
        return failureReason;
    }

    public String note() {
        return note;
    }

    public String paymentMedium() {
        return paymentMedium;
    }

    public String idempotencyKey() {
        return idempotencyKey;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String chargeKey() {
        return chargeKey;
    }

    public int attempts() {
        return attempts;
    }

    public String gatewayChargeId() {
        return gatewayChargeId;
    }

    public Instant reconcileAfter() {
        return reconcileAfter;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant deletedAt() {
        return deletedAt;
    }
}
