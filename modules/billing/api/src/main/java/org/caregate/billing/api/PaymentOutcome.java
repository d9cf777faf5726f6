package org.caregate.billing.api;

/**
 * What a charging command answers: the payment as it stands, and, when the gateway declined, the issuer's reason
 * (the payload's {@code messages}; the payment itself keeps it as {@code failure_reason}).
 */
public record PaymentOutcome(BillingItemView item, String declineField, String declineMessage) {

    public static PaymentOutcome of(BillingItemView item) {
        return new PaymentOutcome(item, null, null);
    }

    public boolean declined() {
        return declineMessage != null;
    }
}
