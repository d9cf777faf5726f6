package org.caregate.billing.domain;

import java.util.Locale;

/** Where a payment stands. */
public enum PaymentState {
    /** Its charge was asked for and the gateway's answer is not recorded yet (the reconciler settles it). */
    PENDING,
    /** Charged. */
    SUCCEEDED,
    /** Declined; {@code failure_reason} says why; {@code resend_payment} may try again. */
    FAILED,
    /** Recorded without charging here (paid outside, or {@code should_charge} false). */
    OUTSIDE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
