package org.caregate.billing.api;

/**
 * {@code createBillingItem}'s input as the client sent it (text and ids as strings); the facade checks every field.
 * The package, invoice, package-selection and coupon ids are checked against what can be bought (none yet: see
 * docs/billing.md).
 */
public record NewBillingItem(String amountPaid, String senderId, String recipientId, String note, String paymentMedium,
                             String createdAt, Boolean shouldCharge, String stripeCustomerDetailId,
                             String stripeIdempotencyKey, String offeringId, String requestedPaymentId,
                             String userPackageSelectionId, String offeringCouponId, String paymentDueDate) {
}
