package org.caregate.scheduling.api.event;

import java.util.List;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * A provider's availability opened, changed or removed.
 *
 * @param changedFields on {@code UPDATED}, the API-view fields the change altered
 */
public record AvailabilityEvent(Action action, long availabilityId, List<String> changedFields)
        implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "availability";

    /** A JMS message selector for every availability event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'availability.%'";

    /** What happened. */
    public enum Action { CREATED, UPDATED, DELETED }

    public AvailabilityEvent {
        changedFields = List.copyOf(changedFields);
    }

    /** An event that changed no particular fields. */
    public static AvailabilityEvent of(Action action, long availabilityId) {
        return new AvailabilityEvent(action, availabilityId, List.of());
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(availabilityId);
    }
}
