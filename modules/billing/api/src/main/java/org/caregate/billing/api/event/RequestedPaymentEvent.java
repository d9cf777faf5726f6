package org.caregate.billing.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * An invoice created ({@code requested_payment.created}) or changed — edited, paid in part or in full, marked paid,
 * deleted ({@code requested_payment.updated}). Healthie subscribers receive both under the same names.
 */
public record RequestedPaymentEvent(Action action, long requestedPaymentId, List<String> changedFields)
        implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "requested_payment";

    /** A JMS message selector for every requested_payment event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'requested_payment.%'";

    /** What happened. */
    public enum Action { CREATED, UPDATED }

    public RequestedPaymentEvent {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(requestedPaymentId);
    }
}
