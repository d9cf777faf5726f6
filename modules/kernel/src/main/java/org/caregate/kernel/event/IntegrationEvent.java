package org.caregate.kernel.event;

import java.util.List;

/**
 * A committed change that other contexts and hospital systems are told about. Contexts declare their events as
 * records implementing this in their API jar ({@code scheduling.api.event.AppointmentEvent}); the
 * {@link EventPublisher} adds the event id, the organization and the time when it is raised.
 */
public interface IntegrationEvent {

    /** The resource it happened to, lower-case snake_case: the first part of the type name. */
    String resource();

    /** What happened: one of the actions the declaring context lists for the resource (an enum). */
    Enum<?> action();

    /** What happened to which kind of resource: {@code resource.action}. */
    default EventType type() {
        return EventType.of(resource(), action());
    }

    /**
     * The kind of resource {@link #resourceId()} names, usually the type's resource; an applied tag's events name the
     * tagged user.
     */
    default String resourceType() {
        return resource();
    }

    /** The id of the resource it happened to, as the APIs show it; {@code null} when there is none. */
    String resourceId();

    /** On an update, the API-view fields it changed ({@code org.caregate.kernel.audit.ChangedFields}); else empty. */
    List<String> changedFields();
}
