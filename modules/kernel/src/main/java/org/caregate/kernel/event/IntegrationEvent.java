package org.caregate.kernel.event;

import java.util.List;

/**
 * A committed change that other contexts and hospital systems are told about. Contexts declare their events as
 * records implementing this in their API jar ({@code scheduling.api.event.AppointmentEvent}); the
 * {@link EventPublisher} adds the event id, the organization and the time when it is raised.
 */
public interface IntegrationEvent {

    /** What happened to which kind of resource. */
    EventType type();

    /**
     * The kind of resource {@link #resourceId()} names, usually the type's resource; an applied tag's events name the
     * tagged user.
     */
    default String resourceType() {
        return type().resource();
    }

    /** The id of the resource it happened to, as the APIs show it; {@code null} when there is none. */
    String resourceId();

    /** On an update, the API-view fields it changed ({@code org.caregate.kernel.audit.ChangedFields}); else empty. */
    default List<String> changedFields() {
        return List.of();
    }
}
