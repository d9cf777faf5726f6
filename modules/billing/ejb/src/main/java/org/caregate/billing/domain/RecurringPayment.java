package org.caregate.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Currency;

/**
 * Healthie's {@code RecurringPayment}: a package with a billing frequency, bought with a charge and no payment due
 * date, charged again every period on the patient's card at the package's price. The purchase is period 1; each later
 * period is one billing item, made when its date comes and charged under {@link #chargeKey(int)} — the same key however
 * often the period is tried, so a period is charged once.
 *
 * <p>Dates are counted from an anchor (the purchase, or the date a member moved the next payment to) in whole steps of
 * the frequency, in UTC: months are added to the anchor, not to the previous date, so a payment anchored on 31 January
 * falls on 28 (29) February and 31 March again. A paused payment is not charged; resumed, it continues from its next
 * date still to come — the dates it was paused over are skipped, not charged late. A server away over several dates
 * charges one period when it returns and continues from the next date to come. Cancelled is for good.
 */
@Entity
@Table(name = "recurring_payment")
public class RecurringPayment {

    /** Where a recurring payment stands. */
    public enum State {
        ACTIVE, PAUSED, CANCELED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "offering_id", nullable = false, updatable = false)
    private long offeringId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "recipient_id", updatable = false)
    private Long recipientId;

    @Column(name = "card_id", nullable = false, updatable = false)
    private long cardId;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, length = 3, updatable = false)
    private String currency;

    @Column(nullable = false, updatable = false)
    private String frequency;

    @Column(name = "anchor_at", nullable = false)
    private Instant anchorAt;

    @Column(name = "next_step", nullable = false)
    private int nextStep;

    @Column(name = "next_payment_at", nullable = false)
    private Instant nextPaymentAt;

    @Column(name = "last_period", nullable = false)
    private int lastPeriod;

    @Column(nullable = false)
    private String state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected RecurringPayment() {
    }

    /**
     * The recurring payment a package purchase starts: the purchase at {@code purchasedAt} is period 1, the next is
     * one step of {@code frequency} later, at {@code periodAmount} (the package's price) on the purchase's card.
     */
    public RecurringPayment(long organizationId, long offeringId, long patientId, Long recipientId, long cardId,
                            BigDecimal periodAmount, Currency currency, BillingFrequency frequency,
                            Instant purchasedAt) {
        if (!frequency.isRecurring()) {
            throw new IllegalArgumentException("a one-time package is not charged again");
        }
        this.organizationId = organizationId;
        this.offeringId = offeringId;
        this.patientId = patientId;
        this.recipientId = recipientId;
        this.cardId = cardId;
        this.amount = periodAmount;
        this.currency = currency.getCurrencyCode();
        this.frequency = frequency.label();
        this.anchorAt = purchasedAt;
        this.nextStep = 1;
        this.nextPaymentAt = dateAt(frequency, purchasedAt, 1);
        this.lastPeriod = 1;
        this.state = State.ACTIVE.name();
        this.createdAt = purchasedAt;
        this.updatedAt = purchasedAt;
    }

    /** The date {@code steps} steps of {@code frequency} after {@code anchor}, in UTC, months clamped to month ends. */
    public static Instant dateAt(BillingFrequency frequency, Instant anchor, int steps) {
        ZonedDateTime from = anchor.atZone(ZoneOffset.UTC);
        ZonedDateTime at = switch (frequency) {
            case WEEKLY -> from.plusWeeks(steps);
            case EVERY_TWO_WEEKS -> from.plusWeeks(2L * steps);
            case MONTHLY -> from.plusMonths(steps);
            case EVERY_THREE_MONTHS -> from.plusMonths(3L * steps);
            case EVERY_SIX_MONTHS -> from.plusMonths(6L * steps);
            case YEARLY -> from.plusYears(steps);
            case ONE_TIME -> throw new IllegalArgumentException("a one-time package has no next date");
        };
        return at.toInstant();
    }

    /** The idempotency key period {@code period} of this recurring payment is charged under (its first attempt). */
    public String chargeKey(int period) {
        return periodKey(id, period);
    }

    /** The key a period is first charged under: derived from the recurring payment and the period, nothing else. */
    public static String periodKey(long recurringPaymentId, int period) {
        return "caregate-recurring-" + recurringPaymentId + "-period-" + period;
    }

    /** Due: active and its next date has come. */
    public boolean isDue(Instant now) {
        return state() == State.ACTIVE && !nextPaymentAt.isAfter(now);
    }

    /**
     * Opens the next period, due now: answers its number and moves the next date to the first one still to come.
     * Refused when the payment is not due (paused, cancelled, or its date still to come).
     */
    public int beginNextPeriod(Instant now) {
        if (!isDue(now)) {
            throw new IllegalStateException("recurring payment " + id + " is not due");
        }
        lastPeriod++;
        nextStep++;
        skipPast(now);
        updatedAt = now;
        return lastPeriod;
    }

    /** {@code is_paused: true}: no period is charged until resumed. Answers whether it changed. */
    public boolean pause(Instant now) {
        requireNotCanceled();
        if (state() == State.PAUSED) {
            return false;
        }
        state = State.PAUSED.name();
        updatedAt = now;
        return true;
    }

    /**
     * {@code is_paused: false}: charged again from its next date still to come; dates passed while paused are skipped.
     * Answers whether it changed.
     */
    public boolean resume(Instant now) {
        requireNotCanceled();
        if (state() == State.ACTIVE) {
            return false;
        }
        state = State.ACTIVE.name();
        skipPast(now);
        updatedAt = now;
        return true;
    }

    /** {@code is_canceled: true}: never charged again. Answers whether it changed. */
    public boolean cancel(Instant now) {
        if (state() == State.CANCELED) {
            return false;
        }
        state = State.CANCELED.name();
        updatedAt = now;
        return true;
    }

    /**
     * {@code new_payment_date}: the next period is charged at {@code at}, and the periods after it count from there.
     * Refused unless {@code at} is after {@code now} and at most a year ahead.
     */
    public void moveNextPayment(Instant at, Instant now) {
        requireNotCanceled();
        if (!at.isAfter(now) || at.isAfter(latestNextPayment(now))) {
            throw new IllegalArgumentException("the next payment date must be in the future, at most a year ahead");
        }
        anchorAt = at;
        nextStep = 0;
        nextPaymentAt = at;
        updatedAt = now;
    }

    /** The latest date a next payment may be moved to. */
    public static Instant latestNextPayment(Instant now) {
        return now.atZone(ZoneOffset.UTC).plusYears(1).toInstant();
    }

    private void skipPast(Instant now) {
        BillingFrequency every = frequency();
        Instant next = dateAt(every, anchorAt, nextStep);
        while (!next.isAfter(now)) {
            nextStep++;
            next = dateAt(every, anchorAt, nextStep);
        }
        nextPaymentAt = next;
    }

    private void requireNotCanceled() {
        if (state() == State.CANCELED) {
            throw new IllegalStateException("a cancelled recurring payment stays cancelled");
        }
    }

    public Long id() {
        return id;
    }

    public long organizationId() {
        return organizationId;
    }

    public long offeringId() {
        return offeringId;
    }

    public long patientId() {
        return patientId;
    }

    public Long recipientId() {
        return recipientId;
    }

    public long cardId() {
        return cardId;
    }

    /** What each period after the first is charged. */
    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public BillingFrequency frequency() {
        return BillingFrequency.ofLabel(frequency);
    }

    /** When the next period is charged (while active). */
    public Instant nextPaymentAt() {
        return nextPaymentAt;
    }

    /** The number of the last period a billing item was made for; the purchase is 1. */
    public int lastPeriod() {
        return lastPeriod;
    }

    public State state() {
        return State.valueOf(state);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
