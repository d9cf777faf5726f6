package org.caregate.billing.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * A payment recorded ({@code billing_item.created}) or changed — charged, declined, refunded, edited, deleted
 * ({@code billing_item.updated}). Healthie subscribers receive both under the same names.
 */
public record BillingItemEvent(Action action, long billingItemId, List<String> changedFields)
        implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "billing_item";

    /** A JMS message selector for every billing_item event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'billing_item.%'";

    /** What happened. */
    public enum Action { CREATED, UPDATED }

    public BillingItemEvent {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(billingItemId);
    }
}
