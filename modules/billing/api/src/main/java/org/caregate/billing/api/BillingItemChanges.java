package org.caregate.billing.api;

/** {@code updateBillingItem}'s input as the client sent it; fields left out stay as they are. */
public record BillingItemChanges(String id, String amountPaid, String senderId, String recipientId, String note,
                                 String paymentMedium, String createdAt, String chosenRefundAmount,
                                 Boolean resendPayment, Boolean resendReceipt, String stripeIdempotencyKey,
                                 Boolean isPaused, Boolean isCanceled, String newPaymentDate) {
}
