package org.caregate.billing.api.claims;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * Something that happened to a CMS 1500 claim: created, changed or deleted (seed 001's {@code cms1500.created},
 * {@code cms1500.updated}, {@code cms1500.deleted}).
 *
 * @param changedFields on {@code UPDATED}, the API-view fields the change altered
 */
public record Cms1500Event(Action action, long cms1500Id, List<String> changedFields) implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "cms1500";

    /** A JMS message selector for every CMS 1500 event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'cms1500.%'";

    /** What happened. */
    public enum Action { CREATED, UPDATED, DELETED }

    public Cms1500Event {
        changedFields = List.copyOf(changedFields);
    }

    /** An event that changed no particular fields. */
    public static Cms1500Event of(Action action, long cms1500Id) {
        return new Cms1500Event(action, cms1500Id, List.of());
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(cms1500Id);
    }
}
