package org.caregate.runtime.api;

import jakarta.ejb.Local;
import org.caregate.kernel.Caller;

/**
 * The events a consumer gave up on after every redelivery, waiting in the broker's dead-letter queue ({@code DLQ}),
 * for the installation's operator to send back once the cause is fixed.
 */
@Local
public interface DeadLetters {

    /**
     * Sends every dead letter back to the queue it came from, for its consumer to try again (consumers drop events
     * they have already handled, so a replay repeats nothing). Operators only: super admins of the operating
     * organization.
     *
     * @return how many messages were sent back
     * @throws org.caregate.kernel.error.ForbiddenException for anyone else
     * @throws org.caregate.kernel.error.InvalidInputException when the broker is external (replay with its console)
     */
    int replay(Caller caller);
}
