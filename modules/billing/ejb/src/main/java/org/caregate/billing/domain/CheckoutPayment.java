package org.caregate.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A booking paid for at checkout: the payment (a billing item) and how far the checkout got. It is recorded with the
 * payment's intent, before the card is charged ({@link State#CHARGING}); then the slot is booked with the charge
 * ({@link State#BOOKED}), or the card was declined ({@link State#DECLINED}), or the booking was refused after the
 * charge and the charge is given back ({@link State#REFUNDING}, then {@link State#REFUNDED} once the refund is asked
 * for). A checkout still charging or refunding after {@code settle_after} is settled by the reconciler: a charge with no
 * booking is refunded, never left standing (ADR 0032).
 */
@Entity
@Table(name = "checkout_payment")
public class CheckoutPayment {

    /** How far a paid checkout got. */
    public enum State {
        CHARGING, BOOKED, DECLINED, REFUNDING, REFUNDED
    }

    /** Why a checkout charged and then not booked gives the charge back, when the reconciler found it so. */
    public static final String UNCONFIRMED = "The payment was not confirmed in time, so the appointment was not "
            + "booked; the charge is refunded";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "billing_item_id", nullable = false, updatable = false)
    private long billingItemId;

    @Column(name = "slot_fingerprint", nullable = false, updatable = false)
    private String slotFingerprint;

    @Column(nullable = false)
    private String state;

    @Column(name = "appointment_id")
    private Long appointmentId;

    @Column(name = "refusal_field")
    private String refusalField;

    @Column(name = "refusal_message")
    private String refusalMessage;

    @Column(name = "settle_after", nullable = false)
    private Instant settleAfter;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CheckoutPayment() {
    }

    /** A checkout about to charge its payment for the slot its fingerprint names; settled by others after grace. */
    public CheckoutPayment(long organizationId, long billingItemId, String slotFingerprint, Instant now,
                           Duration grace) {
        this.organizationId = organizationId;
        this.billingItemId = billingItemId;
        this.slotFingerprint = slotFingerprint;
        this.state = State.CHARGING.name();
        this.settleAfter = now.plus(grace);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The slot was booked with the charge; nothing is left to settle. */
    public void booked(long appointment, Instant now) {
        requireState(State.CHARGING);
        this.state = State.BOOKED.name();
        this.appointmentId = appointment;
        this.updatedAt = now;
    }

    /** The card was declined: nothing was charged, nothing is booked. */
    public void declined(Instant now) {
        requireState(State.CHARGING);
        this.state = State.DECLINED.name();
        this.updatedAt = now;
    }

    /**
     * The booking was refused after the charge (or never made): the charge is to be refunded, for this reason. Left
     * refunding after {@code grace}, the reconciler asks for the refund again.
     */
    public void refunding(String field, String message, Instant now, Duration grace) {
        requireState(State.CHARGING);
        this.state = State.REFUNDING.name();
        this.refusalField = field;
        this.refusalMessage = message;
        this.settleAfter = now.plus(grace);
        this.updatedAt = now;
    }

    /** The refund was asked for (the payment's refund settles it with the gateway, ADR 0027). */
    public void refunded(Instant now) {
        if (state() == State.REFUNDING) {
            this.state = State.REFUNDED.name();
            this.updatedAt = now;
        }
    }

    /** Looked at by the reconciler: looked at again only after {@code grace}. */
    public void askAgainAfter(Instant now, Duration grace) {
        this.settleAfter = now.plus(grace);
    }

    private void requireState(State expected) {
        if (state() != expected) {
            throw new IllegalStateException("checkout " + id + " is " + state + ", not " + expected);
        }
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

    public String slotFingerprint() {
        return slotFingerprint;
    }

    public State state() {
        return State.valueOf(state);
    }

    public Long appointmentId() {
        return appointmentId;
    }

    public String refusalField() {
        return refusalField;
    }

    public String refusalMessage() {
        return refusalMessage;
    }
}
