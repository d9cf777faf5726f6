package org.caregate.billing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Paid checkouts, by their payment; the unsettled ones are claimed by one reconciler at a time. */
public interface CheckoutPaymentRepository {

    CheckoutPayment add(CheckoutPayment checkout);

    /** The checkout a payment pays for (none: the payment is not a checkout's). */
    Optional<CheckoutPayment> ofItem(long organizationId, long billingItemId);

    /** The same, locked until the transaction ends. */
    Optional<CheckoutPayment> lockOfItem(long organizationId, long billingItemId);

    /**
     * Up to {@code limit} checkouts still charging or refunding whose {@code settle_after} passed, locked; those
     * another transaction holds are skipped.
     */
    List<CheckoutPayment> claimUnsettled(Instant now, int limit);
}
