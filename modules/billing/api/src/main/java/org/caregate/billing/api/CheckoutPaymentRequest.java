package org.caregate.billing.api;

/**
 * How a self-scheduled booking is paid for ({@code completeCheckout}'s payment fields, as the client sent them): the
 * package bought with it, the card — a patient's own card on file or a gateway token saved as a card now — and the
 * idempotency key that makes a retried checkout harmless. All absent: the checkout is not paid for.
 *
 * @param offeringId             {@code offering_id}: the package bought, whose credit the booking uses
 * @param stripeCustomerDetailId {@code stripe_customer_detail_id}: an authenticated patient's own card
 * @param token                  {@code token}: a gateway token ({@code tok_…}) saved as the patient's card
 * @param idempotencyKey         {@code stripe_idempotency_key}
 */
public record CheckoutPaymentRequest(String offeringId, String stripeCustomerDetailId, String token,
                                     String idempotencyKey) {

    /** Whether the client sent any payment field. */
    public boolean paying() {
        return offeringId != null || stripeCustomerDetailId != null || token != null || idempotencyKey != null;
    }
}
