package org.caregate.visits.api.event;

import java.util.List;
import java.util.UUID;
import org.caregate.kernel.event.IntegrationEvent;

/**
 * A teleconsultation room created, changed or deleted.
 *
 * @param changedFields on {@code UPDATED}, the API-view fields the change altered
 */
public record TeleconsultationEvent(Action action, UUID roomId, List<String> changedFields)
        implements IntegrationEvent {

    /** The resource these events are about, as {@code resourceType} and the first part of the type name. */
    public static final String RESOURCE = "teleconsultation";

    /** A JMS message selector for every teleconsultation event on {@code caregate.events}. */
    public static final String SELECTOR = "eventType LIKE 'teleconsultation.%'";

    /** What happened. */
    public enum Action { CREATED, UPDATED, DELETED }

    public TeleconsultationEvent {
        changedFields = List.copyOf(changedFields);
    }

    /** An event that changed no particular fields. */
    public static TeleconsultationEvent of(Action action, UUID roomId) {
        return new TeleconsultationEvent(action, roomId, List.of());
    }

    @Override
    public String resource() {
        return RESOURCE;
    }

    @Override
    public String resourceId() {
        return String.valueOf(roomId);
    }
}
