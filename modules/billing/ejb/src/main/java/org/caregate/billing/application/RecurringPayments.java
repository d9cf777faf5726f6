package org.caregate.billing.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.caregate.billing.domain.BillingItem;
import org.caregate.billing.domain.ChargeFingerprint;
import org.caregate.billing.domain.Offering;
import org.caregate.billing.domain.OfferingRepository;
import org.caregate.billing.domain.RecurringPayment;
import org.caregate.billing.domain.RecurringPaymentRepository;
import org.caregate.kernel.Caller;
import org.caregate.kernel.Privileges;
import org.caregate.kernel.error.InvalidInputException;

/**
 * Recurring payments as payments see them, in the caller's transaction: a package purchase that starts one (seed 001:
 * a package whose billing frequency is not One-Time, bought without {@code payment_due_date}), the changes
 * {@code updateBillingItem} makes to one through any of its payments, and the periods that fell due.
 */
@Dependent
public class RecurringPayments {

    @Inject
    RecurringPaymentRepository schedules;

    @Inject
    OfferingRepository offerings;

    /** A period opened: its billing item, to be stored and charged. */
    record Period(BillingItem item) {
    }

    /**
     * Starts the recurring payment {@code purchase} (not yet stored, charged on {@code cardId}) is the first period of,
     * when the package it buys has a billing frequency and a price to charge again; a free or one-time package is
     * billed once.
     */
    void startIfRecurring(BillingItem purchase, long offeringId, long cardId, Instant now) {
        Offering offering = offerings.find(purchase.organizationId(), offeringId).orElse(null);
        if (offering == null || !offering.frequency().isRecurring() || offering.price().signum() <= 0) {
            return;
        }
        RecurringPayment schedule = schedules.add(new RecurringPayment(purchase.organizationId(), offeringId,
                purchase.senderId(), purchase.recipientId(), cardId, offering.price(), purchase.currency(),
                offering.frequency(), now));
        purchase.paysPeriod(schedule.id(), 1);
    }

    /**
     * Applies {@code is_paused}, {@code is_canceled} and {@code new_payment_date} to the recurring payment
     * {@code item} is part of, locked; answers the item's changed fields for its event. An item that is not part of
     * one is refused, as is any change but cancelling of a cancelled one.
     */
    List<String> change(BillingItem item, PaymentInputs.Changes changes, Instant now) {
        String field = changes.paused() != null ? "is_paused" : changes.canceled() ? "is_canceled" : "new_payment_date";
        if (item.recurringPaymentId() == null) {
            throw new InvalidInputException(field, "This payment is not part of a recurring payment");
        }
        RecurringPayment schedule = schedules.lock(item.organizationId(), item.recurringPaymentId())
                .orElseThrow(() -> new InvalidInputException(field, "This payment is not part of a recurring payment"));
        boolean changed = false;
        if (schedule.state() == RecurringPayment.State.CANCELED
                && (changes.paused() != null || changes.newPaymentDate() != null)) {
            throw new InvalidInputException(field, "The recurring payment was cancelled");
        }
        if (changes.newPaymentDate() != null) {
            Instant at = changes.newPaymentDate();
            if (!at.isAfter(now) || at.isAfter(RecurringPayment.latestNextPayment(now))) {
                throw new InvalidInputException("new_payment_date", "must be in the future, at most a year ahead");
            }
            schedule.moveNextPayment(at, now);
            changed = true;
        }
        if (changes.paused() != null) {
            changed |= changes.paused() ? schedule.pause(now) : schedule.resume(now);
        }
        if (changes.canceled()) {
            changed |= schedule.cancel(now);
        }
        return changed ? List.of("recurring_payment") : List.of();
    }

    /**
     * Claims up to {@code limit} due recurring payments and opens each one's next period: a pending payment of the
     * period's amount on the purchase's card, under the key derived from the recurring payment and the period.
     */
    List<Period> openDue(Instant now, int limit, Duration settleGrace) {
        List<Period> opened = new ArrayList<>();
        for (RecurringPayment schedule : schedules.claimDue(now, limit)) {
            int period = schedule.beginNextPeriod(now);
            BillingItem item = new BillingItem(schedule.organizationId(), schedule.patientId(),
                    schedule.recipientId(), schedule.cardId(), schedule.amount(), schedule.currency(), null, null,
                    null, ChargeFingerprint.of(schedule.id(), period, schedule.amount().toPlainString(),
                    schedule.currency().getCurrencyCode(), schedule.cardId()), schedule.chargeKey(period), null, now,
                    settleGrace);
            item.buys(schedule.offeringId());
            item.paysPeriod(schedule.id(), period);
            opened.add(new Period(item));
        }
        return opened;
    }

    /** Caregate itself charging a period for the organization (audit and events name no user). */
    static Caller system(long organizationId) {
        return new Caller(null, organizationId, null, Privileges.NONE, "billing-recurring", null);
    }
}
