package org.caregate.billing.application;

import java.time.Instant;
import java.util.Map;
import org.caregate.billing.api.Money;
import org.caregate.billing.domain.ChargeFingerprint;
import org.caregate.billing.domain.Purchasables;

/**
 * A {@code createBillingItem} whose every field has been read and bounded (see {@link PaymentInputs}); the people,
 * card and purchasables it names are checked against the organization when it is recorded. {@code billedOnce}: a
 * package with a billing frequency is charged once, not every period — a {@code payment_due_date} was sent (seed 001),
 * or the payment is a checkout's (a checkout whose booking fails is refunded; a recurring payment would charge on).
 */
record ChargeCommand(Money amount, long senderId, Long recipientId, Long cardId, String note, String paymentMedium,
                     Instant createdAt, boolean shouldCharge, String idempotencyKey,
                     Map<Purchasables.Kind, Long> purchasables, boolean billedOnce) {

    /** The same payment at the price of what it buys, for a payment that named no amount. */
    ChargeCommand at(Money price) {
        return new ChargeCommand(price, senderId, recipientId, cardId, note, paymentMedium, createdAt, shouldCharge,
                idempotencyKey, purchasables, billedOnce);
    }

    /** What the idempotency key promises: the same payment, not merely the same key. */
    String fingerprint() {
        return ChargeFingerprint.of(senderId, amount.amount().toPlainString(), amount.currency().getCurrencyCode(),
                cardId, shouldCharge, recipientId, purchasables.get(Purchasables.Kind.OFFERING),
                purchasables.get(Purchasables.Kind.REQUESTED_PAYMENT),
                purchasables.get(Purchasables.Kind.USER_PACKAGE_SELECTION),
                purchasables.get(Purchasables.Kind.OFFERING_COUPON));
    }
}
