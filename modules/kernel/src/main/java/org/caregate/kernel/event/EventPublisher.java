package org.caregate.kernel.event;

import org.caregate.kernel.Caller;

/**
 * The port through which a context raises its integration events, inside the transaction of the change: the event
 * is published exactly when the change commits, and a refused or rolled-back change publishes nothing. A published
 * event is also an audited change: the publisher records it in the audit trail under the event's type name, so a use
 * case raises the event instead of recording the same change twice.
 */
public interface EventPublisher {

    /** Raises the event on behalf of the caller, in the caller's organization. */
    void publish(Caller caller, IntegrationEvent event);
}
