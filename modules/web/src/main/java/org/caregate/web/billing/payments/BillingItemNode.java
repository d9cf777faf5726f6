package org.caregate.web.billing.payments;

import org.caregate.billing.api.BillingItemView;
import org.caregate.web.graphql.Cursors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

/**
 * A payment, in Healthie's shape: {@code amount_paid} a decimal string with the currency's scale ("1234.00"),
 * {@code currency} the organization's ISO code. {@code state}, {@code amount_refunded},
 * {@code stripe_idempotency_key} and {@code deleted_at} are Caregate additions.
 */
@Name("BillingItem")
public record BillingItemNode(
        @Id @Name("id") String id,
        @Name("amount_paid") String amountPaid,
        @Name("currency") String currency,
        @Name("note") String note,
        @Name("payment_medium") String paymentMedium,
        @Name("failure_reason") @Description("The issuer's reason when the charge was declined.") String failureReason,
        @Name("state") @Description("Caregate addition: pending, succeeded, failed or outside.") String state,
        @Name("amount_refunded") @Description("Caregate addition: refunded so far, e.g. \"10.00\".") String amountRefunded,
        @Name("stripe_idempotency_key") String stripeIdempotencyKey,
        @Name("created_at") String createdAt,
        @Name("updated_at") String updatedAt,
        @Name("deleted_at") String deletedAt,
        @Name("cursor") String cursor,
        @Ignore Long senderId,
        @Ignore Long recipientId,
        @Ignore Long cardId) {

    public static BillingItemNode of(BillingItemView item) {
        return item == null ? null : new BillingItemNode(Long.toString(item.id()),
                item.amountPaid().toPlainString(), item.amountPaid().currency().getCurrencyCode(), item.note(),
                item.paymentMedium(), item.failureReason(), item.state(), item.refunded().toPlainString(),
                item.stripeIdempotencyKey(), item.createdAt().toString(), item.updatedAt().toString(),
                item.deletedAt() == null ? null : item.deletedAt().toString(), Cursors.encode(Long.toString(item.id())),
                item.senderId(), item.recipientId(), item.cardId());
    }
}
