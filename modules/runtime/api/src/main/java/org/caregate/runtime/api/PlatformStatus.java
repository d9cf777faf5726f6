package org.caregate.runtime.api;

import jakarta.ejb.Local;

/** Whether the parts every context relies on are working, for the readiness checks operations watch. */
@Local
public interface PlatformStatus {

    /** Whether the database answers within two seconds. */
    boolean databaseReachable();

    /** Whether this process runs the JMS broker itself (else it uses an external one). */
    boolean brokerEmbedded();

    /** Whether the JMS broker accepts a connection: the embedded one is active, or the external one answers. */
    boolean brokerReachable();

    /**
     * How many messages wait in the dead-letter queue (events no consumer could handle after every redelivery), up
     * to {@value #MOST_COUNTED_DEAD_LETTERS}; {@code -1} when the broker cannot be asked.
     */
    long deadLetters();

    /** Where counting dead letters stops: past it, the queue has at least this many. */
    int MOST_COUNTED_DEAD_LETTERS = 10_000;
}
