package org.caregate.billing.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * Someone is owed an email about money: an invoice ({@code INVOICE}: the id is the invoice's — when it is created, or
 * sent again) or a payment's receipt ({@code RECEIPT}: the id is the payment's — when it pays an invoice, or a receipt
 * is asked for again). Outreach sends it; no webhook carries it.
 */
public record BillingEmailEvent(Action action, long id) implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "billing_email";

    /** A JMS message selector for these events on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'billing_email.%'";

    /** What is owed. */
    public enum Action { INVOICE, RECEIPT }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(id);
    }

    @Override
    public List<String> changedFields() {
        return List.of();
    }
}
