package org.caregate.scheduling.domain;

import java.time.Instant;

/**
 * Which sources (another context's purchase or grant ids) already added credits, so that each adds its credits once,
 * and the adding itself as one atomic increment.
 */
public interface CreditSourceLedger {

    /** Records that the source added credits of this type; {@code false} when it already had. */
    boolean record(long organizationId, String source, long appointmentTypeId, long userId, int quantity, Instant now);

    /** Adds credits to the patient's balance of the type, creating it at {@code quantity} when there is none. */
    void increment(long organizationId, long userId, long appointmentTypeId, int quantity);
}
