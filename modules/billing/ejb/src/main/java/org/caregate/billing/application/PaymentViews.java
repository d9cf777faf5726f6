package org.caregate.billing.application;

import org.caregate.billing.api.BillingItemView;
import org.caregate.billing.api.CardView;
import org.caregate.billing.api.Money;
import org.caregate.billing.domain.BillingItem;
import org.caregate.billing.domain.StripeCustomerDetail;

/** Payments and cards as the API shows them. */
final class PaymentViews {

    private PaymentViews() {
    }

    static BillingItemView of(BillingItem item) {
        return new BillingItemView(item.id(), new Money(item.amount(), item.currency()),
                new Money(item.refunded(), item.currency()), item.state().wire(),
                item.failureReason(), item.senderId(), item.recipientId(), item.cardId(), item.note(),
                item.paymentMedium(), item.idempotencyKey(), item.createdAt(), item.updatedAt(), item.deletedAt());
    }

    static CardView of(StripeCustomerDetail card) {
        return new CardView(card.id(), card.patientId(), card.cardTypeLabel(), card.isDefault(), card.brand(),
                card.lastFour(), card.expMonth(), card.expYear(), card.createdAt());
    }
}
