package org.caregate.billing.api;

import java.time.Instant;

/**
 * A payment: what was paid (or tried), by whom, to whom, on which card, and what became of it.
 *
 * @param state    {@code pending} (charging, or awaiting the gateway's answer), {@code succeeded}, {@code failed}
 *                 (declined: see {@code failureReason}) or {@code outside} (recorded, not charged here)
 * @param refunded what has been refunded of it so far
 */
public record BillingItemView(long id, Money amountPaid, Money refunded, String state, String failureReason,
                              Long senderId, Long recipientId, Long cardId, String note, String paymentMedium,
                              String stripeIdempotencyKey, Instant createdAt, Instant updatedAt, Instant deletedAt) {
}
