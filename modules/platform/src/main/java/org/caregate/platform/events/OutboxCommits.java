package org.caregate.platform.events;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one doorbell of the outbox: the publisher rings it when a transaction that appended events
 * commits, and the relay, waiting on it, carries those events to the topic at once.
 */
@ApplicationScoped
public class OutboxCommits {

    private final Wakeup wakeup = new Wakeup();

    public Wakeup wakeup() {
        return wakeup;
    }
}
