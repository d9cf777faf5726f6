package org.caregate.billing.api;

import jakarta.ejb.Local;
import org.caregate.kernel.Caller;
import org.caregate.scheduling.api.CheckoutRequest;

/**
 * A self-scheduled booking paid for at checkout ({@code completeCheckout} with a package and a card): the booking
 * never stands without its payment, and a charge never survives a booking that failed — it is refunded, and the
 * payment stays in the books as refunded (ADR 0032). A patient pays with their own card or a token; a person without
 * an account with a token only.
 */
@Local
public interface CheckoutFacade {

    /**
     * Checks the booking and the payment, charges the package's first payment, grants its credits and books the
     * slot with one of them. The same {@code stripe_idempotency_key} with the same checkout answers the first one
     * (never a second charge or appointment); with another checkout it is refused.
     */
    CheckoutOutcome checkOut(Caller caller, CheckoutRequest checkout, CheckoutPaymentRequest payment);
}
