package org.caregate.webhooks.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.caregate.platform.events.Wakeup;

/**
 * Wakes the delivery dispatcher: rung when a fan-out that owes deliveries commits and when an attempt ends and frees
 * a slot, so a due delivery is attempted the moment it can be — the dispatcher's half-second timer is only the safety
 * net (deliveries made by another server, retries coming due).
 */
@ApplicationScoped
public class DeliveryDoorbell {

    private final Wakeup wakeup = new Wakeup();

    public Wakeup wakeup() {
        return wakeup;
    }
}
