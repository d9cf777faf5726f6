package org.caregate.billing.domain;

/**
 * The payment gateway as billing needs it (Stripe in production, a stand-in in tests): customers with cards saved
 * from tokens, charges and refunds each under an idempotency key, so that asking again with the same key answers
 * the first outcome instead of charging twice. Every call names the organization, whose gateway account it uses.
 */
public interface PaymentGateway {

    /**
     * Saves the card a token stands for on the customer ({@code customerId}), creating the customer first when
     * {@code customerId} is {@code null}.
     */
    SavedCard saveCard(long organizationId, String customerId, long patientId, String token);

    /** Charges a saved card now; never throws for a decline or an unreachable gateway — see {@link ChargeOutcome}. */
    ChargeOutcome charge(long organizationId, Charge charge);

    /** Refunds part or all of a charge. */
    ChargeOutcome refund(long organizationId, String chargeId, long amountMinor, String idempotencyKey);

    /**
     * A charge to make: amount in the currency's minor unit (cents), the customer and card, and the key the gateway
     * remembers it by.
     */
    record Charge(String idempotencyKey, String customerId, String paymentMethodId, long amountMinor,
                  String currency, Long billingItemId) {
    }

    /** A card saved at the gateway: its customer, payment method, and what the gateway tells of the card. */
    record SavedCard(String customerId, String paymentMethodId, String brand, String lastFour, Integer expMonth,
                     Integer expYear) {
    }

    /** What a saved card could not become: the gateway's refusal (a bad token, a declined card). */
    class CardRefused extends RuntimeException {
        public CardRefused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** What became of a charge or refund. */
    sealed interface ChargeOutcome permits Charged, Declined, Unknown {
    }

    /** Done: the gateway's id of the charge (payment intent) or refund. */
    record Charged(String gatewayId) implements ChargeOutcome {
    }

    /** Refused by the issuer or the gateway: a code ({@code card_declined}) and its reason ({@code insufficient_funds}). */
    record Declined(String code, String reason) implements ChargeOutcome {
    }

    /**
     * No answer (timeout, connection lost, gateway error): the charge may or may not have happened. Asking again under
     * the same key tells which.
     */
    record Unknown(String detail) implements ChargeOutcome {
    }
}
